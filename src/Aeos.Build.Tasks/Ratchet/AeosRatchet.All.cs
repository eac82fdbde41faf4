using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Aeos.Build.Tasks.Baseline;
using Aeos.Build.Tasks.Sarif;
using Aeos.Shared.Baseline;
using Microsoft.Build.Framework;

namespace Aeos.Build.Tasks.Ratchet;

/// <summary>
/// <c>AeosBaselineAll=true</c>: the baseline covers every warning of the compiler's log (CS, CA, IDE,
/// third-party analyzers), not only Aeos rules. The compiler ran with warnings as warnings; the gate makes
/// each warning that is not in the baseline the error the project asked for (AEOS9501 at the warning's own
/// position), and leaves the baselined ones warnings.
/// </summary>
public sealed partial class AeosRatchet
{
    private static readonly char[] ListSeparators = { ';', ',', ' ' };

    private readonly Dictionary<string, SourceMembers?> _sources = new(StringComparer.Ordinal);

    /// <summary>Judge every warning of the log against the baseline, not only Aeos diagnostics.</summary>
    public bool BaselineAll { get; set; }

    /// <summary>The project's own TreatWarningsAsErrors, which the compiler was not given under <see cref="BaselineAll"/>.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>The project's own WarningsAsErrors (IDs separated by ';' or ','): these fail even without <see cref="TreatWarningsAsErrors"/>.</summary>
    public string WarningsAsErrors { get; set; } = string.Empty;

    /// <summary>The project's own WarningsNotAsErrors: these stay warnings under <see cref="TreatWarningsAsErrors"/>.</summary>
    public string WarningsNotAsErrors { get; set; } = string.Empty;

    /// <summary>The TreatWarningsAsErrors the compiler got: true under <see cref="BaselineAll"/> only when it was set on the command line, which the targets cannot change.</summary>
    public bool CompilerTreatedWarningsAsErrors { get; set; }

    /// <summary>AEOS9502: with TreatWarningsAsErrors given on the command line the compiler failed on every warning, baselined or not.</summary>
    private void WarnAboutGlobalWarningsAsErrors()
    {
        if (BaselineAll && CompilerTreatedWarningsAsErrors)
        {
            Log.LogWarning(null, ErrorCodes.GlobalWarningsAsErrors, null, null, 0, 0, 0, 0,
                "AeosBaselineAll: TreatWarningsAsErrors=true was given on the command line, so the compiler made every warning an error, baselined or not. Set it in the project (or Directory.Build.props) instead, where Aeos can hand it to the baseline gate.");
        }
    }

