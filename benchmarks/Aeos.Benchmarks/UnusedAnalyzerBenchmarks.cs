using System.Collections.Generic;
using System.Linq;
using Aeos.Analyzers.Unused;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Benchmarks;

/// <summary>
/// AEOS2001–2005 next to the built-in IDE0005/IDE0051/IDE0059/IDE0060 analyzers on the same trees. Every row parses
/// documentation comments (<see cref="BenchmarkCorpus.DiagnoseDocumentationOptions"/>), without which IDE0005 reports nothing.
/// </summary>
public class UnusedAnalyzerBenchmarks : RuleAnalyzerBenchmarks
{
    public const string AllAeos = "(all AEOS2xxx)";
    public const string AllIde = "(all IDE)";

    [ParamsSource(nameof(AnalyzerNames))]
    public override string Analyzer { get; set; } = Empty;

    protected override CSharpParseOptions ParseOptions => BenchmarkCorpus.DiagnoseDocumentationOptions;

    public static IReadOnlyList<DiagnosticAnalyzer> AeosAnalyzers() => AnalyzersOf<UnusedLocalAnalyzer>();

    public static IEnumerable<string> AnalyzerNames() =>
        new[] { Empty }
            .Concat(AeosAnalyzers().Select(RowName)).Append(AllAeos)
            .Concat(CodeStyleAnalyzers.All.Select(CodeStyleAnalyzers.ShortName)).Append(AllIde);

    protected override IEnumerable<DiagnosticAnalyzer> AnalyzersOfRow(string analyzer) => analyzer switch
    {
        AllAeos => AeosAnalyzers(),
        AllIde => CodeStyleAnalyzers.All,
        _ => AeosAnalyzers().Where(a => RowName(a) == analyzer)
            .Concat(CodeStyleAnalyzers.All.Where(a => CodeStyleAnalyzers.ShortName(a) == analyzer)),
    };
}
