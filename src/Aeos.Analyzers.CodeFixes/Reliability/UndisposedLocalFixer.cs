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
/// AEOS4012: declares the local with <c>using</c> (<c>var x = new T();</c> becomes <c>using var x = new T();</c>),
/// or <c>await using</c> for a type that is only <c>IAsyncDisposable</c>, in an async function. Offered for C# 8
/// and later, when the statement declares that one local, directly in a block or in top-level statements
/// (not a <c>switch</c> section), in a block without labels (a <c>goto</c> may not jump back over a using
/// declaration), and when the local's declared type is itself disposable.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UndisposedLocalFixer))]
[Shared]
public sealed class UndisposedLocalFixer : CodeFixProvider
{
    private const string Title = "Declare the local with 'using'";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UndisposedLocal);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || DisposableTypes.From(model.Compilation) is not { } types)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is VariableDeclaratorSyntax declarator
                && FixableStatement(declarator) is { } statement
                && Keywords(model, declarator, types, context.CancellationToken) is { } isAwait)
            {
                var fixedStatement = WithUsing(statement, isAwait);
                context.RegisterCodeFix(
                    CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(statement, fixedStatement))), equivalenceKey: Title),
                    diagnostic);
            }
        }
    }

    /// <summary>The statement that declares only <paramref name="declarator"/> where a using declaration may stand, or null.</summary>
    private static LocalDeclarationStatementSyntax? FixableStatement(VariableDeclaratorSyntax declarator)
    {
        if (declarator.Parent is not VariableDeclarationSyntax { Variables.Count: 1 } declaration
            || declaration.Parent is not LocalDeclarationStatementSyntax statement
            || statement.UsingKeyword.IsKind(SyntaxKind.UsingKeyword)
            || statement.Modifiers.Count > 0
            || ((CSharpParseOptions)statement.SyntaxTree.Options).LanguageVersion < LanguageVersion.CSharp8)
        {
            return null;
        }

        return statement.Parent switch
        {
            BlockSyntax block when !block.Statements.Any(s => s is LabeledStatementSyntax) => statement,
            GlobalStatementSyntax => statement,
            _ => null,
        };
    }

    /// <summary>False for <c>using</c>, true for <c>await using</c>, null when neither fits the local's declared type.</summary>
    private static bool? Keywords(SemanticModel model, VariableDeclaratorSyntax declarator, DisposableTypes types, CancellationToken cancellationToken)
    {
        if (model.GetDeclaredSymbol(declarator, cancellationToken) is not ILocalSymbol local)
        {
            return null;
        }

        if (types.IsSyncDisposable(local.Type))
        {
            return false;
        }

        var inAsync = model.GetEnclosingSymbol(declarator.SpanStart, cancellationToken) is IMethodSymbol { IsAsync: true };
        return types.IsDisposable(local.Type) && inAsync ? true : null;
    }

    private static LocalDeclarationStatementSyntax WithUsing(LocalDeclarationStatementSyntax statement, bool isAwait)
    {
        var leading = statement.GetLeadingTrivia();
        var result = statement.WithoutLeadingTrivia().WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space));
        if (isAwait)
        {
            result = result.WithAwaitKeyword(SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space));
        }

        return result.WithLeadingTrivia(leading);
    }
}
