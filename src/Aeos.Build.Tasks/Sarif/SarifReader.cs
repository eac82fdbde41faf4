using System;
using System.Collections.Generic;
using System.Linq;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Sarif;

/// <summary>
/// Reads the compiler's analysis log (SARIF 2.1, or the 1.0 format of an <c>ErrorLog</c> a project set
/// itself): its results, and the count of Aeos results in it.
/// </summary>
internal static class SarifReader
{
    /// <exception cref="JsonParseException">The text is not JSON, or not a SARIF log; the exception names the position.</exception>
    public static SarifSummary Summarize(string text) => Summarize(Read(text));

    public static SarifSummary Summarize(IEnumerable<SarifResult> results)
    {
        var summary = new SarifSummary();
        foreach (var result in results)
        {
            if (result.Level == "warning" && result.Suppression == SuppressionKind.None)
            {
                summary.AllWarnings++;
            }

            if (result.IsCompilerError)
            {
                summary.CompilerErrors++;
            }

            if (result.IsAeos)
            {
                Count(summary, result);
            }
        }

        return summary;
    }

    /// <exception cref="JsonParseException">The text is not JSON, or not a SARIF log; the exception names the position.</exception>
    public static IReadOnlyList<SarifResult> Read(string text)
    {
        var root = JsonParser.Parse(text) as JsonObject ?? throw new JsonParseException("a SARIF log must be a JSON object", 1, 1);
        var version = root["version"] as JsonString
            ?? throw new JsonParseException("a SARIF log needs a \"version\" string", root.Line, root.Column);
        var legacy = version.Value == "1.0.0";
        if (!legacy && version.Value != "2.1.0")
        {
            throw new JsonParseException("unsupported SARIF version \"" + version.Value + "\"; 2.1.0 or 1.0.0 was expected", version.Line, version.Column);
        }

        var results = new List<SarifResult>();
        foreach (var run in Expect<JsonArray>(root, "runs").Items)
        {
            ReadRun(run, legacy, results);
        }

        return results;
    }

    private static void ReadRun(JsonNode run, bool legacy, List<SarifResult> results)
    {
        if (run is not JsonObject runObject)
        {
            throw new JsonParseException("each run must be an object", run.Line, run.Column);
        }

        if (runObject["results"] is null)
        {
            return;
        }

        var compilerErrors = SarifRules.CompilerErrorRules(runObject, legacy);
        foreach (var result in Expect<JsonArray>(runObject, "results").Items)
        {
            var item = result as JsonObject ?? throw new JsonParseException("each result must be an object", result.Line, result.Column);
            var read = legacy ? ReadLegacyResult(item) : ReadResult(item);
            read.IsCompilerError = read.Level == "error" && compilerErrors.Contains(read.RuleId);
            results.Add(read);
        }
    }

    private static SarifResult ReadResult(JsonObject result)
    {
        var ruleId = Expect<JsonString>(result, "ruleId").Value;
        var message = result["message"] is JsonObject m && m["text"] is JsonString t ? t.Value : string.Empty;
        var (file, line, column) = ReadLocation(result);
        return new SarifResult(ruleId, Level(result), message, file, line, column, ReadProperties(result), Suppression(result));
    }

    /// <summary>The first physical location: local path, start line and column (0 when absent).</summary>
    private static (string? File, int Line, int Column) ReadLocation(JsonObject result)
    {
        if (result["locations"] is not JsonArray { Items.Count: > 0 } locations
            || locations.Items[0] is not JsonObject location
            || location["physicalLocation"] is not JsonObject physical)
        {
            return (null, 0, 0);
        }

        var file = physical["artifactLocation"] is JsonObject artifact && artifact["uri"] is JsonString uri ? LocalPath(uri.Value) : null;
        var region = physical["region"] as JsonObject;
        return (file, Number(region?["startLine"]), Number(region?["startColumn"]));
    }

    /// <summary>The diagnostic's properties, which the compiler writes as <c>properties.customProperties</c>.</summary>
    private static Dictionary<string, string> ReadProperties(JsonObject result)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (result["properties"] is JsonObject bag && bag["customProperties"] is JsonObject custom)
        {
            foreach (var property in custom.Properties)
            {
                if (property.Value is JsonString value)
                {
                    properties[property.Key] = value.Value;
                }
            }
        }

