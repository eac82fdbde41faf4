using System.Collections.Immutable;
using System.Linq;
using Aeos.Analyzers.Reliability;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// AEOS2003: a local variable declared by a declaration statement and never referenced. <c>using</c>
/// declarations (disposal is their use), pattern and <c>out</c> variables, deconstruction, <c>foreach</c>,
/// <c>catch</c> and <c>for</c> variables, locals named <c>_</c> and locals mentioned in code disabled by
/// <c>#if</c> are not reported. The diagnostic covers the unnecessary code: the statement, or the
/// declarator when the statement declares several variables.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnusedLocalAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnusedLocal);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.LocalDeclarationStatement);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var statement = (LocalDeclarationStatementSyntax)context.Node;
        if (!statement.UsingKeyword.IsKind(SyntaxKind.None) || ScopeOf(statement) is not { } scope)
        {
            return;
        }

        var variables = statement.Declaration.Variables;
        foreach (var declarator in variables)
        {
            var name = declarator.Identifier.ValueText;
            if (name == "_" || IsReferenced(declarator, scope, context) || DisabledCode.Words(scope).Contains(name))
            {
                continue;
            }

            var local = context.SemanticModel.GetDeclaredSymbol(declarator, context.CancellationToken);
            if (local is null)
            {
                continue;
            }

            SyntaxNode unnecessary = variables.Count == 1 ? statement : declarator;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnusedLocal,
                unnecessary.GetLocation(),
                ContainingSymbols.PropertiesFor(local.ContainingSymbol),
                name));
        }
    }

    /// <summary>Where the local can be referenced: its block, the whole <c>switch</c> for a switch section, or the top-level statements.</summary>
    private static SyntaxNode? ScopeOf(LocalDeclarationStatementSyntax statement) => statement.Parent switch
    {
        BlockSyntax => statement.Parent,
        SwitchSectionSyntax section => section.Parent,
        GlobalStatementSyntax global => global.Parent,
        _ => null,
    };

    /// <summary>Cheap first: only identifiers spelled like the local are bound to see whether they are it.</summary>
    private static bool IsReferenced(VariableDeclaratorSyntax declarator, SyntaxNode scope, SyntaxNodeAnalysisContext context)
    {
        var name = declarator.Identifier.ValueText;
        var candidates = scope.DescendantNodes()
            .OfType<IdentifierNameSyntax>()
            .Where(identifier => identifier.Identifier.ValueText == name)
            .ToList();
        if (candidates.Count == 0)
        {
            return false;
        }

        var local = context.SemanticModel.GetDeclaredSymbol(declarator, context.CancellationToken);
        return candidates.Any(identifier =>
        {
            var info = context.SemanticModel.GetSymbolInfo(identifier, context.CancellationToken);
            return SymbolEqualityComparer.Default.Equals(info.Symbol, local)
                || info.CandidateSymbols.Contains(local, SymbolEqualityComparer.Default);
        });
    }
}
