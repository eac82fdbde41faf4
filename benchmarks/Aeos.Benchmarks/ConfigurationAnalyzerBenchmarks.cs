using System.Collections.Generic;
using System.Linq;
using Aeos.Analyzers.Configuration;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Benchmarks;

/// <summary>AEOS0002 against the empty analyzer: one pass over the configuration keys of every file.</summary>
public class ConfigurationAnalyzerBenchmarks : RuleAnalyzerBenchmarks
{
    [ParamsSource(nameof(AnalyzerNames))]
    public override string Analyzer { get; set; } = Empty;

    public static IReadOnlyList<DiagnosticAnalyzer> AeosAnalyzers() => AnalyzersOf<UnknownOptionAnalyzer>();

    public static IEnumerable<string> AnalyzerNames() => new[] { Empty }.Concat(AeosAnalyzers().Select(RowName));

    protected override IEnumerable<DiagnosticAnalyzer> AnalyzersOfRow(string analyzer) =>
        AeosAnalyzers().Where(a => RowName(a) == analyzer);
}