        return properties;
    }

    private static SarifResult ReadLegacyResult(JsonObject result)
    {
        var ruleId = Expect<JsonString>(result, "ruleId").Value;
        var message = result["message"] is JsonString m ? m.Value : string.Empty;
        var suppression = result["suppressionStates"] is JsonArray { Items.Count: > 0 } ? SuppressionKind.Source : SuppressionKind.None;
        var (file, line, column) = ReadLegacyLocation(result);
        return new SarifResult(ruleId, Level(result), message, file, line, column, new Dictionary<string, string>(), suppression);
    }

    /// <summary>SARIF 1.0: <c>locations[0].resultFile</c> with its <c>uri</c> and <c>region</c>.</summary>
    private static (string? File, int Line, int Column) ReadLegacyLocation(JsonObject result)
    {
        if (result["locations"] is not JsonArray { Items.Count: > 0 } locations
            || locations.Items[0] is not JsonObject location
            || location["resultFile"] is not JsonObject resultFile
            || resultFile["uri"] is not JsonString uri)
        {
            return (null, 0, 0);
        }

        var region = resultFile["region"] as JsonObject;
        return (LocalPath(uri.Value), Number(region?["startLine"]), Number(region?["startColumn"]));
    }

    // SARIF 2.1 §3.27.10: an absent level means "warning".
    private static string Level(JsonObject result) => result["level"] is JsonString text ? text.Value : "warning";

    private static void Count(SarifSummary summary, SarifResult result)
    {
        if (result.Suppression == SuppressionKind.Baseline)
        {
            summary.Baselined++;
            return;
        }

        if (result.Suppression == SuppressionKind.Source)
        {
            summary.Suppressed++;
            return;
        }

        switch (result.Level)
        {
            case "error":
                summary.Errors++;
                break;
            case "warning":
                summary.Warnings++;
                break;
            case "note":
                summary.Notes++;
                break;
            default:
                return; // "none": not a violation
        }

        summary.Rules.TryGetValue(result.RuleId, out var count);
        summary.Rules[result.RuleId] = count + 1;
    }

    private static SuppressionKind Suppression(JsonObject result)
    {
        if (result["suppressions"] is not JsonArray { Items.Count: > 0 } suppressions)
        {
            return SuppressionKind.None;
        }

        if (suppressions.Items.All(IsBeingAccepted))
        {
            return SuppressionKind.None;
        }

        foreach (var item in suppressions.Items)
        {
            // The compiler writes a suppressor's justification into properties.suppressionType;
            // SARIF's own justification field is read too, for logs written by other tools.
            if (item is JsonObject suppression
                && (Mentions(suppression["justification"]) || (suppression["properties"] is JsonObject bag && Mentions(bag["suppressionType"]))))
            {
                return SuppressionKind.Baseline;
            }
        }

        return SuppressionKind.Source;
    }

    private static bool IsBeingAccepted(JsonNode item) =>
        item is JsonObject suppression && suppression["properties"] is JsonObject bag && bag["suppressionType"] is JsonString text
        && text.Value.Contains(SarifSummary.AcceptMarker);

    private static bool Mentions(JsonNode? node) => node is JsonString text && text.Value.Contains(SarifSummary.BaselineMarker);

    private static string LocalPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;

    private static int Number(JsonNode? node) =>
        node is JsonNumber number && number.TryGetInt64(out var value) && value > 0 && value <= int.MaxValue ? (int)value : 0;

    private static T Expect<T>(JsonObject owner, string name)
        where T : JsonNode
    {
        var node = owner[name];
        if (node is T typed)
        {
            return typed;
        }

        var expected = typeof(T) == typeof(JsonArray) ? "an array" : typeof(T) == typeof(JsonString) ? "a string" : "an object";
        if (node is null)
        {
            throw new JsonParseException("\"" + name + "\" is missing; " + expected + " was expected", owner.Line, owner.Column);
        }

        throw new JsonParseException("\"" + name + "\" must be " + expected + ", not " + node.KindDescription, node.Line, node.Column);
    }
}
