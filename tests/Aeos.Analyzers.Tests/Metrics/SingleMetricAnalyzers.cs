using System.Collections.Immutable;
using Aeos.Analyzers.Metrics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// RS1036 asks analyzer projects for the extended analyzer rules; these are test doubles in a test project.
#pragma warning disable RS1036

namespace Aeos.Analyzers.Tests.Metrics;

/// <summary>
/// The shipped <see cref="SyntaxMetricsAnalyzer"/> restricted to one rule, so that each rule's tests see that
/// rule's diagnostics (and AEOS0001) alone. The restriction only leaves the other rules out of the pass and of
/// the supported diagnostics; <see cref="SyntaxMetricsAnalyzerTests"/> checks that the full analyzer reports what
/// the three restricted ones report together.
/// </summary>
internal abstract class SingleMetricAnalyzer : DiagnosticAnalyzer
{
    private readonly SyntaxMetricsAnalyzer _analyzer;

    protected SingleMetricAnalyzer(SyntaxMetricKinds rule)
    {
        _analyzer = new SyntaxMetricsAnalyzer(rule);
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _analyzer.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context)
    {
        // The analyzer sets both again; said here too for the analyzer-authoring rules that read this method.
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        _analyzer.Initialize(context);
    }
}

/// <summary>AEOS1001 alone.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class CyclomaticComplexityOnly : SingleMetricAnalyzer
{
    public CyclomaticComplexityOnly()
        : base(SyntaxMetricKinds.CyclomaticComplexity)
    {
    }
}

/// <summary>AEOS1002 alone.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class CognitiveComplexityOnly : SingleMetricAnalyzer
{
    public CognitiveComplexityOnly()
        : base(SyntaxMetricKinds.CognitiveComplexity)
    {
    }
}

/// <summary>AEOS1003 alone.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class FunctionLengthOnly : SingleMetricAnalyzer
{
    public FunctionLengthOnly()
        : base(SyntaxMetricKinds.Length)
    {
    }
}
