using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.CodeFixes.Unused;

/// <summary>
/// AEOS2001: removes unnecessary using directives. Comments and preprocessor lines before a removed
/// directive (a file header) stay; when the last directive of the file goes, the blank line after it goes too.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveUnnecessaryUsingFixer))]
[Shared]
public sealed class RemoveUnnecessaryUsingFixer : DocumentFixer
{
    protected override string Title => "Remove the unnecessary using directive";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnnecessaryUsing);

    protected override async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var directives = diagnostics
            .Select(d => root.FindNode(d.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<UsingDirectiveSyntax>())
            .OfType<UsingDirectiveSyntax>()
            .Distinct()
            .ToList();
        var containers = directives.Select(d => d.Parent!).Where(c => c is CompilationUnitSyntax or NamespaceDeclarationSyntax).Distinct().ToList();
        var updated = root.TrackNodes(directives.Concat(containers));
        foreach (var directive in directives)
        {
            updated = updated.RemoveNode(updated.GetCurrentNode(directive)!, RemoveOptions(directive))!;
        }

        foreach (var container in containers)
        {
            updated = WithoutBlankFirstLine(updated, updated.GetCurrentNode(container));
        }

        return document.WithSyntaxRoot(updated);
    }

    /// <summary>Comments and directives before the using (a file header) stay; its indentation and line go.</summary>
    private static SyntaxRemoveOptions RemoveOptions(UsingDirectiveSyntax directive)
    {
        var keepsTrivia = directive.GetLeadingTrivia().Any(t => !t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia));
        return keepsTrivia ? SyntaxRemoveOptions.KeepLeadingTrivia | SyntaxRemoveOptions.KeepUnbalancedDirectives : SyntaxRemoveOptions.KeepUnbalancedDirectives;
    }

    /// <summary>Once a file or namespace has no usings left, the blank line that separated them from the code goes too.</summary>
    private static SyntaxNode WithoutBlankFirstLine(SyntaxNode root, SyntaxNode? container)
    {
        var first = container switch
        {
            CompilationUnitSyntax { Usings.Count: 0 } unit => unit.GetFirstToken(includeZeroWidth: true),
            NamespaceDeclarationSyntax { Usings.Count: 0 } block => block.OpenBraceToken.GetNextToken(includeZeroWidth: true),
            _ => default,
        };
        return first.LeadingTrivia.Count > 0 && first.LeadingTrivia[0].IsKind(SyntaxKind.EndOfLineTrivia)
            ? root.ReplaceToken(first, first.WithLeadingTrivia(first.LeadingTrivia.RemoveAt(0)))
            : root;
    }
}
