using System.Collections.Generic;
using System.Linq;
using Aeos.Analyzers.Security;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Benchmarks;

/// <summary>AEOS3001–3012 against the empty analyzer.</summary>
public class SecurityAnalyzerBenchmarks : RuleAnalyzerBenchmarks
{
    public const string AllAeos = "(all AEOS3xxx)";

    [ParamsSource(nameof(AnalyzerNames))]
    public override string Analyzer { get; set; } = Empty;

    public static IReadOnlyList<DiagnosticAnalyzer> AeosAnalyzers() => AnalyzersOf<BannedSymbolAnalyzer>();

    public static IEnumerable<string> AnalyzerNames() =>
        new[] { Empty }.Concat(AeosAnalyzers().Select(RowName)).Append(AllAeos);

    protected override IEnumerable<DiagnosticAnalyzer> AnalyzersOfRow(string analyzer) => analyzer == AllAeos
        ? AeosAnalyzers()
        : AeosAnalyzers().Where(a => RowName(a) == analyzer);
}
