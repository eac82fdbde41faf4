using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Aeos.Analyzers.Configuration;
using Aeos.Analyzers.Metrics;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Benchmarks;

/// <summary>
/// The pure metric calculators over every function of the corpus, against one plain syntax walk over the same
/// trees (the baseline, ratio 1.00). The functions are found once in setup: finding them is the analyzer
/// driver's work, shared by every analyzer, and is what the syntax walk stands for. The per-metric rows run the
/// per-metric calculators, which ask the <see cref="SyntaxMetricsCalculator"/> pass for their one metric (the
/// cognitive one also records its increments, as its callers need them).
/// </summary>
public class CalculatorBenchmarks
{
    private ImmutableArray<SyntaxTree> _trees;
    private List<FunctionDeclaration> _functions = null!;

    [Params(BenchmarkCorpus.Generated, BenchmarkCorpus.Repository)]
    public string Corpus { get; set; } = BenchmarkCorpus.Generated;

    [GlobalSetup]
    public void Setup()
    {
        _trees = BenchmarkCorpus.Load(Corpus);
        var kinds = FunctionDeclaration.Kinds.ToHashSet();
        _functions = _trees
            .SelectMany(t => t.GetRoot().DescendantNodesAndSelf())
            .Where(n => kinds.Contains(n.Kind()))
            .Select(n => FunctionDeclaration.TryCreate(n, out var function) ? function : (FunctionDeclaration?)null)
            .OfType<FunctionDeclaration>()
            .ToList();
    }

    [Benchmark(Baseline = true)]
    public int SyntaxWalk() => new SyntaxWalkBenchmark.CountingWalker().VisitAll(_trees);

    [Benchmark]
    public int CyclomaticComplexity()
    {
        var total = 0;
        foreach (var function in _functions)
        {
            total += CyclomaticComplexityCalculator.Measure(function);
        }

        return total;
    }

    [Benchmark]
    public int FunctionLength()
    {
        var total = 0;
        foreach (var function in _functions)
        {
            total += FunctionLengthCalculator.Measure(function, FunctionLinesMode.Code);
        }

        return total;
    }

    [Benchmark]
    public int CognitiveComplexity()
    {
        var total = 0;
        foreach (var function in _functions)
        {
            total += CognitiveComplexityCalculator.Measure(function).Value;
        }

        return total;
    }

    /// <summary>
    /// Every syntax metric of the 1xxx rules (AEOS1001, AEOS1002, AEOS1003; AEOS1004 visits no syntax) of every
    /// function from one pass of <see cref="SyntaxMetricsCalculator"/>.
    /// </summary>
    [Benchmark]
    public int OnePassSyntaxMetrics() => MeasureInOnePass(SyntaxMetricKinds.All);

    /// <summary>
    /// What <c>SyntaxMetricsAnalyzer</c> asks of the pass: the three metrics of each function, the length alone
    /// of a local function (whose complexity counts into its container, measured there).
    /// </summary>
    [Benchmark]
    public int OnePassAsTheAnalyzer() => MeasureInOnePass(SyntaxMetricKinds.Length);

    private int MeasureInOnePass(SyntaxMetricKinds localFunctionKinds)
    {
        var total = 0;
        foreach (var function in _functions)
        {
            var kinds = function.Declaration is LocalFunctionStatementSyntax ? localFunctionKinds : SyntaxMetricKinds.All;
            var metrics = SyntaxMetricsCalculator.Measure(function, kinds, FunctionLinesMode.Code);
            total += metrics.CyclomaticComplexity + metrics.CognitiveComplexity + metrics.Length;
        }

        return total;
    }
}
