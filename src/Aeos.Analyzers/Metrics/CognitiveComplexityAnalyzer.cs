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
/// AEOS1002: a function whose cognitive complexity is above <c>aeos.max_cognitive_complexity</c> (default 15).
/// Local functions, lambdas and anonymous methods count toward the function that contains them and are not
/// reported on their own; a field or property initializer that holds a lambda is measured like a function.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CognitiveComplexityAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<SyntaxKind> Kinds = FunctionDeclaration.Kinds
        .Remove(SyntaxKind.LocalFunctionStatement)
        .Add(SyntaxKind.FieldDeclaration)
        .Add(SyntaxKind.EventFieldDeclaration)
        .Add(SyntaxKind.PrimaryConstructorBaseType);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.CognitiveComplexity, DiagnosticDescriptors.InvalidOption);

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

        // The compiler runs node actions inside a primary constructor's base arguments once for the type and
        // once for the constructor, whose declaration is the type's; only the first run reports.
        private readonly ConcurrentDictionary<PrimaryConstructorBaseTypeSyntax, bool> _reportedBaseArguments = new();

        public CompilationAnalysis(OptionReader options)
        {
            _options = options;
        }

        public void AnalyzeNode(SyntaxNodeAnalysisContext context)
        {
            switch (context.Node)
            {
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (HoldsLambda(variable.Initializer))
                        {
                            AnalyzeInitializer(context, variable, variable.Identifier);
                        }
                    }

                    break;
                case PropertyDeclarationSyntax { Initializer: { } initializer } property when HoldsLambda(initializer):
                    AnalyzeInitializer(context, property, property.Identifier);
                    break;
                case PrimaryConstructorBaseTypeSyntax baseType:
                    AnalyzePrimaryConstructor(context, baseType);
                    break;
                default:
                    if (FunctionDeclaration.TryCreate(context.Node, out var function))
                    {
                        AnalyzeFunction(context, function);
                    }

                    break;
            }
        }

        private static bool HoldsLambda(EqualsValueClauseSyntax? initializer) =>
            initializer is not null && initializer.DescendantNodes().Any(n => n is AnonymousFunctionExpressionSyntax);

        /// <summary>The identity of a member that is not a <see cref="FunctionDeclaration"/>: an initialized member or a primary constructor.</summary>
        private static FunctionIdentity Identify(ISymbol? symbol, SyntaxToken name) =>
            symbol is null
                ? new FunctionIdentity(name.ValueText, string.Empty)
                : new FunctionIdentity(
                    symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    symbol.GetDocumentationCommentId() ?? symbol.ToDisplayString());

        private static void Report(SyntaxNodeAnalysisContext context, Location location, FunctionIdentity identity, int value, int limit)
        {
            var properties = DiagnosticProperties.ForMetric(value, limit, identity.DocumentationId);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.CognitiveComplexity,
                location,
                properties.ToImmutable(),
                identity.DisplayName,
                value,
                limit));
        }

        private void AnalyzeFunction(SyntaxNodeAnalysisContext context, FunctionDeclaration function)
        {
            var limit = GetLimit(context);
            var recursion = RecursiveCalls.Detector(function.Declaration, context.SemanticModel, context.CancellationToken);
            var value = CognitiveComplexityCalculator.Measure(function, recursion).Value;
            if (value > limit)
            {
                var identity = FunctionSymbols.Describe(function, context.SemanticModel, context.CancellationToken);
                Report(context, function.IdentifierLocation, identity, value, limit);
            }
        }

        private void AnalyzeInitializer(SyntaxNodeAnalysisContext context, SyntaxNode declaration, SyntaxToken identifier)
        {
            var limit = GetLimit(context);
            var value = CognitiveComplexityCalculator.Measure(declaration).Value;
            if (value > limit)
            {
                var symbol = context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken);
                Report(context, identifier.GetLocation(), Identify(symbol, identifier), value, limit);
            }
        }

        /// <summary>The arguments a primary constructor passes to the base type are the code of that constructor.</summary>
        private void AnalyzePrimaryConstructor(SyntaxNodeAnalysisContext context, PrimaryConstructorBaseTypeSyntax baseType)
        {
            if (baseType.Parent?.Parent is not TypeDeclarationSyntax { ParameterList: { } } type)
            {
                return;
            }

            var limit = GetLimit(context);
            var value = CognitiveComplexityCalculator.Measure(baseType.ArgumentList).Value;
            if (value > limit && _reportedBaseArguments.TryAdd(baseType, true))
            {
                var constructor = context.SemanticModel.GetDeclaredSymbol(type, context.CancellationToken)?.InstanceConstructors
                    .FirstOrDefault(c => c.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == type.SyntaxTree && r.Span == type.Span));
                Report(context, type.Identifier.GetLocation(), Identify(constructor, type.Identifier), value, limit);
            }
        }

        private int GetLimit(SyntaxNodeAnalysisContext context)
        {
            var tree = context.Node.SyntaxTree;
            if (_limits.TryGetValue(tree, out var limit))
            {
                return limit;
            }

            limit = _options.Read(AeosOptions.MaxCognitiveComplexity, tree, context.ReportDiagnostic);
            return _limits.GetOrAdd(tree, limit);
        }
    }
}
