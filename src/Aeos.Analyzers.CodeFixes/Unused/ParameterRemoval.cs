using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;

namespace Aeos.Analyzers.CodeFixes.Unused;

/// <summary>
/// Removes parameters from a method and the matching arguments from every call in the solution (positional
/// or named), with their <c>&lt;param&gt;</c> documentation. A method is left unchanged when any reference to it
/// is not a direct call (a method group, <c>nameof</c>, a <c>cref</c>), when an argument to remove has side
/// effects, or when a parameter is a <c>params</c> array.
/// </summary>
internal static class ParameterRemoval
{
    public static async Task<Solution> RemoveAsync(Solution solution, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var plan = new Dictionary<DocumentId, List<SyntaxNode>>();
        var documentation = new Dictionary<DocumentId, List<(SyntaxNode Declaration, string Name)>>();
        foreach (var group in (await ParametersAsync(solution, diagnostics, cancellationToken).ConfigureAwait(false)).GroupBy(p => p.ContainingSymbol, SymbolEqualityComparer.Default))
        {
            var method = (IMethodSymbol)group.Key!;
            var removals = await PlanAsync(solution, method, group.ToList(), cancellationToken).ConfigureAwait(false);
            if (removals is null)
            {
                continue;
            }

            foreach (var (document, node) in removals)
            {
                Add(plan, document, node);
            }

            var declaration = method.DeclaringSyntaxReferences[0];
            var declarationDocument = solution.GetDocumentId(declaration.SyntaxTree)!;
            foreach (var parameter in group)
            {
                Add(documentation, declarationDocument, (await declaration.GetSyntaxAsync(cancellationToken).ConfigureAwait(false), parameter.Name));
            }
        }

        foreach (var documentId in plan.Keys)
        {
            var document = solution.GetDocument(documentId)!;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var editor = new SyntaxEditor(root!, solution.Services);
            foreach (var node in plan[documentId].Distinct())
            {
                editor.RemoveNode(node);
            }

            if (documentation.TryGetValue(documentId, out var documented))
            {
                foreach (var declaration in documented.GroupBy(d => d.Declaration))
                {
                    var names = declaration.Select(d => d.Name).ToList();
                    editor.ReplaceNode(declaration.Key, (current, _) => current.WithLeadingTrivia(WithoutParamTags(current.GetLeadingTrivia(), names)));
                }
            }

            solution = solution.WithDocumentSyntaxRoot(documentId, editor.GetChangedRoot());
        }

        return solution;
    }

    /// <summary>Whether the fix can remove the parameter of <paramref name="diagnostic"/> safely.</summary>
    public static async Task<bool> CanRemoveAsync(Solution solution, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var parameters = await ParametersAsync(solution, new[] { diagnostic }, cancellationToken).ConfigureAwait(false);
        return parameters.Count == 1
            && await PlanAsync(solution, (IMethodSymbol)parameters[0].ContainingSymbol, parameters, cancellationToken).ConfigureAwait(false) is not null;
    }

    private static async Task<List<IParameterSymbol>> ParametersAsync(Solution solution, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var parameters = new List<IParameterSymbol>();
        foreach (var diagnostic in diagnostics)
        {
            var document = solution.GetDocument(diagnostic.Location.SourceTree);
            var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = document is null ? null : await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ParameterSyntax syntax
                && model?.GetDeclaredSymbol(syntax, cancellationToken) is { ContainingSymbol: IMethodSymbol } parameter
                && !parameter.IsParams)
            {
                parameters.Add(parameter);
            }
        }

        return parameters;
    }

    /// <summary>The parameters and arguments to remove, by document; null when the method must keep its signature.</summary>
    private static async Task<List<(DocumentId Document, SyntaxNode Node)>?> PlanAsync(
        Solution solution, IMethodSymbol method, List<IParameterSymbol> parameters, CancellationToken cancellationToken)
    {
        var removals = new List<(DocumentId, SyntaxNode)>();
        foreach (var parameter in parameters)
        {
            var reference = parameter.DeclaringSyntaxReferences[0];
            removals.Add((solution.GetDocumentId(reference.SyntaxTree)!, await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false)));
        }

        var references = await SymbolFinder.FindReferencesAsync(method, solution, cancellationToken).ConfigureAwait(false);
        foreach (var location in references.SelectMany(r => r.Locations))
        {
            var arguments = await ArgumentsAtAsync(location, parameters, cancellationToken).ConfigureAwait(false);
            if (arguments is null)
            {
                return null;
            }

            removals.AddRange(arguments.Select(a => (location.Document.Id, (SyntaxNode)a)));
        }

        return removals;
    }

    /// <summary>
    /// The arguments a call site passes for the parameters; null when the reference is not a call (a method
    /// group, say) or an argument has side effects, so that the method must keep its signature.
    /// </summary>
    private static async Task<List<ArgumentSyntax>?> ArgumentsAtAsync(
        ReferenceLocation location, List<IParameterSymbol> parameters, CancellationToken cancellationToken)
    {
        var root = await location.Location.SourceTree!.GetRootAsync(cancellationToken).ConfigureAwait(false);
        var name = root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
        var callee = name.Parent is MemberAccessExpressionSyntax or MemberBindingExpressionSyntax ? name.Parent : name;
        if (callee.Parent is not InvocationExpressionSyntax invocation || invocation.Expression != callee)
        {
            return null;
        }

        var model = await location.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var reduced = model!.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { ReducedFrom: not null };
        var arguments = parameters.Select(p => ArgumentFor(invocation.ArgumentList, p, reduced)).OfType<ArgumentSyntax>().ToList();
        return arguments.Any(a => SideEffects.Has(a.Expression)) ? null : arguments;
    }

    private static ArgumentSyntax? ArgumentFor(ArgumentListSyntax arguments, IParameterSymbol parameter, bool reduced)
    {
        var named = arguments.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == parameter.Name);
        if (named is not null)
        {
            return named;
        }

        var index = parameter.Ordinal - (reduced ? 1 : 0);
        return index >= 0 && index < arguments.Arguments.Count && arguments.Arguments[index].NameColon is null ? arguments.Arguments[index] : null;
    }

    private static SyntaxTriviaList WithoutParamTags(SyntaxTriviaList trivia, List<string> names)
    {
        var text = trivia.ToFullString();
        foreach (var name in names)
        {
            var tag = new Regex("^[ \\t]*///[ \\t]*<param name=\"" + Regex.Escape(name) + "\">.*?</param>[ \\t]*\\r?\\n", RegexOptions.Multiline | RegexOptions.Singleline);
            text = tag.Replace(text, string.Empty);
        }

        return text == trivia.ToFullString() ? trivia : SyntaxFactory.ParseLeadingTrivia(text);
    }

    private static void Add<T>(Dictionary<DocumentId, List<T>> map, DocumentId document, T item)
    {
        if (!map.TryGetValue(document, out var items))
        {
            items = new List<T>();
            map.Add(document, items);
        }

        items.Add(item);
    }
}
