using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace Aeos.Analyzers.CodeFixes.Unused;

/// <summary>
/// AEOS2003: removes the unused local. An initializer with side effects stays as a statement
/// (<c>Save();</c>, or <c>_ = expression;</c>); a call of a pure method (<c>s.ToUpperInvariant()</c>) goes with
/// the variable; a declaration of several variables whose removed initializer
/// has side effects gets no fix, because keeping it would change the order of evaluation.
/// </summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(RemoveUnusedLocalFixer))]
[Shared]
public sealed class RemoveUnusedLocalFixer : DocumentFixer
{
    protected override string Title => "Remove the unused variable";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnusedLocal);

    protected override bool CanFix(SyntaxNode root, Diagnostic diagnostic) => CanFix(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true));

    private static bool CanFix(SyntaxNode node) => node switch
    {
        LocalDeclarationStatementSyntax => true,
        VariableDeclaratorSyntax declarator => declarator.Initializer is null || !SideEffects.Has(declarator.Initializer.Value),
        _ => false,
    };

    protected override async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        foreach (var node in diagnostics.Select(d => root.FindNode(d.Location.SourceSpan, getInnermostNodeForTie: true)).Where(CanFix))
        {
            var initializer = node switch
            {
                LocalDeclarationStatementSyntax statement => statement.Declaration.Variables[0].Initializer?.Value,
                _ => null,
            };
            var target = node.Parent is GlobalStatementSyntax global ? global : node;
            if (initializer is not null && SideEffects.Has(initializer, model))
            {
                editor.ReplaceNode(node, SideEffects.Keep(initializer).WithTriviaFrom(node));
            }
            else
            {
                editor.RemoveNode(target);
            }
        }

        return document.WithSyntaxRoot(editor.GetChangedRoot());
    }
}
