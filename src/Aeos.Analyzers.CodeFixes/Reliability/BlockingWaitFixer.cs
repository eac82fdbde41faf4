using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Aeos.Analyzers;
using Aeos.Analyzers.Reliability;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.CodeFixes.Reliability;

/// <summary>
/// AEOS4001: replaces the blocking form by its awaited equivalent: <c>t.Result</c>, <c>t.Wait()</c> and
/// <c>t.GetAwaiter().GetResult()</c> by <c>await t</c>; <c>Thread.Sleep(x)</c> by <c>await Task.Delay(x)</c>; a
/// synchronous call by <c>await</c> of its async overload with the same arguments, plus the cancellation
/// token in scope when the overload takes one. Not offered where <c>await</c> cannot appear (<c>lock</c>,
/// query clauses) or on a <c>?.</c> call.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BlockingWaitFixer))]
[Shared]
public sealed class BlockingWaitFixer : CodeFixProvider
{
    private const string Title = "Await instead of blocking";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.BlockingWaitInAsyncCode);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is not ExpressionSyntax expression || !CanAwaitAt(expression)
                || !Enum.TryParse<BlockingKind>(diagnostic.Properties.GetValueOrDefault(BlockingWaitInAsyncCodeAnalyzer.KindProperty), out var kind)
                || Awaitable(expression, kind, diagnostic.Properties) is not { } awaited)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, c => ReplaceAsync(context.Document, expression, awaited, kind == BlockingKind.Sleep, c), equivalenceKey: Title),
                diagnostic);
        }
    }

    /// <summary>The expression to await in place of <paramref name="blocking"/>, or null when there is no safe rewrite.</summary>
    private static ExpressionSyntax? Awaitable(ExpressionSyntax blocking, BlockingKind kind, ImmutableDictionary<string, string?> properties)
    {
        var token = properties.GetValueOrDefault(BlockingWaitInAsyncCodeAnalyzer.TokenProperty);
        return (kind, blocking) switch
        {
            (BlockingKind.Result, MemberAccessExpressionSyntax access) => access.Expression,
            (BlockingKind.Wait, InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }) => access.Expression,
            (BlockingKind.GetResult, InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax getAwaiter } } }) => getAwaiter.Expression,
            (BlockingKind.Sleep, InvocationExpressionSyntax sleep) => WithToken(
                SyntaxFactory.InvocationExpression(SyntaxFactory.ParseExpression("Task.Delay"), sleep.ArgumentList), token),
            (BlockingKind.Overload, InvocationExpressionSyntax call) => AsyncCall(call, properties.GetValueOrDefault(BlockingWaitInAsyncCodeAnalyzer.AsyncMethodProperty), token),
            _ => null,
        };
    }

    private static InvocationExpressionSyntax? AsyncCall(InvocationExpressionSyntax call, string? asyncName, string? token)
    {
        if (asyncName is null)
        {
            return null;
        }

        ExpressionSyntax? callee = call.Expression switch
        {
            MemberAccessExpressionSyntax access => access.WithName(Renamed(access.Name, asyncName)),
            SimpleNameSyntax name => Renamed(name, asyncName),
            _ => null,
        };
        return callee is null ? null : WithToken(call.WithExpression(callee), token);
    }

    private static SimpleNameSyntax Renamed(SimpleNameSyntax name, string newName) =>
        name is GenericNameSyntax generic
            ? generic.WithIdentifier(SyntaxFactory.Identifier(newName).WithTriviaFrom(generic.Identifier))
            : SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(newName).WithTriviaFrom(name.GetFirstToken()));

    private static InvocationExpressionSyntax WithToken(InvocationExpressionSyntax call, string? token) =>
        token is null ? call : call.AddArgumentListArguments(SyntaxFactory.Argument(SyntaxFactory.ParseExpression(token)));

    private static bool CanAwaitAt(SyntaxNode node) =>
        !node.Ancestors().TakeWhile(a => a is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax))
            .Any(a => a is LockStatementSyntax or QueryClauseSyntax or SelectOrGroupClauseSyntax or ConditionalAccessExpressionSyntax);

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax blocking, ExpressionSyntax awaited, bool needsTasks, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        ExpressionSyntax replacement = SyntaxFactory.AwaitExpression(
            SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space),
            awaited.WithoutTrivia());
        if (blocking.Parent is MemberAccessExpressionSyntax or ElementAccessExpressionSyntax or InvocationExpressionSyntax or PostfixUnaryExpressionSyntax)
        {
            replacement = SyntaxFactory.ParenthesizedExpression(replacement);
        }

        var updated = root!.ReplaceNode(blocking, replacement.WithTriviaFrom(blocking));
        return document.WithSyntaxRoot(needsTasks ? await Imports.EnsureAsync(document, updated, "System.Threading.Tasks", cancellationToken).ConfigureAwait(false) : updated);
    }
}
