using System.Collections.Immutable;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Metrics;

/// <summary>
/// The three syntax metric rules, from one pass of <see cref="SyntaxMetricsCalculator"/> over each function:
/// <list type="bullet">
/// <item>AEOS1001: a function whose cyclomatic complexity exceeds <c>aeos.max_cyclomatic_complexity</c> (default 10);
/// primary constructors are functions too.</item>
/// <item>AEOS1002: a function whose cognitive complexity is above <c>aeos.max_cognitive_complexity</c> (default 15);
/// a field or property initializer that holds a lambda is measured like a function.</item>
/// <item>AEOS1003: a function longer than <c>aeos.max_function_lines</c> (default 50) lines.</item>
/// </list>
/// Local functions, lambdas and anonymous methods count toward the complexity of the member that contains them and
/// are not reported on their own by AEOS1001 and AEOS1002; AEOS1003 reports a long local function itself.
/// One analyzer, not three, so that each function is walked once for all three numbers; a rule turned off for a
/// file (severity <c>none</c>) is not computed there.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed partial class SyntaxMetricsAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<SyntaxKind> PrimaryConstructorKinds = ImmutableArray.Create(
        SyntaxKind.ClassDeclaration,
        SyntaxKind.StructDeclaration,
        SyntaxKind.RecordDeclaration,
        SyntaxKind.RecordStructDeclaration);

    private static readonly ImmutableArray<SyntaxKind> InitializerKinds = ImmutableArray.Create(
        SyntaxKind.FieldDeclaration,
        SyntaxKind.EventFieldDeclaration,
        SyntaxKind.PrimaryConstructorBaseType);

    private readonly SyntaxMetricKinds _rules;

    /// <summary>The analyzer of all three rules, as the compiler creates it.</summary>
    public SyntaxMetricsAnalyzer()
        : this(SyntaxMetricKinds.All)
    {
    }

    /// <summary>The analyzer reporting only <paramref name="rules"/>: the tests of one rule use it to see that rule's diagnostics alone.</summary>
    internal SyntaxMetricsAnalyzer(SyntaxMetricKinds rules)
    {
        _rules = rules;
        var descriptors = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        AddIf(descriptors, rules, SyntaxMetricKinds.CyclomaticComplexity, DiagnosticDescriptors.CyclomaticComplexity);
        AddIf(descriptors, rules, SyntaxMetricKinds.CognitiveComplexity, DiagnosticDescriptors.CognitiveComplexity);
        AddIf(descriptors, rules, SyntaxMetricKinds.Length, DiagnosticDescriptors.FunctionLength);
        descriptors.Add(DiagnosticDescriptors.InvalidOption);
        SupportedDiagnostics = descriptors.ToImmutable();
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var analysis = new CompilationAnalysis(start.Compilation.Options, new OptionReader(start.Options.AnalyzerConfigOptionsProvider), _rules);
            start.RegisterSyntaxNodeAction(analysis.AnalyzeNode, Kinds(_rules));
        });
    }

    private static void AddIf(ImmutableArray<DiagnosticDescriptor>.Builder descriptors, SyntaxMetricKinds rules, SyntaxMetricKinds rule, DiagnosticDescriptor descriptor)
    {
        if ((rules & rule) != 0)
        {
            descriptors.Add(descriptor);
        }
    }

    private static ImmutableArray<SyntaxKind> Kinds(SyntaxMetricKinds rules)
    {
        var kinds = (rules & SyntaxMetricKinds.Length) != 0 ? FunctionDeclaration.Kinds : FunctionDeclaration.Kinds.Remove(SyntaxKind.LocalFunctionStatement);
        if ((rules & SyntaxMetricKinds.CyclomaticComplexity) != 0)
        {
            kinds = kinds.AddRange(PrimaryConstructorKinds);
        }

        if ((rules & SyntaxMetricKinds.CognitiveComplexity) != 0)
        {
            kinds = kinds.AddRange(InitializerKinds);
        }

        return kinds;
    }
}
