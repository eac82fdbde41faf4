using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// The <c>symbol</c> property of the reliability diagnostics: the documentation-comment ID of the function
/// the code is in, as AEOS1003 writes it (a local function is its container's ID, a slash and its name;
/// lambdas belong to their container), so that the baseline matches entries without line numbers.
/// </summary>
internal static class ContainingSymbols
{
    /// <summary>Properties holding only the <c>symbol</c> of the function around <paramref name="operation"/>.</summary>
    public static ImmutableDictionary<string, string?> PropertiesFor(IOperation operation, ISymbol containingSymbol) =>
        ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Symbol, IdOf(operation, containingSymbol));

    /// <summary>Properties holding only the <c>symbol</c> of <paramref name="symbol"/> itself.</summary>
    public static ImmutableDictionary<string, string?> PropertiesFor(ISymbol symbol) =>
        ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Symbol, DocumentationId(symbol));

    public static string IdOf(IOperation operation, ISymbol containingSymbol)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILocalFunctionOperation local)
            {
                return DocumentationId(local.Symbol);
            }
        }

        return DocumentationId(containingSymbol);
    }

    public static string DocumentationId(ISymbol symbol)
    {
        if (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction } local && local.ContainingSymbol is { } container)
        {
            return DocumentationId(container) + "/" + local.Name;
        }

        return symbol.GetDocumentationCommentId() ?? symbol.ToDisplayString();
    }
}
