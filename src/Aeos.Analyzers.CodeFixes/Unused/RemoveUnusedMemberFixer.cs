using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace Aeos.Analyzers.CodeFixes.Unused;

/// <summary>
/// AEOS2002: removes the unused member with its documentation comment; of a field declaration with several
/// variables only the unused one. A partial type is declared in several places: it gets no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveUnusedMemberFixer))]
[Shared]
public sealed class RemoveUnusedMemberFixer : DocumentFixer
{
    protected override string Title => "Remove the unused member";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnusedPrivateMember);

    protected override bool CanFix(SyntaxNode root, Diagnostic diagnostic) => Removable(root, diagnostic) is not null;

    /// <summary>The declaration to remove for the diagnostic on a member's name.</summary>
    private static SyntaxNode? Removable(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
        return node switch
        {
            VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: BaseFieldDeclarationSyntax field } } => field,
            VariableDeclaratorSyntax declarator => declarator,
            BaseTypeDeclarationSyntax type when type.Modifiers.Any(SyntaxKind.PartialKeyword) => null,
            MemberDeclarationSyntax member => member,
            _ => null,
        };
    }

    protected override async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        foreach (var node in diagnostics.Select(d => Removable(root, d)).OfType<SyntaxNode>().Distinct())
        {
            editor.RemoveNode(node);
        }

        return document.WithSyntaxRoot(editor.GetChangedRoot());
    }
}
