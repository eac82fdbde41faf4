using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Aeos.Build.Tasks.Sarif;
using Aeos.Shared.Baseline;
using Aeos.Shared.Json;
using Microsoft.Build.Framework;

namespace Aeos.Build.Tasks.Ratchet;

/// <summary>The gate of every build: the warnings ceiling, and what a baselined metric that got worse was and is.</summary>
public sealed partial class AeosRatchet
{
    /// <summary>At most this many warnings are listed in an AEOS9401; the count says how many more there are.</summary>
    private const int ListedWarnings = 20;

    private bool Gate(BaselineDocument? baseline, RatchetDocument ratchet)
    {
        if (!File.Exists(SummaryFile))
        {
            return true;
        }

        var results = File.Exists(SarifFile) && TryReadResults(out var read) ? read : null;
        if (results is null)
        {
            return !Log.HasLoggedErrors;
        }

        ReportWorseMetrics(baseline, results);
        if (!ratchet.Projects.TryGetValue(ProjectName, out var project) || project.WarningsCeiling is not { } ceiling)
        {
            return !Log.HasLoggedErrors;
        }

        try
        {
            var warnings = SarifSummary.FromJson(File.ReadAllText(SummaryFile)).AllWarnings;
            if (warnings > ceiling)
            {
                LogCeiling(warnings, ceiling, results);
            }
        }
        catch (JsonParseException e)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, SummaryFile, e.Line, e.Column, 0, 0, "The Aeos summary '{0}' cannot be read: {1}. Delete it and build again.", SummaryFile, e.Problem);
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>
    /// A baselined metric that got worse is reported again by its rule, with today's value and the limit; this
    /// line adds what the baseline recorded, so the reader sees how much worse it got and what to get back to.
    /// </summary>
    private void ReportWorseMetrics(BaselineDocument? baseline, IReadOnlyList<SarifResult> results)
    {
        if (baseline is null || baseline.Entries.Count == 0)
        {
            return;
        }

        foreach (var match in BaselineMatcher.Match(Observations(results), baseline).Where(m => m.Entry is { IsMetric: true } && !m.IsSuppressed))
        {
            var entry = match.Entry!;
            Log.LogMessage(MessageImportance.High,
                "Aeos baseline: {0} of '{1}' in {2} got worse: {3} recorded in {4}, {5} now; it is reported until it is back at {3}.",
                entry.Rule, entry.Symbol, entry.File, entry.Value!, Path.GetFileName(BaselineFile), match.Observation.Value!);
        }
    }

    /// <summary>AEOS9401, listing the warnings counted (file, line, ID), since an incremental build does not print them again.</summary>
    private void LogCeiling(int warnings, int ceiling, IReadOnlyList<SarifResult> results)
    {
        var counted = results.Where(r => r.Level == "warning" && r.Suppression == SuppressionKind.None).ToList();
        var listed = string.Join("; ", counted.Take(ListedWarnings).Select(Describe));
        var more = counted.Count > ListedWarnings ? "; and " + (counted.Count - ListedWarnings).ToString(CultureInfo.InvariantCulture) + " more" : string.Empty;
        Log.LogError(null, ErrorCodes.WarningsAboveCeiling, null, RatchetFile, 0, 0, 0, 0,
            "{0} has {1} warnings, more than its ceiling of {2} recorded in {3}: fix the new warnings (the ceiling only goes down). The warnings: {4}{5}.",
            ProjectName, warnings, ceiling, Path.GetFileName(RatchetFile), listed.Length == 0 ? "none in the analysis log" : listed, more);
    }

    private string Describe(SarifResult result)
    {
        var where = result.File is null
            ? "<" + AssemblyName + ">"
            : Fingerprint.RelativePath(BaselineDirectory, result.File) + (result.Line > 0 ? "(" + result.Line.ToString(CultureInfo.InvariantCulture) + "," + result.Column.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty);
        return where + ": " + result.RuleId;
    }
}
