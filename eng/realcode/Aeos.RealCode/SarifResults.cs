using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Aeos.RealCode;

/// <summary>One result of a SARIF 2.1 log: the rule, its message and where it points (1-based line and column).</summary>
internal sealed record SarifResult(string CodeBase, string RuleId, string Level, string Message, string File, int Line, int Column, bool Suppressed);

/// <summary>Reads the results of the compiler's SARIF 2.1 error log.</summary>
internal static class SarifResults
{
    /// <summary>The code base a log belongs to: the name of its folder (WORK/&lt;name&gt;/aeos.sarif).</summary>
    public static string CodeBaseOf(string sarifPath) =>
        Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(sarifPath))) ?? sarifPath;

    /// <summary>Every result of the log, in the order the compiler wrote them.</summary>
    public static IReadOnlyList<SarifResult> Read(string sarifPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var codeBase = CodeBaseOf(sarifPath);
        var results = new List<SarifResult>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var items))
            {
                continue;
            }

            foreach (var item in items.EnumerateArray())
            {
                results.Add(ReadResult(codeBase, item));
            }
        }

        return results;
    }

    private static SarifResult ReadResult(string codeBase, JsonElement item)
    {
        var (file, line, column) = ReadLocation(item);
        var level = item.TryGetProperty("level", out var value) ? value.GetString() ?? "warning" : "warning";
        var message = item.GetProperty("message").GetProperty("text").GetString() ?? string.Empty;
        var suppressed = item.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0;
        return new SarifResult(codeBase, item.GetProperty("ruleId").GetString() ?? "?", level, message, file, line, column, suppressed);
    }

    private static (string File, int Line, int Column) ReadLocation(JsonElement item)
    {
        if (!item.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0)
        {
            return (string.Empty, 0, 0);
        }

        var physical = locations[0].GetProperty("physicalLocation");
        var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString() ?? string.Empty;
        var file = Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;
        if (!physical.TryGetProperty("region", out var region))
        {
            return (file, 0, 0);
        }

        var line = region.TryGetProperty("startLine", out var l) ? l.GetInt32() : 0;
        var column = region.TryGetProperty("startColumn", out var c) ? c.GetInt32() : 0;
        return (file, line, column);
    }
}
