using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Metrics;

/// <summary>
/// A "function" in the sense of RULES.md, found in syntax: method, constructor, destructor, operator,
/// conversion, accessor, expression-bodied property or indexer, local function, and the top-level
/// statements of a file. Declarations without a body (abstract, extern, partial definitions,
/// auto-accessors) are not functions here.
/// </summary>
internal readonly struct FunctionDeclaration
{
    private FunctionDeclaration(SyntaxNode declaration, SyntaxNode body, Location identifierLocation)
    {
        Declaration = declaration;
        Body = body;
        IdentifierLocation = identifierLocation;
    }

    /// <summary>The syntax kinds whose nodes can be functions; used for narrow analyzer registrations.</summary>
    public static ImmutableArray<SyntaxKind> Kinds { get; } = ImmutableArray.Create(
        SyntaxKind.MethodDeclaration,
        SyntaxKind.ConstructorDeclaration,
        SyntaxKind.DestructorDeclaration,
        SyntaxKind.OperatorDeclaration,
        SyntaxKind.ConversionOperatorDeclaration,
        SyntaxKind.GetAccessorDeclaration,
        SyntaxKind.SetAccessorDeclaration,
        SyntaxKind.InitAccessorDeclaration,
        SyntaxKind.AddAccessorDeclaration,
        SyntaxKind.RemoveAccessorDeclaration,
        SyntaxKind.PropertyDeclaration,
        SyntaxKind.IndexerDeclaration,
        SyntaxKind.LocalFunctionStatement,
        SyntaxKind.CompilationUnit);

    /// <summary>The declaration: a member, accessor, local function or the compilation unit.</summary>
    public SyntaxNode Declaration { get; }

    /// <summary>A <see cref="BlockSyntax"/>, an <see cref="ArrowExpressionClauseSyntax"/>, or the compilation unit for top-level statements.</summary>
    public SyntaxNode Body { get; }

    /// <summary>Where a diagnostic about the function goes: its name, or the keyword that names it.</summary>
    public Location IdentifierLocation { get; }

    /// <summary>True for the top-level statements of a file.</summary>
    public bool IsTopLevelStatements => Declaration is CompilationUnitSyntax;

    public static bool TryCreate(SyntaxNode node, out FunctionDeclaration function)
    {
        var (body, name) = node switch
        {
            BaseMethodDeclarationSyntax m => (BodyOf(m.Body, m.ExpressionBody), NameOf(m)),
            AccessorDeclarationSyntax a => (BodyOf(a.Body, a.ExpressionBody), a.Keyword.GetLocation()),
            PropertyDeclarationSyntax p => ((SyntaxNode?)p.ExpressionBody, p.Identifier.GetLocation()),
            IndexerDeclarationSyntax i => ((SyntaxNode?)i.ExpressionBody, i.ThisKeyword.GetLocation()),
            LocalFunctionStatementSyntax l => (BodyOf(l.Body, l.ExpressionBody), l.Identifier.GetLocation()),
            CompilationUnitSyntax u => TopLevel(u),
            _ => (null, Location.None),
        };

        function = body is null ? default : new FunctionDeclaration(node, body, name);
        return body is not null;
    }

    /// <summary>The name of a method, constructor, finalizer or operator, or the keyword or type that names it.</summary>
    private static Location NameOf(BaseMethodDeclarationSyntax method) => method switch
    {
        MethodDeclarationSyntax m => m.Identifier.GetLocation(),
        ConstructorDeclarationSyntax c => c.Identifier.GetLocation(),
        DestructorDeclarationSyntax d => d.Identifier.GetLocation(),
        OperatorDeclarationSyntax o => o.OperatorToken.GetLocation(),
        ConversionOperatorDeclarationSyntax c => c.Type.GetLocation(),
        _ => method.ParameterList.GetLocation(),
    };

    private static SyntaxNode? BodyOf(BlockSyntax? block, ArrowExpressionClauseSyntax? arrow) => (SyntaxNode?)block ?? arrow;

    private static (SyntaxNode? Body, Location Name) TopLevel(CompilationUnitSyntax unit)
    {
        var first = unit.Members.OfType<GlobalStatementSyntax>().FirstOrDefault();
        return first is null ? (null, Location.None) : (unit, first.GetFirstToken().GetLocation());
    }
}
