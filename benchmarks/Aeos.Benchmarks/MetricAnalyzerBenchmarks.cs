using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Aeos.Analyzers.Metrics;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Benchmarks;

/// <summary>
/// Each metric analyzer alone, all of them together, and the empty analyzer, over the same trees with the
/// default options. The metric analyzers are found by reflection (every analyzer in the
/// <c>Aeos.Analyzers.Metrics</c> namespace), so rules added later are measured without changing this file.
/// </summary>
public class MetricAnalyzerBenchmarks
{
    public const string Empty = "(empty analyzer)";
    public const string AllMetrics = "(all metrics)";

    private ImmutableArray<SyntaxTree> _trees;
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    [Params(BenchmarkCorpus.Generated, BenchmarkCorpus.Repository)]
    public string Corpus { get; set; } = BenchmarkCorpus.Generated;

    [ParamsSource(nameof(AnalyzerNames))]
    public string Analyzer { get; set; } = Empty;

    public static IEnumerable<string> AnalyzerNames() =>
        new[] { Empty }.Concat(MetricAnalyzers().Select(ShortName)).Concat(new[] { AllMetrics });

    /// <summary>The type name without "Analyzer": the summary table cuts parameter values after 20 characters.</summary>
    public static string ShortName(DiagnosticAnalyzer analyzer) => analyzer.GetType().Name.Replace("Analyzer", string.Empty, StringComparison.Ordinal);

    /// <summary>Every analyzer of the metrics namespace, in name order.</summary>
    public static IReadOnlyList<DiagnosticAnalyzer> MetricAnalyzers() =>
        typeof(SyntaxMetricsAnalyzer).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(SyntaxMetricsAnalyzer).Namespace && !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();

    /// <summary>
    /// <see cref="SyntaxMetricsAnalyzer"/> restricted to each of its rules in turn: what the rules cost as separate
    /// analyzers, each with its own pass, as they were before they shared one.
    /// </summary>
    public static IReadOnlyList<DiagnosticAnalyzer> SingleRuleAnalyzers() => new DiagnosticAnalyzer[]
    {
        new SyntaxMetricsAnalyzer(SyntaxMetricKinds.CyclomaticComplexity),
        new SyntaxMetricsAnalyzer(SyntaxMetricKinds.CognitiveComplexity),
        new SyntaxMetricsAnalyzer(SyntaxMetricKinds.Length),
    };

    [GlobalSetup]
    public void Setup()
    {
        _trees = BenchmarkCorpus.Load(Corpus);
        _compilation = BenchmarkCorpus.Compile(_trees);
        _analyzers = Analyzer switch
        {
            Empty => ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer()),
            AllMetrics => MetricAnalyzers().ToImmutableArray(),
            _ => ImmutableArray.Create(MetricAnalyzers().Single(a => ShortName(a) == Analyzer)),
        };
    }

    [Benchmark]
    public async Task<int> RunAnalyzers()
    {
        // A clone shares the parsed trees but none of the bound state, so every run binds from scratch.
        var compilation = _compilation.Clone();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(_analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        return diagnostics.Length;
    }
}
