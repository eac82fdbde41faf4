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
using Microsoft.CodeAnalysis.FindSymbols;

namespace Aeos.Analyzers.CodeFixes.Reliability;

/// <summary>
/// AEOS4006: changes <c>async void</c> to <c>async Task</c>. Offered only when no code depends on the
/// signature: the method is not visible outside its assembly and every reference to it is a call
/// (a method group converted to a delegate would no longer compile).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AsyncVoidFixer))]
[Shared]
public sealed class AsyncVoidFixer : CodeFixProvider
{
    private const string Title = "Return Task";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.AsyncVoid);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var node = root.FindToken(context.Span.Start).Parent;
        var returnType = node switch
        {
            MethodDeclarationSyntax method => method.ReturnType,
            LocalFunctionStatementSyntax local => local.ReturnType,
            _ => null,
        };
        if (returnType is null || model.GetDeclaredSymbol(node!, context.CancellationToken) is not IMethodSymbol symbol
            || IsVisibleOutsideAssembly(symbol)
            || !await OnlyCalledAsync(symbol, context.Document.Project.Solution, context.CancellationToken).ConfigureAwait(false))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, c => ReturnTaskAsync(context.Document, returnType, c), equivalenceKey: Title),
            context.Diagnostics);
    }

    private static bool IsVisibleOutsideAssembly(IMethodSymbol method)
    {
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            return false;
        }

        for (ISymbol? current = method; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is Accessibility.Private or Accessibility.Internal or Accessibility.ProtectedAndInternal)
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<bool> OnlyCalledAsync(IMethodSymbol method, Solution solution, CancellationToken cancellationToken)
    {
        var references = await SymbolFinder.FindReferencesAsync(method, solution, cancellationToken).ConfigureAwait(false);
        foreach (var location in references.SelectMany(r => r.Locations))
        {
            var root = await location.Location.SourceTree!.GetRootAsync(cancellationToken).ConfigureAwait(false);
            var name = root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
            var callee = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            if (callee.Parent is not InvocationExpressionSyntax invocation || invocation.Expression != callee)
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<Document> ReturnTaskAsync(Document document, TypeSyntax returnType, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var task = SyntaxFactory.IdentifierName("Task").WithTriviaFrom(returnType);
        var updated = await Imports.EnsureAsync(document, root!.ReplaceNode(returnType, task), "System.Threading.Tasks", cancellationToken).ConfigureAwait(false);
        return document.WithSyntaxRoot(updated);
    }
}
