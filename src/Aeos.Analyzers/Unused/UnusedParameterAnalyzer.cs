using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// AEOS2004: a parameter of a private or internal method, or of a local function, that the body never
/// refers to. Signatures imposed from elsewhere are not reported: overrides, virtual and abstract methods,
/// interface implementations, <c>extern</c> and partial methods, event-handler shapes, entry points, methods
/// with a "used implicitly" attribute, bodies that only throw, methods taken as a method group anywhere in the
/// compilation (a delegate fixes the signature), members of a uniform family of signatures and methods whose
/// IDE0060 is suppressed (<see cref="ImposedSignatures"/>). Neither are the <c>this</c> parameter of an
/// extension method, parameters named with a leading underscore, and parameters mentioned in code disabled by <c>#if</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed partial class UnusedParameterAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnusedParameter);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code is analysed for the method groups it takes (a designer file wires the handlers); nothing is reported inside it.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
        context.RegisterCompilationStartAction(start =>
        {
            var analysis = new CompilationAnalysis();
            start.RegisterSyntaxNodeAction(analysis.AnalyzeFunction, SyntaxKind.MethodDeclaration, SyntaxKind.LocalFunctionStatement);
            start.RegisterOperationAction(analysis.AnalyzeMethodReference, OperationKind.MethodReference);
            start.RegisterCompilationEndAction(analysis.Report);
        });
    }

    /// <summary>
    /// The function declared at the node, when it is in scope, and its parameters the body never refers to. A
    /// parameter the body plainly names (<see cref="PlainUses"/>) is used without asking the semantic model; only the
    /// others are bound, and the disabled code around the function is read only when one of them is still unused.
    /// </summary>
    private static (IMethodSymbol? Function, List<ParameterSyntax> Unused) FindUnused(SyntaxNodeAnalysisContext context)
    {
        var unused = new List<ParameterSyntax>();
        var (parameters, body) = SignatureOf(context.Node);
        if (parameters is null || body is null || parameters.Parameters.Count == 0 || OnlyThrows(body))
        {
            return (null, unused);
        }

        var names = body.DescendantNodes(descendIntoTrivia: false).OfType<IdentifierNameSyntax>().ToLookup(n => n.Identifier.ValueText);
        var open = parameters.Parameters.Where(p => !PlainUses.AnyPlain(p, names[p.Identifier.ValueText])).ToList();
        if (open.Count == 0
            || context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken) is not IMethodSymbol symbol || !IsInScope(symbol))
        {
            return (null, unused);
        }

        unused.AddRange(open.Where(p => !IsExemptByName(p) && !IsReferenced(p, names[p.Identifier.ValueText], context)));
        if (unused.Count > 0)
        {
            var words = DisabledCode.Words(body);
            DisabledCode.AddTwinWords(context.Node, symbol.Name, words);
            unused.RemoveAll(p => words.Contains(p.Identifier.ValueText));
        }

        return (symbol, unused);
    }

    private static (ParameterListSyntax? Parameters, SyntaxNode? Body) SignatureOf(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax method => (method.ParameterList, (SyntaxNode?)method.Body ?? method.ExpressionBody),
        LocalFunctionStatementSyntax local => (local.ParameterList, (SyntaxNode?)local.Body ?? local.ExpressionBody),
        _ => (null, null),
    };

    /// <summary>Parameters meant to be ignored or written only: <c>_</c>-named, <c>this</c>, <c>out</c>.</summary>
    private static bool IsExemptByName(ParameterSyntax parameter) =>
        parameter.Identifier.ValueText.StartsWith("_", System.StringComparison.Ordinal) || parameter.Modifiers.Any(SyntaxKind.ThisKeyword)
        || parameter.Modifiers.Any(SyntaxKind.OutKeyword);

    private static bool IsReferenced(ParameterSyntax parameter, IEnumerable<IdentifierNameSyntax> sameName, SyntaxNodeAnalysisContext context) =>
        context.SemanticModel.GetDeclaredSymbol(parameter, context.CancellationToken) is not { } declared
        || sameName.Any(n => IsReferenceTo(n, declared, context));

    private static bool IsInScope(IMethodSymbol method)
    {
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            return true;
        }

        return method.MethodKind == MethodKind.Ordinary
            && method.DeclaredAccessibility is Accessibility.Private or Accessibility.Internal or Accessibility.ProtectedAndInternal
            && HasOwnSignature(method)
            && !(method.IsStatic && method.Name == "Main")
            && !ImplicitUses.IsEventHandler(method) && !ImplicitUses.HasMarker(method, ImmutableArray<string>.Empty);
    }

    /// <summary>A signature no base, interface or other part of a partial method imposes: one whose parameters the method may drop.</summary>
    private static bool HasOwnSignature(IMethodSymbol method) =>
        !method.IsOverride && !method.IsVirtual && !method.IsAbstract && !method.IsExtern
        && method.PartialDefinitionPart is null && method.PartialImplementationPart is null
        && method.ExplicitInterfaceImplementations.IsEmpty && !ImplementsInterface(method);

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
