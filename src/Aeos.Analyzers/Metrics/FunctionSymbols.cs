using System.Threading;
using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers.Metrics;

/// <summary>The name a message shows for a function, and the ID the baseline matches it by.</summary>
internal readonly struct FunctionIdentity
{
    public FunctionIdentity(string displayName, string documentationId)
    {
        DisplayName = displayName;
        DocumentationId = documentationId;
    }

    public string DisplayName { get; }

    /// <summary>
    /// The documentation-comment ID (<c>M:Ns.Type.Method(System.Int32)</c>). A local function has none of
    /// its own: it is identified as its container's ID, a slash and its name.
    /// </summary>
    public string DocumentationId { get; }
}

/// <summary>Resolves the symbol of a <see cref="FunctionDeclaration"/>; called only when a diagnostic is reported.</summary>
internal static class FunctionSymbols
{
    private const string TopLevelStatements = "top-level statements";

    public static FunctionIdentity Describe(FunctionDeclaration function, SemanticModel model, CancellationToken cancellationToken)
    {
        var symbol = function.IsTopLevelStatements
            ? model.GetEnclosingSymbol(function.IdentifierLocation.SourceSpan.Start, cancellationToken)
            : model.GetDeclaredSymbol(function.Declaration, cancellationToken);
        if (symbol is IPropertySymbol { GetMethod: { } getter })
        {
            symbol = getter; // an expression-bodied property or indexer is its getter
        }

        if (symbol is null)
        {
            // Only in code too broken to bind; the name as written still tells the user which function it is.
            var name = function.IdentifierLocation.SourceTree?.GetText(cancellationToken).ToString(function.IdentifierLocation.SourceSpan);
            return new FunctionIdentity(name ?? string.Empty, string.Empty);
        }

        var display = function.IsTopLevelStatements
            ? TopLevelStatements
            : symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
        return new FunctionIdentity(display, DocumentationId(symbol));
    }

    private static string DocumentationId(ISymbol symbol)
    {
        if (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction } local && local.ContainingSymbol is { } container)
        {
            return DocumentationId(container) + "/" + local.Name;
        }

        return symbol.GetDocumentationCommentId() ?? symbol.ToDisplayString();
    }
}
