using System.Collections.Immutable;
using System.Linq;
using Aeos.Analyzers.Reliability;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// AEOS2004: a parameter of a private or internal method, or of a local function, that the body never
/// refers to. Signatures imposed from elsewhere are not reported: overrides, virtual and abstract methods,
/// interface implementations, <c>extern</c> and partial methods, event-handler shapes, entry points, methods
/// with a "used implicitly" attribute, and bodies that only throw. Neither are the <c>this</c> parameter of an
/// extension method, parameters named with a leading underscore, and parameters mentioned in code disabled by <c>#if</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnusedParameterAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnusedParameter);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.MethodDeclaration, SyntaxKind.LocalFunctionStatement);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var (parameters, body) = context.Node switch
        {
            MethodDeclarationSyntax method => (method.ParameterList, (SyntaxNode?)method.Body ?? method.ExpressionBody),
            LocalFunctionStatementSyntax local => (local.ParameterList, (SyntaxNode?)local.Body ?? local.ExpressionBody),
            _ => (null, null),
        };
        if (parameters is null || body is null || parameters.Parameters.Count == 0 || OnlyThrows(body))
        {
            return;
        }

        if (context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken) is not IMethodSymbol symbol || !IsInScope(symbol))
        {
            return;
        }

        var words = DisabledCode.Words(body);
        var names = body.DescendantNodes(descendIntoTrivia: false).OfType<IdentifierNameSyntax>().ToList();
        foreach (var parameter in parameters.Parameters)
        {
            var name = parameter.Identifier.ValueText;
            if (name.StartsWith("_", System.StringComparison.Ordinal) || parameter.Modifiers.Any(SyntaxKind.ThisKeyword)
                || parameter.Modifiers.Any(SyntaxKind.OutKeyword) || words.Contains(name)
                || context.SemanticModel.GetDeclaredSymbol(parameter, context.CancellationToken) is not { } declared
                || names.Any(n => n.Identifier.ValueText == name && IsReferenceTo(n, declared, context)))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnusedParameter,
                parameter.GetLocation(),
                ContainingSymbols.PropertiesFor(symbol),
                name,
                symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
        }
    }

    private static bool IsInScope(IMethodSymbol method)
    {
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            return true;
        }

        return method.MethodKind == MethodKind.Ordinary
            && method.DeclaredAccessibility is Accessibility.Private or Accessibility.Internal or Accessibility.ProtectedAndInternal
            && !method.IsOverride && !method.IsVirtual && !method.IsAbstract && !method.IsExtern
            && method.PartialDefinitionPart is null && method.PartialImplementationPart is null
            && method.ExplicitInterfaceImplementations.IsEmpty && !ImplementsInterface(method)
            && !(method.IsStatic && method.Name == "Main")
            && !ImplicitUses.IsEventHandler(method) && !ImplicitUses.HasMarker(method, ImmutableArray<string>.Empty);
    }

    private static bool ImplementsInterface(IMethodSymbol method) =>
        method.ContainingType.AllInterfaces.SelectMany(i => i.GetMembers(method.Name))
            .Any(member => SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method));

    private static bool IsReferenceTo(IdentifierNameSyntax name, IParameterSymbol parameter, SyntaxNodeAnalysisContext context) =>
        SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol, parameter);

    /// <summary>A body that only throws (not implemented yet, or not supported) keeps its signature.</summary>
    private static bool OnlyThrows(SyntaxNode body) => body switch
    {
        BlockSyntax { Statements.Count: 1 } block => block.Statements[0] is ThrowStatementSyntax,
        ArrowExpressionClauseSyntax { Expression: ThrowExpressionSyntax } => true,
        _ => false,
    };
}
