using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Aeos.Build.Tasks.Ratchet;
using Aeos.Shared.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Aeos.Build.Tasks.Budgets;

/// <summary>
/// The performance budget: each benchmark's median in BenchmarkDotNet's full JSON reports against the median
/// recorded in <c>aeos.ratchet.json</c>. A median above the record by more than the report's own noise band
/// (the margin of its confidence interval) is AEOS9702; with <see cref="Update"/>, a median below the record by
/// more than the band tightens the record, and a benchmark without one is recorded; <see cref="Accept"/>
/// records today's medians.
/// </summary>
public sealed class AeosPerformanceBudget : Task
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    private readonly List<string> _moves = new();

    /// <summary>The <c>*-report-full.json</c> files to judge.</summary>
    public ITaskItem[] Reports { get; set; } = Array.Empty<ITaskItem>();

    /// <summary><c>aeos.ratchet.json</c>; it need not exist.</summary>
    [Required]
    public string RatchetFile { get; set; } = string.Empty;

    /// <summary>The project whose records apply.</summary>
    [Required]
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>A ratchet loop: record new benchmarks, tighten improved ones.</summary>
    public bool Update { get; set; }

    /// <summary>The accept step: record today's medians, also slower ones.</summary>
    public bool Accept { get; set; }

    /// <summary>The records this run made or tightened, for the progress log.</summary>
    [Output]
    public string[] Moves => _moves.ToArray();

    /// <summary>How many benchmarks were judged.</summary>
    [Output]
    public int Judged { get; private set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        var results = new List<(string Report, BenchmarkResult Result)>();
        foreach (var report in Reports.Select(r => r.GetMetadata("FullPath")).Where(File.Exists).OrderBy(r => r, StringComparer.Ordinal))
        {
            if (!TryParse(report, BenchmarkReport.Parse, out var parsed))
            {
                return false;
            }

            results.AddRange(parsed!.Select(r => (report, r)));
        }

        if (results.Count == 0)
        {
            return true;
        }

        using var fileLock = FileLock.Acquire(RatchetFile, LockTimeout);
        var ratchet = new RatchetDocument();
        if (File.Exists(RatchetFile) && !TryParse(RatchetFile, RatchetDocument.Parse, out ratchet))
        {
            return false;
        }

        var project = ratchet!.For(ProjectName);
        foreach (var (report, result) in results)
        {
            Judge(project, report, result);
        }

        Judged = results.Count;
        if (Accept || Update)
        {
            AtomicFile.WriteIfChanged(RatchetFile, Encoding.UTF8.GetBytes(ratchet.Serialize()));
        }

        return !Log.HasLoggedErrors;
    }

    private void Judge(ProjectRatchet project, string report, BenchmarkResult result)
    {
        var recorded = project.BenchmarkMedians.TryGetValue(result.Name, out var median) ? median : (double?)null;
        if (Accept || (Update && recorded is null))
        {
            Record(project, result, recorded, Accept ? "accepted the median of" : "recorded the median of");
            return;
        }

        if (recorded is null)
        {
            Log.LogMessage(MessageImportance.Normal, "Aeos: benchmark {0} of {1}: median {2}; no median is recorded yet (-p:AeosRatchetUpdate=true records it).", result.Name, ProjectName, Time(result.Median));
            return;
        }

        Log.LogMessage(MessageImportance.High, "Aeos: benchmark {0} of {1}: median {2} \u00b1 {3}, recorded {4}", result.Name, ProjectName, Time(result.Median), Time(result.Margin), Time(recorded.Value));
        if (result.Median > recorded.Value + result.Margin)
        {
            Log.LogError(null, ErrorCodes.BenchmarkRegression, null, report, 0, 0, 0, 0,
                "Benchmark {0} of {1} regressed: its median is {2}, {3} above the recorded {4} ({5}), beyond this run's noise band of \u00b1 {6} (the margin of the report's confidence interval). Make it fast again, or accept the new median with -p:AeosBaselineAccept=true and review the diff.",
                result.Name, ProjectName, Time(result.Median), Percent(result.Median, recorded.Value), Time(recorded.Value), Path.GetFileName(RatchetFile), Time(result.Margin));
            return;
        }

        if (Update && result.Median < recorded.Value - result.Margin)
        {
            Record(project, result, recorded, "tightened the median of");
        }
    }

    private void Record(ProjectRatchet project, BenchmarkResult result, double? recorded, string what)
    {
        var median = Math.Round(result.Median, 3);
        project.BenchmarkMedians[result.Name] = median;
        if (recorded == median)
        {
            return;
        }

        var move = string.Format(CultureInfo.InvariantCulture, "{0} {1} ({2}): {3} \u2192 {4}", what, result.Name, ProjectName, recorded is { } value ? Time(value) : "none", Time(median));
        _moves.Add(move);
        Log.LogMessage(MessageImportance.High, "Aeos ratchet: " + move);
    }

    private bool TryParse<T>(string path, Func<string, T> parse, out T? document)
        where T : class
    {
        document = null;
        try
        {
            document = parse(File.ReadAllText(path));
            return true;
        }
        catch (JsonParseException e)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, path, e.Line, e.Column, 0, 0, "'{0}' cannot be read: {1}. It was left unchanged.", path, e.Problem);
            return false;
        }
    }

    private static string Time(double nanoseconds) => nanoseconds.ToString("0.###", CultureInfo.InvariantCulture) + " ns";

    private static string Percent(double now, double recorded) =>
        recorded <= 0 ? "infinitely" : ((now / recorded) - 1).ToString("0.0 %", CultureInfo.InvariantCulture);
}
