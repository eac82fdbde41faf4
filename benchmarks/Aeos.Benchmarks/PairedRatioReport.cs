using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace Aeos.Benchmarks;

/// <summary>
/// The calculators of <see cref="CalculatorBenchmarks"/> against the syntax walk, measured in rounds: each round
/// times the walk and every calculator once, one after the other, so that the walk and the calculators of one round
/// run under the same load. On a machine shared with other builds the load changes from second to second, and
/// BenchmarkDotNet measures one benchmark after another; a ratio within a round does not drift with the load.
/// Reports the median of the per-round ratios, and the ratio of the fastest times.
/// </summary>
internal static class PairedRatioReport
{
    public const string Argument = "--paired-ratios";
    private const int Rounds = 41;

    public static void Run()
    {
        foreach (var corpus in new[] { BenchmarkCorpus.Generated, BenchmarkCorpus.Repository })
        {
            var benchmarks = new CalculatorBenchmarks { Corpus = corpus };
            benchmarks.Setup();
            var calculators = Calculators(benchmarks);
            var walk = new List<double>();
            var times = calculators.ToDictionary(c => c.Key, _ => new List<double>());
            for (var round = -1; round < Rounds; round++)
            {
                // Round -1 warms up; the order of the calculators turns with the round.
                var walkTime = Time(benchmarks.SyntaxWalk);
                foreach (var (name, measure) in Rotated(calculators, Math.Max(round, 0)))
                {
                    var time = Time(measure);
                    if (round >= 0)
                    {
                        times[name].Add(time);
                    }
                }

                if (round >= 0)
                {
                    walk.Add(walkTime);
                }
            }

            Print(corpus, walk, times);
        }
    }

    private static IEnumerable<T> Rotated<T>(List<T> items, int by) => items.Skip(by % items.Count).Concat(items.Take(by % items.Count));

    private static List<KeyValuePair<string, Func<int>>> Calculators(CalculatorBenchmarks b) => new()
    {
        new(nameof(b.CyclomaticComplexity), b.CyclomaticComplexity),
        new(nameof(b.CognitiveComplexity), b.CognitiveComplexity),
        new(nameof(b.FunctionLength), b.FunctionLength),
        new(nameof(b.OnePassSyntaxMetrics), b.OnePassSyntaxMetrics),
        new(nameof(b.OnePassAsTheAnalyzer), b.OnePassAsTheAnalyzer),
    };

    private static void Print(string corpus, List<double> walk, Dictionary<string, List<double>> times)
    {
        Console.WriteLine($"{corpus}: {Rounds} rounds; syntax walk median {Ms(Median(walk))}, fastest {Ms(walk.Min())}");
        foreach (var (name, samples) in times)
        {
            var ratios = samples.Select((time, round) => time / walk[round]).ToList();
            Console.WriteLine(
                $"  {name}: median {Ms(Median(samples))}, fastest {Ms(samples.Min())}; ratio to the walk: median of rounds {Ratio(Median(ratios))}, "
                + $"fastest to fastest {Ratio(samples.Min() / walk.Min())}");
        }
    }

    private static double Time(Func<int> measure)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        measure();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);

    private static string Ratio(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x";

    private static string Ms(double milliseconds) => milliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ms";
}
