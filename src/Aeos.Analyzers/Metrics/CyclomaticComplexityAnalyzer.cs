using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Metrics;

/// <summary>
/// AEOS1001: a function whose cyclomatic complexity exceeds <c>aeos.max_cyclomatic_complexity</c> (default 10).
/// Local functions, lambdas and anonymous methods are counted into the member that contains them and are
/// not reported on their own; primary constructors are functions too.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CyclomaticComplexityAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<SyntaxKind> PrimaryConstructorKinds = ImmutableArray.Create(
        SyntaxKind.ClassDeclaration,
        SyntaxKind.StructDeclaration,
        SyntaxKind.RecordDeclaration,
        SyntaxKind.RecordStructDeclaration);

    private static readonly ImmutableArray<SyntaxKind> Kinds =
        FunctionDeclaration.Kinds.Remove(SyntaxKind.LocalFunctionStatement).AddRange(PrimaryConstructorKinds);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.CyclomaticComplexity, DiagnosticDescriptors.InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var analysis = new CompilationAnalysis(new OptionReader(start.Options.AnalyzerConfigOptionsProvider));
            start.RegisterSyntaxNodeAction(analysis.AnalyzeNode, Kinds);
        });
    }

    private sealed class CompilationAnalysis
    {
        private readonly OptionReader _options;
        private readonly ConcurrentDictionary<SyntaxTree, int> _limits = new();

        public CompilationAnalysis(OptionReader options)
        {
            _options = options;
        }

        public void AnalyzeNode(SyntaxNodeAnalysisContext context)
        {
            if (context.Node is TypeDeclarationSyntax type)
            {
                AnalyzePrimaryConstructor(context, type);
                return;
            }

            if (!FunctionDeclaration.TryCreate(context.Node, out var function))
            {
                return;
            }

            var complexity = CyclomaticComplexityCalculator.Measure(function);
            var limit = GetLimit(context);
            if (complexity <= limit)
            {
                return;
            }

            var symbol = FunctionSymbols.Describe(function, context.SemanticModel, context.CancellationToken);
            Report(context, function.IdentifierLocation, symbol, complexity, limit);
        }

        private void AnalyzePrimaryConstructor(SyntaxNodeAnalysisContext context, TypeDeclarationSyntax type)
        {
            if (type.ParameterList is null)
            {
                return;
            }

            var complexity = CyclomaticComplexityCalculator.MeasurePrimaryConstructor(type);
            var limit = GetLimit(context);
            if (complexity <= limit)
            {
                return;
            }

            var constructor = context.SemanticModel.GetDeclaredSymbol(type, context.CancellationToken)?.InstanceConstructors
                .FirstOrDefault(c => c.DeclaringSyntaxReferences.Any(r => r.GetSyntax(context.CancellationToken) == type));
            var symbol = constructor is null
                ? new FunctionIdentity(type.Identifier.ValueText, string.Empty)
                : new FunctionIdentity(
                    constructor.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    constructor.GetDocumentationCommentId() ?? string.Empty);
            Report(context, type.Identifier.GetLocation(), symbol, complexity, limit);
        }

        private static void Report(SyntaxNodeAnalysisContext context, Location location, FunctionIdentity symbol, int complexity, int limit)
        {
            var properties = DiagnosticProperties.ForMetric(complexity, limit, symbol.DocumentationId);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.CyclomaticComplexity,
                location,
                properties.ToImmutable(),
                symbol.DisplayName,
                complexity,
                limit));
        }

        private int GetLimit(SyntaxNodeAnalysisContext context)
        {
            var tree = context.Node.SyntaxTree;
            if (_limits.TryGetValue(tree, out var limit))
            {
                return limit;
            }

            limit = _options.Read(AeosOptions.MaxCyclomaticComplexity, tree, context.ReportDiagnostic);
            return _limits.GetOrAdd(tree, limit);
        }
    }
}
