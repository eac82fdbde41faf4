using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Benchmarks;

/// <summary>
/// The analyzers of one rule family, each alone and all together, against the empty analyzer, over the generated
/// rule corpus and the repository's sources, with the default options. The analyzers are found by reflection
/// (every analyzer of the family's namespace), as in <see cref="MetricAnalyzerBenchmarks"/>.
/// </summary>
public abstract class RuleAnalyzerBenchmarks
{
    public const string Empty = MetricAnalyzerBenchmarks.Empty;

    private CSharpCompilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    [Params(BenchmarkCorpus.GeneratedRules, BenchmarkCorpus.Repository)]
    public string Corpus { get; set; } = BenchmarkCorpus.GeneratedRules;

    /// <summary>The row: <see cref="Empty"/>, the rule IDs of one analyzer, or a group name.</summary>
    public abstract string Analyzer { get; set; }

    /// <summary>How the corpus is parsed; the same for every row of a family.</summary>
    protected virtual CSharpParseOptions ParseOptions => CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp12);

    /// <summary>The rule IDs an Aeos analyzer reports (AEOS0001, the invalid-option diagnostic, left out), joined by '+'.</summary>
    public static string RowName(DiagnosticAnalyzer analyzer) =>
        string.Join("+", analyzer.SupportedDiagnostics.Select(d => d.Id).Where(id => id != "AEOS0001").Distinct().OrderBy(id => id, StringComparer.Ordinal));

    /// <summary>Every analyzer of the namespace of <typeparamref name="TMarker"/>, in name order.</summary>
    public static IReadOnlyList<DiagnosticAnalyzer> AnalyzersOf<TMarker>() =>
        typeof(TMarker).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(TMarker).Namespace && !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();

    /// <summary>The analyzers of the row <see cref="Analyzer"/>.</summary>
    protected abstract IEnumerable<DiagnosticAnalyzer> AnalyzersOfRow(string analyzer);

    [GlobalSetup]
    public void Setup()
    {
        _compilation = BenchmarkCorpus.Compile(BenchmarkCorpus.Load(Corpus, ParseOptions));
        _analyzers = Analyzer == Empty ? ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer()) : AnalyzersOfRow(Analyzer).ToImmutableArray();
        if (_analyzers.IsEmpty)
        {
            throw new InvalidOperationException("no analyzer for the row " + Analyzer);
        }
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
