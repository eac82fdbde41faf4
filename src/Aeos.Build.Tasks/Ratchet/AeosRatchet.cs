using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Aeos.Build.Tasks.Sarif;
using Aeos.Shared.Baseline;
using Aeos.Shared.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Aeos.Build.Tasks.Ratchet;

/// <summary>
/// The ratchet. On every build: validates the baseline and the ratchet file and fails the build when the
/// project has more unsuppressed warnings than its recorded ceiling (AEOS9401). With <see cref="Accept"/>:
/// records every current unsuppressed Aeos violation in the baseline (adoption; the only way entries are
/// added). With <see cref="Update"/> (a ratchet loop, for CI on the main branch): removes this project's
/// entries that no longer match anything, lowers recorded values that improved, lowers the warnings
/// ceiling, and logs every move. It never loosens anything.
/// </summary>
public sealed partial class AeosRatchet : Task
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The compiler's analysis log.</summary>
    [Required]
    public string SarifFile { get; set; } = string.Empty;

    /// <summary>The summary <see cref="CollectSarif"/> recorded for this log.</summary>
    [Required]
    public string SummaryFile { get; set; } = string.Empty;

    /// <summary><c>aeos.baseline.json</c>; it need not exist.</summary>
    [Required]
    public string BaselineFile { get; set; } = string.Empty;

    /// <summary><c>aeos.ratchet.json</c>; it need not exist.</summary>
    [Required]
    public string RatchetFile { get; set; } = string.Empty;

    [Required]
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>Names the entries of diagnostics without a source location (<c>&lt;AssemblyName&gt;</c>).</summary>
    [Required]
    public string AssemblyName { get; set; } = string.Empty;

    /// <summary>The project's source files: the baseline entries this project owns.</summary>
    public ITaskItem[] CompileFiles { get; set; } = Array.Empty<ITaskItem>();

    public bool Accept { get; set; }

    public bool Update { get; set; }

    /// <summary>Every number this run changed, as "<c>removed AEOS1003 in a.cs (M:…): fixed</c>", for the progress log.</summary>
    [Output]
    public string[] Moves => _moves.ToArray();

    private readonly List<string> _moves = new();

    private IReadOnlyList<SarifResult> _results = Array.Empty<SarifResult>();

    private string BaselineDirectory => Path.GetDirectoryName(Path.GetFullPath(BaselineFile))!;

    public override bool Execute()
    {
        WarnAboutGlobalWarningsAsErrors();
        if (!TryRead(BaselineFile, BaselineDocument.Parse, out var baseline) || !TryRead(RatchetFile, RatchetDocument.Parse, out var ratchet))
        {
            return false;
        }

        if (Accept || Update)
        {
            return ChangeFiles();
        }

        return BaselineAll ? GateAll(baseline, ratchet ?? new RatchetDocument()) : Gate(baseline, ratchet ?? new RatchetDocument());
    }

    private bool ChangeFiles()
    {
        if (!TryReadResults(out var results))
        {
            return false;
        }

        // Always the baseline's lock first, then the ratchet file's (as AeosCoverage takes): no deadlock.
        using var baselineLock = FileLock.Acquire(BaselineFile, LockTimeout);
        using var ratchetLock = FileLock.Acquire(RatchetFile, LockTimeout);

        // Read again under the lock: another project of a parallel build may have written meanwhile.
        if (!TryRead(BaselineFile, BaselineDocument.Parse, out var baseline) || !TryRead(RatchetFile, RatchetDocument.Parse, out var ratchet))
        {
            return false;
        }

        baseline ??= new BaselineDocument(Array.Empty<BaselineEntry>());
        ratchet ??= new RatchetDocument();
        _results = results;
        var matches = BaselineMatcher.Match(Observations(results), baseline);
        var warnings = CountedWarnings(results, matches);
        if (Accept)
        {
            baseline = AcceptViolations(baseline, matches, ratchet, warnings);
        }
        else
        {
            baseline = Tighten(baseline, matches, ratchet, warnings);
        }

        AtomicFile.WriteIfChanged(BaselineFile, Encoding.UTF8.GetBytes(baseline.Serialize()));
        AtomicFile.WriteIfChanged(RatchetFile, Encoding.UTF8.GetBytes(ratchet.Serialize()));
        return !Log.HasLoggedErrors;
    }

    private BaselineDocument AcceptViolations(BaselineDocument baseline, IReadOnlyList<Match> matches, RatchetDocument ratchet, int warnings)
    {
        var accepted = matches.Where(m => !m.IsSuppressed).Select(m => m.Candidate).ToList();
        var replaced = new HashSet<string>(accepted.Select(e => e.Key));
        var entries = baseline.Entries.Where(e => !replaced.Contains(e.Key)).Concat(accepted).ToList();

        // After adoption the accepted Aeos warnings are suppressed; the ceiling is what remains.
        var acceptedWarnings = matches.Count(m => !m.IsSuppressed && m.Observation.Level == "warning");
        ratchet.For(ProjectName).WarningsCeiling = warnings - acceptedWarnings;
        var byRule = ByRule(accepted);
        _moves.Add(string.Format(CultureInfo.InvariantCulture, "accepted {0} violation(s) of {1} into the baseline ({2} entries){3}; warnings ceiling {4}", accepted.Count, ProjectName, entries.Count, byRule, warnings - acceptedWarnings));
        Log.LogMessage(MessageImportance.High, "Aeos baseline: accepted {0} violation(s) of {1} into {2} ({3} entries){4}; warnings ceiling {5}.",
            accepted.Count, ProjectName, BaselineFile, entries.Count, byRule, warnings - acceptedWarnings);
        return new BaselineDocument(entries);
    }

    private BaselineDocument Tighten(BaselineDocument baseline, IReadOnlyList<Match> matches, RatchetDocument ratchet, int warnings)
    {
        var owned = new HashSet<string>(CompileFiles.Select(f => Fingerprint.RelativePath(BaselineDirectory, f.GetMetadata("FullPath"))), StringComparer.Ordinal)
        {
            "<" + AssemblyName + ">",
        };
        var matched = matches.Where(m => m.Entry is not null).ToDictionary(m => m.Entry!.Key, m => m);
        var entries = new List<BaselineEntry>();
        foreach (var entry in baseline.Entries)
        {
            if (!owned.Contains(entry.File) || !IsJudged(entry.Rule))
            {
                entries.Add(entry); // another project's debt, or a rule this build does not judge
            }
            else if (!matched.TryGetValue(entry.Key, out var match))
            {
                Move("removed {0} in {1} ({2}): fixed", entry.Rule, entry.File, entry.Symbol);
            }
            else if (entry.IsMetric && match.Observation.IsBetterThan(entry.NumericValue))
            {
                Move("{0} {1} in {2} ({3}): {4} \u2192 {5}", match.Observation.HigherIsBetter ? "raised" : "lowered", entry.Rule, entry.File, entry.Symbol, entry.Value!, match.Observation.Value!);
                entries.Add(entry.WithValue(match.Observation.Value!));
            }
            else
            {
                entries.Add(entry);
            }
        }

        var project = ratchet.For(ProjectName);
        LowerCeiling(project, warnings);
        project.Loops++;
        return new BaselineDocument(entries);
    }

    /// <summary>Records the ceiling the first time and lowers it when the warnings went down; above it is AEOS9401.</summary>
    private void LowerCeiling(ProjectRatchet project, int warnings)
    {
        if (project.WarningsCeiling is not { } ceiling || warnings < ceiling)
        {
            Move("warnings ceiling of {0}: {1} \u2192 {2}", ProjectName, project.WarningsCeiling?.ToString(CultureInfo.InvariantCulture) ?? "none", warnings.ToString(CultureInfo.InvariantCulture));
            project.WarningsCeiling = warnings;
        }
        else if (warnings > ceiling)
        {
            LogCeiling(warnings, ceiling, _results);
        }
    }

    private void Move(string format, params object[] arguments)
    {
        var move = string.Format(CultureInfo.InvariantCulture, format, arguments);
        _moves.Add(move);
        Log.LogMessage(MessageImportance.High, "Aeos ratchet: " + move);
    }

    private bool TryReadResults(out IReadOnlyList<SarifResult> results)
    {
        results = Array.Empty<SarifResult>();
        if (!File.Exists(SarifFile))
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, SarifFile, 0, 0, 0, 0, "The analysis log '{0}' does not exist; the compiler did not run analyzers.", SarifFile);
            return false;
        }

        return TryRead(SarifFile, SarifReader.Read, out results!);
    }

    private bool TryRead<T>(string path, Func<string, T> parse, out T? document)
        where T : class
    {
        document = null;
        if (!File.Exists(path))
        {
            return true;
        }

        try
        {
            document = parse(File.ReadAllText(path));
            return true;
        }
        catch (JsonParseException e)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, path, e.Line, e.Column, 0, 0,
                "'{0}' is not a valid Aeos file: {1}. It was left unchanged; correct it or restore it from version control.", path, e.Problem);
        }
        catch (IOException e)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, path, 0, 0, 0, 0, "'{0}' cannot be read: {1}", path, e.Message);
        }

        return false;
    }
}
