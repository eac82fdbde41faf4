using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Aeos.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.CodeFixes.Security;

/// <summary>
/// AEOS3004: <c>MD5.HashData(x)</c> → <c>SHA256.HashData(x)</c>, <c>SHA1.Create()</c> → <c>SHA256.Create()</c>
/// (and an explicit <c>MD5</c>/<c>SHA1</c> type of the local it initializes). Offered only when the analyzer
/// found that the hash never leaves the function (the <c>replacement</c> property), so that its new value
/// cannot break stored or exchanged data. Fix All fixes every such diagnostic of a document and leaves the
/// others, whichever diagnostic it was started from (<c>dotnet format</c> starts from the first one).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeakHashToSha256Fixer))]
[Shared]
public sealed class WeakHashToSha256Fixer : DocumentFixer
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.WeakCryptography);

    protected override string Title => "Use SHA256";

    protected override bool CanFix(SyntaxNode root, Diagnostic diagnostic) => Target(root, diagnostic) is not null;

    protected override async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, string>();
        foreach (var diagnostic in diagnostics)
        {
            if (Target(root, diagnostic) is { } target)
            {
                foreach (var node in Renamed(target.Access))
                {
                    replacements[node] = target.Replacement;
                }
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => SyntaxFactory.IdentifierName(replacements[original]).WithTriviaFrom(original)));
    }

    private static (MemberAccessExpressionSyntax Access, string Replacement)? Target(SyntaxNode root, Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.Replacement, out var replacement) && replacement is not null
            && root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
            && access.Span.Length > 0
            ? (access, replacement)
            : null;

    /// <summary>The type name of the call (<c>MD5</c> of <c>MD5.HashData</c>) and the declared type of the local it initializes, if the same.</summary>
    private static IEnumerable<SyntaxNode> Renamed(MemberAccessExpressionSyntax access)
    {
        yield return access.Expression is MemberAccessExpressionSyntax qualified ? qualified.Name : access.Expression;
        var declared = access.FirstAncestorOrSelf<VariableDeclarationSyntax>()?.Type;
        if (declared is not null && !declared.IsVar && declared.ToString() == access.Expression.ToString())
        {
            yield return declared is QualifiedNameSyntax qualifiedType ? qualifiedType.Right : declared;
        }
    }
}
