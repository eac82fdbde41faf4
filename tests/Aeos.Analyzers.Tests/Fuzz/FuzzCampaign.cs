using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace Aeos.Analyzers.Tests.Fuzz;

/// <summary>The outcome of a campaign: how much ran and every crash, each with its smallest reproducer.</summary>
public sealed record FuzzReport(int Mutants, int Projects, IReadOnlyList<(FuzzFailure Failure, string Reproducer)> Crashes)
{
    /// <summary>What a failing test prints: per crash the component, the exception, the seed and mutation, and the reproducer.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0} crash(es) in {1} mutants:", Crashes.Count, Mutants));
        foreach (var (failure, reproducer) in Crashes)
        {
            text.AppendLine("--- " + failure.Component + " threw " + failure.Exception.GetType().FullName + ": " + failure.Exception.Message);
            text.AppendLine("mutant: " + (failure.Mutant?.ToString() ?? "(not attributed to one file)"));
            text.AppendLine(failure.Exception.StackTrace);
            text.AppendLine("minimal reproducer:");
            text.AppendLine(reproducer);
        }

        return text.ToString();
    }
}

/// <summary>
/// Runs mutants through the harness in batches (one project each); a batch that fails is rerun file by file to
/// name the mutant, and the first failure of each distinct crash is reduced line by line to a minimal reproducer.
/// </summary>
public static class FuzzCampaign
{
    private const int BatchSize = 25;
    private const int MaxReductionRuns = 300;

    public static async Task<FuzzReport> RunAsync(FuzzHarness harness, IReadOnlyList<Mutant> mutants)
    {
        var failures = new List<Finding>();
        var projects = 0;
        for (var start = 0; start < mutants.Count; start += BatchSize)
        {
            var batch = mutants.Skip(start).Take(BatchSize).ToList();
            var variant = projects++;
            var found = await harness.RunAsync(batch, variant).ConfigureAwait(false);
            if (found.Count > 0)
            {
                failures.AddRange(await AttributeAsync(harness, batch, variant, found).ConfigureAwait(false));
            }
        }

        var crashes = new List<(FuzzFailure, string)>();
        var seen = new HashSet<(string, Type)>();
        foreach (var finding in failures.Where(f => seen.Add((f.Failure.Component, f.Failure.Exception.GetType()))))
        {
            crashes.Add((finding.Failure, await ReduceAsync(harness, finding).ConfigureAwait(false)));
        }

        return new FuzzReport(mutants.Count, projects, crashes);
    }

    /// <summary>
    /// Failures that name their file are kept with that file alone; for the others each file of the batch is run
    /// alone, and a crash that only the files together show keeps the whole batch (reduced later).
    /// </summary>
    private static async Task<IReadOnlyList<Finding>> AttributeAsync(FuzzHarness harness, IReadOnlyList<Mutant> batch, int variant, IReadOnlyList<FuzzFailure> found)
    {
        var result = found.Where(f => f.Mutant is not null).Select(f => new Finding(f, variant, new[] { f.Mutant! })).ToList();
        if (result.Count == found.Count)
        {
            return result;
        }

        foreach (var mutant in batch)
        {
            var alone = await harness.RunAsync(new[] { mutant }, variant).ConfigureAwait(false);
            result.AddRange(alone.Select(f => new Finding(f with { Mutant = mutant }, variant, new[] { mutant })));
        }

        return result.Count > 0 ? result : found.Select(f => new Finding(f, variant, batch)).ToList();
    }

    /// <summary>
    /// The smallest set of files that still shows the crash: files left out one at a time, then, in each file that
    /// stays, ever smaller runs of lines deleted (a bounded number of runs). Each file is printed with its origin.
    /// </summary>
    public static async Task<string> ReduceAsync(FuzzHarness harness, Finding finding)
    {
        var reducer = new Reducer(harness, finding);
        var files = await reducer.DropFilesAsync().ConfigureAwait(false);
        for (var i = 0; i < files.Count; i++)
        {
            files = await reducer.DropLinesAsync(files, i).ConfigureAwait(false);
        }

        return files.Count == 1
            ? files[0].Text
            : string.Join("\n", files.Select(f => "// ---- file from " + f + "\n" + f.Text));
    }

    /// <summary>A crash and the files it was seen with, in the project settings of its batch.</summary>
    public sealed record Finding(FuzzFailure Failure, int Variant, IReadOnlyList<Mutant> Files);

    private sealed class Reducer
    {
        private readonly FuzzHarness _harness;
        private readonly Finding _finding;
        private int _runs;

        public Reducer(FuzzHarness harness, Finding finding)
        {
            _harness = harness;
            _finding = finding;
        }

        public async Task<List<Mutant>> DropFilesAsync()
        {
            var files = _finding.Files.ToList();
            for (var i = files.Count - 1; i >= 0 && files.Count > 1; i--)
            {
                var candidate = files.ToList();
                candidate.RemoveAt(i);
                if (await CrashesAsync(candidate).ConfigureAwait(false))
                {
                    files = candidate;
                }
            }

            return files;
        }

        public async Task<List<Mutant>> DropLinesAsync(List<Mutant> files, int index)
        {
            var lines = files[index].Text.Split('\n').ToList();
            for (var chunk = Math.Max(1, lines.Count / 2); chunk >= 1; chunk /= 2)
            {
                var start = 0;
                while (start < lines.Count && _runs < MaxReductionRuns)
                {
                    var shorter = lines.Take(start).Concat(lines.Skip(start + chunk)).ToList();
                    if (await CrashesAsync(With(files, index, shorter)).ConfigureAwait(false))
                    {
                        lines = shorter;
                    }
                    else
                    {
                        start += chunk;
                    }
                }
            }

            return With(files, index, lines);
        }

        private static List<Mutant> With(List<Mutant> files, int index, List<string> lines)
        {
            var copy = files.ToList();
            copy[index] = copy[index] with { Text = string.Join("\n", lines) };
            return copy;
        }

        private async Task<bool> CrashesAsync(IReadOnlyList<Mutant> files)
        {
            _runs++;
            var found = await _harness.RunAsync(files, _finding.Variant).ConfigureAwait(false);
            return found.Any(f => f.SameCrash(_finding.Failure));
        }
    }
}
