using System;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Sarif;

/// <summary>
/// Reads the compiler's analysis log (SARIF 2.1, or the 1.0 format of an <c>ErrorLog</c> a project set
/// itself) and counts the Aeos results in it.
/// </summary>
internal static class SarifReader
{
    /// <exception cref="JsonParseException">The text is not JSON, or not a SARIF log; the exception names the position.</exception>
    public static SarifSummary Summarize(string text)
    {
        var root = JsonParser.Parse(text) as JsonObject ?? throw new JsonParseException("a SARIF log must be a JSON object", 1, 1);
        var version = root["version"] as JsonString
            ?? throw new JsonParseException("a SARIF log needs a \"version\" string", root.Line, root.Column);
        var legacy = version.Value == "1.0.0";
        if (!legacy && version.Value != "2.1.0")
        {
            throw new JsonParseException("unsupported SARIF version \"" + version.Value + "\"; 2.1.0 or 1.0.0 was expected", version.Line, version.Column);
        }

        var runs = Expect<JsonArray>(root, "runs");
        var summary = new SarifSummary();
        foreach (var run in runs.Items)
        {
            if (run is not JsonObject runObject)
            {
                throw new JsonParseException("each run must be an object", run.Line, run.Column);
            }

            if (runObject["results"] is null)
            {
                continue;
            }

            foreach (var result in Expect<JsonArray>(runObject, "results").Items)
            {
                Count(summary, result as JsonObject ?? throw new JsonParseException("each result must be an object", result.Line, result.Column), legacy);
            }
        }

        return summary;
    }

    private static void Count(SarifSummary summary, JsonObject result, bool legacy)
    {
        var ruleId = Expect<JsonString>(result, "ruleId").Value;
        if (!ruleId.StartsWith(SarifSummary.RulePrefix, StringComparison.Ordinal))
        {
            return;
        }

        var suppression = legacy ? LegacySuppression(result) : Suppression(result);
        if (suppression == SuppressionKind.Baseline)
        {
            summary.Baselined++;
            return;
        }

        if (suppression == SuppressionKind.Source)
        {
            summary.Suppressed++;
            return;
        }

        // SARIF 2.1 §3.27.10: an absent level means "warning".
        var level = result["level"] is JsonString text ? text.Value : "warning";
        switch (level)
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

        summary.Rules.TryGetValue(ruleId, out var count);
        summary.Rules[ruleId] = count + 1;
    }

    private static SuppressionKind Suppression(JsonObject result)
    {
        if (result["suppressions"] is not JsonArray { Items.Count: > 0 } suppressions)
        {
            return SuppressionKind.None;
        }

        foreach (var item in suppressions.Items)
        {
            if (item is JsonObject suppression
                && suppression["justification"] is JsonString justification
                && justification.Value.Contains(SarifSummary.BaselineMarker))
            {
                return SuppressionKind.Baseline;
            }
        }

        return SuppressionKind.Source;
    }

    private static SuppressionKind LegacySuppression(JsonObject result) =>
        result["suppressionStates"] is JsonArray { Items.Count: > 0 } ? SuppressionKind.Source : SuppressionKind.None;

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

    private enum SuppressionKind
    {
        None,
        Source,
        Baseline,
    }
}
