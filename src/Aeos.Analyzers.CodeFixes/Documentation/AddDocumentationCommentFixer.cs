using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Aeos.Analyzers.Documentation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.CodeFixes.Documentation;

/// <summary>
/// AEOS1006: inserts the XML documentation skeleton of the member's signature (see
/// <see cref="DocumentationSkeleton"/>). Offered only where there is no documentation comment at all;
/// an existing comment without summary text is the author's to complete.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDocumentationCommentFixer))]
[Shared]
public sealed class AddDocumentationCommentFixer : CodeFixProvider
{
    private const string Title = "Add XML documentation comment";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UndocumentedMember);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Reason, out var reason) || reason != UndocumentedMemberAnalyzer.ReasonMissing)
            {
                continue;
            }

            var declaration = DocumentationSkeleton.FindDeclaration(root, diagnostic.Location.SourceSpan.Start);
            if (declaration is null || DocumentationComments.HasComment(declaration))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, token => AddCommentAsync(context.Document, declaration, token), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static async Task<Document> AddCommentAsync(Document document, MemberDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToFullString();
        var documented = DocumentationSkeleton.Insert(declaration, endOfLine.Length > 0 ? endOfLine : "\n");
        return document.WithSyntaxRoot(root.ReplaceNode(declaration, documented));
    }
}