    private bool GateAll(BaselineDocument? baseline, RatchetDocument ratchet)
    {
        if (!File.Exists(SummaryFile) || !File.Exists(SarifFile) || !TryReadResults(out var results))
        {
            return !Log.HasLoggedErrors;
        }

        _results = results;
        ReportWorseMetrics(baseline, results);
        var matches = BaselineMatcher.Match(Observations(results), baseline ?? new BaselineDocument(Array.Empty<BaselineEntry>()));
        var fresh = matches.Where(m => !m.IsSuppressed && m.Observation.Level == "warning").ToList();
        var failing = fresh.Where(m => IsError(m.Observation.Rule)).ToList();
        foreach (var match in failing)
        {
            LogNewWarning(match);
        }

        LogSummary(matches, fresh.Count, failing.Count);
        if (failing.Count == 0)
        {
            CheckCeiling(ratchet, fresh);
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>The summary line of the gate: how many warnings are new, how many of them fail, how many are debt.</summary>
    private void LogSummary(IReadOnlyList<Match> matches, int fresh, int failing)
    {
        var baselined = matches.Count(m => m.IsSuppressed && !m.Observation.Rule.StartsWith(SarifSummary.RulePrefix, StringComparison.Ordinal));
        Log.LogMessage(MessageImportance.High,
            "Aeos baseline (all diagnostics): {0} new warning(s) in {1}, {2} of them error(s) (not in {3}); {4} baselined warning(s) of other analyzers and the compiler stay warnings.{5}",
            fresh, ProjectName, failing, Path.GetFileName(BaselineFile), baselined,
            failing > 0 ? " Fix them, or record them with -p:AeosBaselineAccept=true." : string.Empty);
    }

    /// <summary>New warnings that stay warnings (the project does not treat them as errors) still count against the ceiling.</summary>
    private void CheckCeiling(RatchetDocument ratchet, List<Match> fresh)
    {
        if (ratchet.Projects.TryGetValue(ProjectName, out var project) && project.WarningsCeiling is { } ceiling && fresh.Count > ceiling)
        {
            LogCeiling(fresh.Count, ceiling, fresh.Select(m => Result(m.Observation)).ToList());
        }
    }

    private void LogNewWarning(Match match)
    {
        var observation = match.Observation;
        var result = Result(observation);
        Log.LogError(null, ErrorCodes.WarningNotInBaseline, null, result.File ?? string.Empty, observation.Line, observation.Column, 0, 0,
            "{0}: {1} (a warning not in {2}: the project treats it as an error; fix it, or record it with -p:AeosBaselineAccept=true)",
            observation.Rule, result.Message, Path.GetFileName(BaselineFile));
    }

    /// <summary>Whether the project's own settings make this warning an error.</summary>
    private bool IsError(string rule)
    {
        var listed = new HashSet<string>(WarningsAsErrors.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
        var exempt = new HashSet<string>(WarningsNotAsErrors.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
        return Listed(listed, rule) || (TreatWarningsAsErrors && !Listed(exempt, rule));
    }

    /// <summary>An ID in the list, or a nullable warning (CS86xx, CS87xx) when the list names the compiler's <c>nullable</c> group.</summary>
    private static bool Listed(HashSet<string> list, string rule) =>
        list.Contains(rule) || (list.Contains("nullable") && (rule.StartsWith("CS86", StringComparison.Ordinal) || rule.StartsWith("CS87", StringComparison.Ordinal)));

    /// <summary>The warnings the ceiling counts: all unsuppressed ones, or under <see cref="BaselineAll"/> those not in the baseline.</summary>
    private int CountedWarnings(IReadOnlyList<SarifResult> results, IReadOnlyList<Match> matches) =>
        BaselineAll
            ? matches.Count(m => !m.IsSuppressed && m.Observation.Level == "warning")
            : results.Count(r => r.Level == "warning" && r.Suppression == SuppressionKind.None);

    /// <summary>Whether this build judges (and so may prune) entries of <paramref name="rule"/>.</summary>
    private bool IsJudged(string rule) => BaselineAll || rule.StartsWith(SarifSummary.RulePrefix, StringComparison.Ordinal);

    private static string ByRule(List<BaselineEntry> accepted) =>
        accepted.Count == 0
            ? string.Empty
            : ": " + string.Join(", ", accepted.GroupBy(e => e.Rule, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key + " \u00d7" + g.Count().ToString(CultureInfo.InvariantCulture)));

    private SarifResult Result(Observation observation) => _observed[observation];

    private readonly Dictionary<Observation, SarifResult> _observed = new();

    private IEnumerable<Observation> Observations(IEnumerable<SarifResult> results)
    {
        _observed.Clear();
        foreach (var result in results.Where(IsObserved))
        {
            var observation = Observe(result);
            _observed[observation] = result;
            yield return observation;
        }
    }

    private bool IsObserved(SarifResult result) =>
        result.Suppression != SuppressionKind.Source
        && result.Level != "none"
        && (result.IsAeos || (BaselineAll && result.Level == "warning"));

    private Observation Observe(SarifResult result)
    {
        var file = result.File is null ? "<" + AssemblyName + ">" : Fingerprint.RelativePath(BaselineDirectory, result.File);
        var symbol = result.IsAeos
            ? (result.Properties.TryGetValue("symbol", out var named) ? named : string.Empty)
            : ContainingMember(result);
        return new Observation(
            result.RuleId,
            file,
            symbol,
            result.IsAeos && result.Properties.TryGetValue("value", out var value) ? value : null,
            result.Message,
            result.Line,
            result.Column,
            result.Level,
            result.Properties.TryGetValue("limit", out var limit) ? limit : null);
    }

    /// <summary>The member around a warning of another analyzer or the compiler, read from the source; empty when it cannot be read.</summary>
    private string ContainingMember(SarifResult result)
    {
        if (result.File is null || result.Line == 0)
        {
            return string.Empty;
        }

        if (!_sources.TryGetValue(result.File, out var members))
        {
            members = ReadSource(result.File);
            _sources[result.File] = members;
        }

        return members?.At(result.Line, result.Column) ?? string.Empty;
    }

    private static SourceMembers? ReadSource(string path)
    {
        try
        {
            return path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && File.Exists(path) ? new SourceMembers(File.ReadAllText(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
