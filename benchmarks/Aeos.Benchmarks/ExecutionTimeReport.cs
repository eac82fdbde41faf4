using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using Aeos.Analyzers.Metrics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Benchmarks;

/// <summary>
/// The time spent inside each analyzer's callbacks, as the analyzer driver accounts it
/// (<see cref="AnalyzerTelemetryInfo.ExecutionTime"/>), next to one plain syntax walk over the same trees.
/// Wall-clock benchmarks include binding, which is the same for every analyzer and dwarfs the rules; this
/// isolates what the rules themselves cost. Median of <see cref="Runs"/> runs, after one warm-up run.
/// A family (<c>metrics</c>, the default; <c>unused</c>, with the IDE analyzers; <c>reliability</c>) may follow the argument.
/// </summary>
internal static class ExecutionTimeReport
{
    public const string Argument = "--execution-time";
    private const int Runs = 7;
    private const string SingleRule = " alone (SyntaxMetricsAnalyzer restricted to it)";

    private static readonly CSharpParseOptions DefaultOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp12);

    private static readonly Dictionary<string, string> QuietLimits = new(StringComparer.Ordinal)
    {
        ["aeos.max_cyclomatic_complexity"] = "100000",
        ["aeos.max_cognitive_complexity"] = "100000",
        ["aeos.max_function_lines"] = "100000",
        ["aeos.max_inheritance_depth"] = "100000",
    };

    /// <summary>The analyzer options of every run: none (the defaults), or the quiet limits.</summary>
    private static AnalyzerOptions Options { get; set; } = new(ImmutableArray<AdditionalText>.Empty);

    public static void Run(IReadOnlyList<string> args)
    {
        var index = args.ToList().IndexOf(Argument);
        var family = index + 1 < args.Count ? args[index + 1] : "metrics";
        switch (family)
        {
            case "metrics":
            case "metrics-quiet":
                if (family == "metrics-quiet")
                {
                    // Limits no function reaches: the rules measure everything and report nothing, so no symbol is looked up.
                    Options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new GlobalOptionsProvider(QuietLimits));
                }

                Run(
                    new[] { BenchmarkCorpus.Generated, BenchmarkCorpus.Repository },
                    DefaultOptions,
                    MetricAnalyzerBenchmarks.MetricAnalyzers,
                    MetricAnalyzerBenchmarks.SingleRuleAnalyzers);
                break;
            case "unused":
                Run(
                    new[] { BenchmarkCorpus.GeneratedRules, BenchmarkCorpus.Repository },
                    BenchmarkCorpus.DiagnoseDocumentationOptions,
                    UnusedAnalyzerBenchmarks.AeosAnalyzers,
                    () => CodeStyleAnalyzers.All);
                break;
            case "reliability":
                Run(new[] { BenchmarkCorpus.GeneratedRules, BenchmarkCorpus.Repository }, DefaultOptions, ReliabilityAnalyzerBenchmarks.AeosAnalyzers);
                break;
            default:
                throw new ArgumentException("unknown analyzer family " + family + " (metrics, metrics-quiet, unused, reliability)", nameof(args));
        }
    }

    /// <summary>
    /// Each group of analyzers (the Aeos family; the IDE analyzers) runs in its own runs, with the empty analyzer,
    /// so that no group finds the caches warmed by the other; the empty analyzer's time is that of the first group.
    /// </summary>
    private static void Run(string[] corpora, CSharpParseOptions parseOptions, params Func<IReadOnlyList<DiagnosticAnalyzer>>[] groups)
    {
        foreach (var corpus in corpora)
        {
            var trees = BenchmarkCorpus.Load(corpus, parseOptions);
            var compilation = BenchmarkCorpus.Compile(trees);
            var walk = Median(() => Time(() => new SyntaxWalkBenchmark.CountingWalker().VisitAll(trees)));
            var perAnalyzer = new Dictionary<string, double>();
            var reported = new List<string>();
            foreach (var group in groups)
            {
                var analyzers = group().Prepend(new EmptyAnalyzer()).ToImmutableArray();
                foreach (var (name, time) in Median(analyzers, () => ExecutionTimes(compilation, analyzers)))
                {
                    perAnalyzer.TryAdd(name, time);
                }

                reported.Add(Reported(compilation, analyzers));
            }

            var empty = perAnalyzer[nameof(EmptyAnalyzer)];
            perAnalyzer.Remove(nameof(EmptyAnalyzer));
            var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            Console.WriteLine($"{corpus}: {trees.Length} files, {BenchmarkCorpus.CountFunctions(trees)} functions, {errors} compiler errors; syntax walk {Ms(walk)}; empty analyzer {Ms(empty)}");
            Console.WriteLine($"  diagnostics: {string.Join("; ", reported)}");
            foreach (var (name, time) in perAnalyzer)
            {
                Console.WriteLine($"  {name}: {Ms(time)}, {Ms(time - empty)} more than the empty analyzer ({Ratio(time - empty, walk)} walk)");
            }

            var aeos = perAnalyzer.Where(p => !p.Key.StartsWith("IDE", StringComparison.Ordinal) && !IsSingleRule(p.Key)).Sum(p => p.Value - empty);
            var singleRules = perAnalyzer.Where(p => IsSingleRule(p.Key)).Sum(p => p.Value - empty);
            var ide = perAnalyzer.Where(p => p.Key.StartsWith("IDE", StringComparison.Ordinal)).Sum(p => p.Value - empty);
            Console.WriteLine($"  all Aeos analyzers, net of the empty analyzer: {Ms(aeos)} ({Ratio(aeos, walk)} walk)");
            if (ide > 0)
            {
                Console.WriteLine($"  all IDE analyzers, net of the empty analyzer: {Ms(ide)} ({Ratio(ide, walk)} walk)");
            }

            if (singleRules > 0)
            {
                Console.WriteLine($"  the syntax metric rules run alone, one analyzer each, summed: {Ms(singleRules)} ({Ratio(singleRules, walk)} walk)");
            }
        }
    }

    /// <summary>
    /// The row name of an analyzer: its type name, the IDE IDs it reports for the built-in analyzers, or the rule
    /// for <see cref="SyntaxMetricsAnalyzer"/> restricted to one rule.
    /// </summary>
    private static string Name(DiagnosticAnalyzer analyzer)
    {
        if (analyzer.GetType().Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true)
        {
            return CodeStyleAnalyzers.ShortName(analyzer) + " (" + analyzer.GetType().Name + ")";
        }

        return analyzer is SyntaxMetricsAnalyzer && analyzer.SupportedDiagnostics.Length == 2
            ? analyzer.SupportedDiagnostics[0].Id + SingleRule
            : analyzer.GetType().Name;
    }

    private static bool IsSingleRule(string name) => name.EndsWith(SingleRule, StringComparison.Ordinal);

    private static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        compilation.Clone().WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                Options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));

    /// <summary>How many diagnostics of each ID one run reports: shows that every rule found its cases, and that none crashed (AD0001).</summary>
    private static string Reported(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        string.Join(", ", WithAnalyzers(compilation, analyzers).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()
            .GroupBy(d => d.Id)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + " " + g.Count().ToString(CultureInfo.InvariantCulture)));

    private static Dictionary<string, double> ExecutionTimes(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var run = WithAnalyzers(compilation, analyzers);
        run.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return analyzers.ToDictionary(
            Name,
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
        return analyzers.Select(Name)
            .ToDictionary(name => name, name => samples.Select(s => s[name]).OrderBy(v => v).ElementAt(Runs / 2));
    }

    private static string Ratio(double time, double walk) => (time / walk).ToString("0.00", CultureInfo.InvariantCulture) + "x";

    private static string Ms(double milliseconds) => milliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>The same options for every file, as a global config gives them.</summary>
    private sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
    {
        public GlobalOptionsProvider(IReadOnlyDictionary<string, string> values)
        {
            GlobalOptions = new Values(values);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private sealed class Values : AnalyzerConfigOptions
        {
            private readonly IReadOnlyDictionary<string, string> _values;

            public Values(IReadOnlyDictionary<string, string> values)
            {
                _values = values;
            }

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
