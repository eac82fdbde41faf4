using System.Collections.Generic;
using System.Linq;
using Aeos.Analyzers.Reliability;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Benchmarks;

/// <summary>AEOS4001–4008 and AEOS4010–4013 against the empty analyzer.</summary>
public class ReliabilityAnalyzerBenchmarks : RuleAnalyzerBenchmarks
{
    public const string AllAeos = "(all AEOS4xxx)";

    [ParamsSource(nameof(AnalyzerNames))]
    public override string Analyzer { get; set; } = Empty;

    public static IReadOnlyList<DiagnosticAnalyzer> AeosAnalyzers() => AnalyzersOf<AsyncVoidAnalyzer>();

    public static IEnumerable<string> AnalyzerNames() =>
        new[] { Empty }.Concat(AeosAnalyzers().Select(RowName)).Append(AllAeos);

    protected override IEnumerable<DiagnosticAnalyzer> AnalyzersOfRow(string analyzer) => analyzer == AllAeos
        ? AeosAnalyzers()
        : AeosAnalyzers().Where(a => RowName(a) == analyzer);
}
