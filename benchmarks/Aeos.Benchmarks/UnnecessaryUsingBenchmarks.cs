using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Benchmarks;

/// <summary>
/// AEOS2001 against IDE0005 alone (and the empty analyzer), on the trees of <see cref="UnusedAnalyzerBenchmarks"/>
/// (documentation comments parsed): the three rows of that family that compare unnecessary-using detection, without
/// the other rows' minutes.
/// </summary>
public class UnnecessaryUsingBenchmarks : RuleAnalyzerBenchmarks
{
    public const string Aeos = "AEOS2001";
    public const string Ide = "IDE0005";

    [Params(Empty, Aeos, Ide)]
    public override string Analyzer { get; set; } = Empty;

    protected override CSharpParseOptions ParseOptions => BenchmarkCorpus.DiagnoseDocumentationOptions;

    protected override IEnumerable<DiagnosticAnalyzer> AnalyzersOfRow(string analyzer) =>
        UnusedAnalyzerBenchmarks.AeosAnalyzers().Where(a => RowName(a) == analyzer)
            .Concat(CodeStyleAnalyzers.All.Where(a => CodeStyleAnalyzers.ShortName(a) == analyzer));
}
