using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Aeos.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.CodeFixes.Security;

/// <summary>
/// AEOS3004: <c>MD5.HashData(x)</c> → <c>SHA256.HashData(x)</c>, <c>SHA1.Create()</c> → <c>SHA256.Create()</c>
/// (and an explicit <c>MD5</c>/<c>SHA1</c> type of the local it initializes). Offered only when the analyzer
/// found that the hash never leaves the function (the <c>replacement</c> property), so that its new value
/// cannot break stored or exchanged data.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeakHashToSha256Fixer))]
[Shared]
public sealed class WeakHashToSha256Fixer : CodeFixProvider
{
    private const string Title = "Use SHA256";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.WeakCryptography);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(DiagnosticProperties.Replacement, out var replacement) && replacement is not null
                && root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, c => ReplaceAsync(context.Document, access, replacement, c), equivalenceKey: Title),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, MemberAccessExpressionSyntax access, string replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var typeName = access.Expression switch
        {
            MemberAccessExpressionSyntax qualified => (SyntaxNode)qualified.Name,
            _ => access.Expression,
        };
        var nodes = ImmutableArray.Create(typeName);
        var declared = access.FirstAncestorOrSelf<VariableDeclarationSyntax>()?.Type;
        if (declared is not null && !declared.IsVar && declared.ToString() == access.Expression.ToString())
        {
            nodes = nodes.Add(declared is QualifiedNameSyntax qualifiedType ? qualifiedType.Right : declared);
        }

        var updated = root!.ReplaceNodes(nodes, (original, _) => SyntaxFactory.IdentifierName(replacement).WithTriviaFrom(original));
        return document.WithSyntaxRoot(updated);
    }
}
