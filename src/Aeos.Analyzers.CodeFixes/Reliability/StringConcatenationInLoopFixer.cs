using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Aeos.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.CodeFixes.Reliability;

/// <summary>
/// AEOS4004: turns a local string built with <c>+=</c> in a loop into a <see cref="System.Text.StringBuilder"/>:
/// the declaration becomes <c>var sBuilder = new StringBuilder(initial)</c>, every <c>s += x;</c> up to the
/// end of the loop becomes <c>sBuilder.Append(x);</c>, and <c>s</c> is declared after the loop from
/// <c>sBuilder.ToString()</c>. Offered only when the string does not escape before the loop ends: every
/// use from its declaration to the end of the loop is a <c>+=</c> statement, none in a lambda.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StringConcatenationInLoopFixer))]
[Shared]
public sealed class StringConcatenationInLoopFixer : CodeFixProvider
{
    private const string Title = "Use a StringBuilder";

    private const string AnnotationKind = "Aeos.StringConcatenationInLoop";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.StringConcatenationInLoop);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var declarator = await DeclaratorAsync(context.Document, context.Diagnostics[0], context.CancellationToken).ConfigureAwait(false);
        if (declarator is null || await RewriteAsync(context.Document, declarator, context.CancellationToken).ConfigureAwait(false) is null)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, async c => await RewriteAsync(context.Document, declarator, c).ConfigureAwait(false) ?? context.Document, equivalenceKey: Title),
            context.Diagnostics);
    }

    private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        // In the order of the diagnostics, each string once (several += of one string give one rewrite).
        var declarators = new List<VariableDeclaratorSyntax>();
        var seen = new HashSet<VariableDeclaratorSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            var declarator = await DeclaratorAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false);
            if (declarator is not null && seen.Add(declarator))
            {
                declarators.Add(declarator);
            }
        }

        // One annotation per string, because each rewrite replaces that string's declaration.
        var annotations = declarators.ToDictionary(d => d, _ => new SyntaxAnnotation(AnnotationKind));
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var current = document.WithSyntaxRoot(root!.ReplaceNodes(declarators, (original, d) => d.WithAdditionalAnnotations(annotations[original])));
        foreach (var annotation in annotations.Values)
        {
            var currentRoot = await current.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (currentRoot!.GetAnnotatedNodes(annotation).FirstOrDefault() is VariableDeclaratorSyntax next)
            {
                current = await RewriteAsync(current, next, context.CancellationToken).ConfigureAwait(false) ?? current;
            }
        }

        return current;
    }

    /// <summary>The local declaration of the string the diagnostic's <c>+=</c> assigns to.</summary>
    private static async Task<VariableDeclaratorSyntax?> DeclaratorAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax name }
            || model?.GetSymbolInfo(name, cancellationToken).Symbol is not ILocalSymbol local)
        {
            return null;
        }

        var reference = local.DeclaringSyntaxReferences.FirstOrDefault();
        return reference?.SyntaxTree == root.SyntaxTree ? root.FindNode(reference.Span) as VariableDeclaratorSyntax : null;
    }

    private static async Task<Document?> RewriteAsync(Document document, VariableDeclaratorSyntax declarator, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var plan = model is null ? null : StringBuilderPlan.Create(declarator, model, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return document.WithSyntaxRoot(await Imports.EnsureAsync(document, plan.Apply(root!), "System.Text", cancellationToken).ConfigureAwait(false));
    }
}
