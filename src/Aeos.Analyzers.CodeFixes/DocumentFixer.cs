using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Aeos.Analyzers.CodeFixes;

/// <summary>
/// A fix that rewrites one document for a batch of its diagnostics: the same rewrite serves the light
/// bulb (one diagnostic) and Fix All in document, project and solution (all of a document's diagnostics).
/// </summary>
public abstract class DocumentFixer : CodeFixProvider
{
    /// <summary>The code action's title, also its equivalence key.</summary>
    protected abstract string Title { get; }

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root is null || !CanFix(root, diagnostic))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, c => FixAsync(context.Document, ImmutableArray.Create(diagnostic), c), equivalenceKey: Title),
            diagnostic);
    }

    /// <summary>Whether the fix is offered for <paramref name="diagnostic"/>; every diagnostic by default.</summary>
    protected virtual bool CanFix(SyntaxNode root, Diagnostic diagnostic) => true;

    /// <summary>The document with the diagnostics fixed; diagnostics the fix cannot handle are left as they are.</summary>
    protected abstract Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken);
}
