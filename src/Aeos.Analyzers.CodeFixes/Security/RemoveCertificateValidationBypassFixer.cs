using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Aeos.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.CodeFixes.Security;

/// <summary>
/// AEOS3010: removes the assignment that installs the accept-everything callback, so the platform's
/// certificate validation applies again. Offered when the assignment is a statement of its own or an
/// element of an object initializer; a callback passed as an argument needs a person's decision.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveCertificateValidationBypassFixer))]
[Shared]
public sealed class RemoveCertificateValidationBypassFixer : CodeFixProvider
{
    private const string Title = "Remove the certificate validation bypass";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.CertificateValidationDisabled);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var callback = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (callback?.Parent is AssignmentExpressionSyntax assignment && assignment.Right == callback
                && assignment.Parent is ExpressionStatementSyntax or InitializerExpressionSyntax)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, c => RemoveAsync(context.Document, assignment, c), equivalenceKey: Title),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> RemoveAsync(Document document, AssignmentExpressionSyntax assignment, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var updated = assignment.Parent is InitializerExpressionSyntax initializer
            ? root!.ReplaceNode(initializer, initializer.WithExpressions(initializer.Expressions.Remove(assignment)))
            : root!.RemoveNode(assignment.Parent!, SyntaxRemoveOptions.KeepNoTrivia);
        return document.WithSyntaxRoot(updated!);
    }
}
