using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Benchmarks;

/// <summary>
/// The time spent inside each metric analyzer's callbacks, as the analyzer driver accounts it
/// (<see cref="AnalyzerTelemetryInfo.ExecutionTime"/>), next to one plain syntax walk over the same trees.
/// Wall-clock benchmarks include binding, which is the same for every analyzer and dwarfs the metrics; this
/// isolates what the metrics themselves cost. Median of <see cref="Runs"/> runs, after one warm-up run.
/// </summary>
internal static class ExecutionTimeReport
{
    public const string Argument = "--execution-time";
    private const int Runs = 7;

    public static void Run()
    {
        foreach (var corpus in new[] { BenchmarkCorpus.Generated, BenchmarkCorpus.Repository })
        {
            var trees = BenchmarkCorpus.Load(corpus);
            var compilation = BenchmarkCorpus.Compile(trees);
            var analyzers = MetricAnalyzerBenchmarks.MetricAnalyzers().Prepend(new EmptyAnalyzer()).ToImmutableArray();
            var walk = Median(() => Time(() => new SyntaxWalkBenchmark.CountingWalker().VisitAll(trees)));
            var perAnalyzer = Median(analyzers, () => ExecutionTimes(compilation, analyzers));
            var empty = perAnalyzer[nameof(EmptyAnalyzer)];
            perAnalyzer.Remove(nameof(EmptyAnalyzer));
            var total = perAnalyzer.Values.Sum(time => time - empty);
            Console.WriteLine($"{corpus}: {trees.Length} files, {BenchmarkCorpus.CountFunctions(trees)} functions; syntax walk {Ms(walk)}; empty analyzer {Ms(empty)}");
            foreach (var (name, time) in perAnalyzer)
            {
                Console.WriteLine($"  {name}: {Ms(time)}, {Ms(time - empty)} more than the empty analyzer ({Ratio(time - empty, walk)} walk)");
            }

            Console.WriteLine($"  all metric analyzers, net of the empty analyzer: {Ms(total)} ({Ratio(total, walk)} walk)");
        }
    }

    private static Dictionary<string, double> ExecutionTimes(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var run = compilation.Clone().WithAnalyzers(analyzers, options);
        run.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return analyzers.ToDictionary(
            a => a.GetType().Name,
            a => run.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds);
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(Func<double> measure)
    {
        measure();
        var samples = Enumerable.Range(0, Runs).Select(_ => measure()).OrderBy(s => s).ToList();
        return samples[Runs / 2];
    }

    private static Dictionary<string, double> Median(ImmutableArray<DiagnosticAnalyzer> analyzers, Func<Dictionary<string, double>> measure)
    {
        measure();
        var samples = Enumerable.Range(0, Runs).Select(_ => measure()).ToList();
        return analyzers.Select(a => a.GetType().Name)
            .ToDictionary(name => name, name => samples.Select(s => s[name]).OrderBy(v => v).ElementAt(Runs / 2));
    }

    private static string Ratio(double time, double walk) => (time / walk).ToString("0.00", CultureInfo.InvariantCulture) + "x";

    private static string Ms(double milliseconds) => milliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
