using System.Linq;
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
/// The security fixes that replace a reported value: an enum member written as <c>E.Member</c> or
/// <c>Member</c> becomes another member of the same enum, or any value becomes <c>null</c>.
/// A value written another way (a cast, a variable) gets no fix.
/// </summary>
internal static class EnumMemberReplacement
{
    public static async Task RegisterAsync(CodeFixContext context, string kind, string member, string title)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics.Where(d => d.Properties.TryGetValue(DiagnosticProperties.Kind, out var k) && k == kind))
        {
            var node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is MemberAccessExpressionSyntax or IdentifierNameSyntax && node.Span == diagnostic.Location.SourceSpan && !node.IsMissing)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(title, c => ReplaceAsync(context.Document, node, member, c), equivalenceKey: title),
                    diagnostic);
            }
        }
    }

    public static async Task RegisterNullAsync(CodeFixContext context, string kind, string title)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics.Where(d => d.Properties.TryGetValue(DiagnosticProperties.Kind, out var k) && k == kind))
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax value
                && value.Span == diagnostic.Location.SourceSpan
                && !value.IsMissing)
            {
                var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression).WithTriviaFrom(value);
                context.RegisterCodeFix(
                    CodeAction.Create(title, c => ReplaceAsync(context.Document, value, replacement, c), equivalenceKey: title),
                    diagnostic);
            }
        }
    }

    private static Task<Document> ReplaceAsync(Document document, SyntaxNode node, string member, CancellationToken cancellationToken)
    {
        var name = SyntaxFactory.IdentifierName(member);
        SyntaxNode replacement = node is MemberAccessExpressionSyntax access
            ? access.WithName(name.WithTriviaFrom(access.Name))
            : name.WithTriviaFrom(node);
        return ReplaceAsync(document, node, replacement, cancellationToken);
    }

    private static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return document.WithSyntaxRoot(root!.ReplaceNode(node, replacement));
    }
}
