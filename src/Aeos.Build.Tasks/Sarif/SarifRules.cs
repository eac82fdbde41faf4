using System;
using System.Collections.Generic;
using System.Linq;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Sarif;

/// <summary>The rule metadata of a run that the gates need: which rules are errors of the compiler itself.</summary>
internal static class SarifRules
{
    private const string CompilerTag = "Compiler";

    /// <summary>
    /// The IDs of the run's rules that the compiler defines as errors: tagged <c>Compiler</c>, default level
    /// <c>error</c>. SARIF 2.1 lists them in <c>tool.driver.rules</c> (an absent default level is
    /// <c>warning</c>), SARIF 1.0 in <c>rules</c> keyed by ID with <c>defaultLevel</c>.
    /// </summary>
    public static HashSet<string> CompilerErrorRules(JsonObject run, bool legacy)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in Rules(run, legacy))
        {
            if (rule["id"] is JsonString id && IsError(rule, legacy) && HasCompilerTag(rule))
            {
                ids.Add(id.Value);
            }
        }

        return ids;
    }

    private static IEnumerable<JsonObject> Rules(JsonObject run, bool legacy)
    {
        if (legacy)
        {
            return run["rules"] is JsonObject byId ? Objects(byId.Properties.Select(p => p.Value)) : Array.Empty<JsonObject>();
        }

        return run["tool"] is JsonObject tool && tool["driver"] is JsonObject driver && driver["rules"] is JsonArray rules
            ? Objects(rules.Items)
            : Array.Empty<JsonObject>();
    }

    private static IEnumerable<JsonObject> Objects(IEnumerable<JsonNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (node is JsonObject rule)
            {
                yield return rule;
            }
        }
    }

    private static bool IsError(JsonObject rule, bool legacy)
    {
        var level = legacy
            ? rule["defaultLevel"]
            : (rule["defaultConfiguration"] as JsonObject)?["level"];
        return level is JsonString { Value: "error" };
    }

    private static bool HasCompilerTag(JsonObject rule)
    {
        if (rule["properties"] is not JsonObject properties || properties["tags"] is not JsonArray tags)
        {
            return false;
        }

        foreach (var tag in tags.Items)
        {
            if (tag is JsonString { Value: CompilerTag })
            {
                return true;
            }
        }

        return false;
    }
}
