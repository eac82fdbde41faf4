using System.Collections.Generic;
using System.Linq;
using Aeos.Analyzers.Documentation;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Benchmarks;

/// <summary>AEOS1005 and AEOS1006 against the empty analyzer, with documentation comments parsed as a documented project has them.</summary>
public class DocumentationAnalyzerBenchmarks : RuleAnalyzerBenchmarks
{
    public const string AllAeos = "(all documentation)";

    [ParamsSource(nameof(AnalyzerNames))]
    public override string Analyzer { get; set; } = Empty;

    protected override CSharpParseOptions ParseOptions => BenchmarkCorpus.DiagnoseDocumentationOptions;

    public static IReadOnlyList<DiagnosticAnalyzer> AeosAnalyzers() => AnalyzersOf<UndocumentedMemberAnalyzer>();

    public static IEnumerable<string> AnalyzerNames() =>
        new[] { Empty }.Concat(AeosAnalyzers().Select(RowName)).Append(AllAeos);

    protected override IEnumerable<DiagnosticAnalyzer> AnalyzersOfRow(string analyzer) => analyzer == AllAeos
        ? AeosAnalyzers()
        : AeosAnalyzers().Where(a => RowName(a) == analyzer);
}
