using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Aeos.Build.Tasks.Ratchet;
using Aeos.Build.Tasks.Sarif;
using Aeos.Shared.Baseline;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>Turns what a build left (the analysis log, the baseline, the ratchet file) into a <see cref="ProjectRecord"/>.</summary>
internal static class RecordBuilder
{
    /// <summary>How many functions the record keeps: the report shows the 20 worst of the whole solution.</summary>
    public const int WorstCount = 20;

    /// <summary>The metric rules whose results carry a function's value and limit, and the metric each reports.</summary>
    public static readonly IReadOnlyDictionary<string, string> MetricRules = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AEOS1001"] = "max_cyclomatic_over_limit",
        ["AEOS1002"] = "max_cognitive_over_limit",
        ["AEOS1003"] = "max_function_lines_over_limit",
    };

    public static ProjectRecord Build(string project, SarifSummary summary, IReadOnlyList<SarifResult> results, string root)
    {
        var record = new ProjectRecord { Project = project };
        record.Metrics["errors"] = summary.Errors;
        record.Metrics["warnings"] = summary.AllWarnings;
        record.Metrics["violations"] = summary.Violations;
        record.Metrics["baselined"] = summary.Baselined;
        record.Metrics["secrets_found"] = results.Count(r => r.RuleId == "AEOS3008" && r.Suppression != SuppressionKind.Source);
        foreach (var rule in summary.Rules)
        {
            record.Rules[rule.Key] = rule.Value;
        }

        var functions = Functions(results, root);
        foreach (var metric in MetricRules)
        {
            var values = functions.SelectMany(f => f.Metrics.Where(m => m.Key == metric.Key).Select(m => m.Value.Value)).ToList();
            record.Metrics[metric.Value] = values.Count == 0 ? 0 : values.Max();
        }

        record.Worst.AddRange(functions.OrderByDescending(f => f.Severity).ThenBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).Take(WorstCount));
        return record;
    }

    /// <summary>Adds the ratchet's numbers for the project and the gates they put in force.</summary>
    public static void AddRatchet(ProjectRecord record, ProjectRatchet? ratchet, int baselineEntries)
    {
        record.Metrics["baseline_size"] = baselineEntries;
        record.Gates.Add("new or worse Aeos violations fail (baseline: " + baselineEntries.ToString(CultureInfo.InvariantCulture) + " entries)");
        if (ratchet?.WarningsCeiling is { } ceiling)
        {
            record.Gates.Add("warnings <= " + ceiling.ToString(CultureInfo.InvariantCulture));
        }

        // Floors are in force for a project whose tests measured coverage, at 80 % before the first ratchet loop.
        if (ratchet?.LineFloor is not null || ratchet?.BranchFloor is not null || record.Metrics.ContainsKey("coverage"))
        {
            var floors = ratchet ?? new ProjectRatchet();
            record.Gates.Add("line coverage >= " + ProjectRecord.Format(floors.LineFloorInForce) + " %");
            record.Gates.Add("branch coverage >= " + ProjectRecord.Format(floors.BranchFloorInForce) + " %");
            record.Metrics["coverage_floor"] = floors.LineFloorInForce / 100.0;
            record.Metrics["branch_coverage_floor"] = floors.BranchFloorInForce / 100.0;
        }
    }

    /// <summary>The project's entries among the baseline's: those of its compile files or of its assembly.</summary>
    public static int OwnedEntries(BaselineDocument? baseline, string baselineDirectory, IEnumerable<string> compileFiles, string assemblyName)
    {
        if (baseline is null)
        {
            return 0;
        }

        var owned = new HashSet<string>(compileFiles.Select(f => Fingerprint.RelativePath(baselineDirectory, f)), StringComparer.Ordinal) { "<" + assemblyName + ">" };
        return baseline.Entries.Count(e => owned.Contains(e.File));
    }

    private static List<WorstFunction> Functions(IEnumerable<SarifResult> results, string root)
    {
        var byFunction = new Dictionary<string, WorstFunction>(StringComparer.Ordinal);
        foreach (var result in results.Where(r => MetricRules.ContainsKey(r.RuleId) && r.Suppression != SuppressionKind.Source))
        {
            if (!TryNumber(result, "value", out var value) || !TryNumber(result, "limit", out var limit))
            {
                continue;
            }

            var symbol = result.Properties.TryGetValue("symbol", out var id) && id.Length > 0 ? id : result.Message;
            var file = result.File is null ? string.Empty : Fingerprint.RelativePath(root, result.File);
            if (!byFunction.TryGetValue(symbol + "|" + file, out var function))
            {
                function = new WorstFunction { Symbol = symbol, File = file, Line = result.Line };
                byFunction.Add(symbol + "|" + file, function);
            }

            function.Baselined |= result.Suppression == SuppressionKind.Baseline;
            function.Line = Math.Min(function.Line, result.Line);
            function.Metrics[result.RuleId] = (value, limit);
        }

        return byFunction.Values.ToList();
    }

    private static bool TryNumber(SarifResult result, string name, out double value)
    {
        value = 0;
        return result.Properties.TryGetValue(name, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
