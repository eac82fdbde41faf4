using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Sarif;

/// <summary>What one analysis log says about the Aeos rules: unsuppressed results by level, and the suppressed ones.</summary>
internal sealed class SarifSummary
{
    /// <summary>Rule IDs that belong to Aeos.</summary>
    public const string RulePrefix = "AEOS";

    /// <summary>
    /// The baseline suppressor's justification names the baseline file; a suppressed Aeos result whose
    /// justification contains this text is debt recorded in the baseline, any other is suppressed in source.
    /// </summary>
    public const string BaselineMarker = "aeos.baseline.json";

    /// <summary>
    /// The suppressor's justification while an accept build records the Aeos diagnostics it suppresses so that
    /// the compiler does not fail on them: such a result counts as not suppressed (it is being accepted).
    /// </summary>
    public const string AcceptMarker = "AeosBaselineAccept";

    private const int SchemaVersion = 1;

    public int Errors { get; set; }

    public int Warnings { get; set; }

    public int Notes { get; set; }

    public int Baselined { get; set; }

    public int Suppressed { get; set; }

    /// <summary>Unsuppressed warnings of every analyzer and the compiler, not only Aeos: the ratchet's ceiling applies to these.</summary>
    public int AllWarnings { get; set; }

    /// <summary>
    /// Errors of the compiler itself (<see cref="SarifResult.IsCompilerError"/>): the project did not compile, so
    /// the gates have nothing to judge. Not recorded in the summary file, which is only written for a compiled project.
    /// </summary>
    public int CompilerErrors { get; set; }

    /// <summary>Unsuppressed Aeos results per rule ID.</summary>
    public SortedDictionary<string, int> Rules { get; } = new(StringComparer.Ordinal);

    public int Violations => Errors + Warnings + Notes;

    /// <summary>The line printed after every build, e.g. <c>Aeos: 3 violations (1 error, 2 warnings), 0 baselined — path</c>.</summary>
    public string FormatLine(string evidencePath)
    {
        var builder = new StringBuilder("Aeos: ");
        builder.Append(Count(Violations, "violation")).Append(" (")
            .Append(Count(Errors, "error")).Append(", ")
            .Append(Count(Warnings, "warning"));
        if (Notes > 0)
        {
            builder.Append(", ").Append(Count(Notes, "note"));
        }

        builder.Append("), ").Append(Baselined.ToString(CultureInfo.InvariantCulture)).Append(" baselined");
        if (Suppressed > 0)
        {
            builder.Append(", ").Append(Suppressed.ToString(CultureInfo.InvariantCulture)).Append(" suppressed in source");
        }

        return builder.Append(" \u2014 ").Append(evidencePath).ToString();
    }

    public string ToJson()
    {
        var writer = new JsonWriter().StartObject()
            .Property("schemaVersion", SchemaVersion)
            .Property("errors", Errors)
            .Property("warnings", Warnings)
            .Property("notes", Notes)
            .Property("baselined", Baselined)
            .Property("suppressed", Suppressed)
            .Property("allWarnings", AllWarnings)
            .PropertyName("rules").StartObject();
        foreach (var rule in Rules)
        {
            writer.Property(rule.Key, rule.Value);
        }

        return writer.EndObject().EndObject().ToDocument();
    }

    /// <exception cref="JsonParseException">The text is not a summary written by <see cref="ToJson"/>.</exception>
    public static SarifSummary FromJson(string text)
    {
        var root = JsonParser.Parse(text) as JsonObject ?? throw new JsonParseException("the summary is not a JSON object", 1, 1);
        var summary = new SarifSummary
        {
            Errors = ReadCount(root, "errors"),
            Warnings = ReadCount(root, "warnings"),
            Notes = ReadCount(root, "notes"),
            Baselined = ReadCount(root, "baselined"),
            Suppressed = ReadCount(root, "suppressed"),
            AllWarnings = root["allWarnings"] is null ? 0 : ReadCount(root, "allWarnings"),
        };
        if (root["rules"] is JsonObject rules)
        {
            foreach (var rule in rules.Properties)
            {
                summary.Rules[rule.Key] = ReadCount(rules, rule.Key);
            }
        }

        return summary;
    }

    private static int ReadCount(JsonObject owner, string name)
    {
        var node = owner[name];
        if (node is JsonNumber number && number.TryGetInt64(out var value) && value >= 0 && value <= int.MaxValue)
        {
            return (int)value;
        }

        var line = node?.Line ?? owner.Line;
        var column = node?.Column ?? owner.Column;
        throw new JsonParseException("\"" + name + "\" must be a whole number of at least 0", line, column);
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
