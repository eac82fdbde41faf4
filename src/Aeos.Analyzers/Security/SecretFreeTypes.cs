using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers.Security;

/// <summary>
/// Types whose values cannot be a secret's or a person's text, whatever they are named: a <c>char</c> (a parser's
/// "token character"), <c>CancellationToken</c> and <c>CancellationTokenSource</c> (a "token" that holds no text),
/// and arrays or collections of such values or of numbers and enums (a lexer's list of token kinds). A collection
/// of any other type may be destructured into text by the logger, and stays reported.
/// </summary>
internal static class SecretFreeTypes
{
    /// <summary>True when a value of <paramref name="type"/> cannot carry the text of a secret or of personal data.</summary>
    public static bool CannotHoldSecret(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (IsTextFreeElement(type))
        {
            return true;
        }

        var element = ElementOf(type);
        return element is not null && (IsTextFreeElement(element) || element.TypeKind == TypeKind.Enum);
    }

    private static bool IsTextFreeElement(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_Char or (>= SpecialType.System_Boolean and <= SpecialType.System_Double) or SpecialType.System_Decimal
        || IsCancellation(type);

    private static bool IsCancellation(ITypeSymbol type) =>
        type.Name is "CancellationToken" or "CancellationTokenSource" && type.ContainingNamespace?.ToDisplayString() == "System.Threading";

    /// <summary>The element type of an array or of a generic <c>IEnumerable&lt;T&gt;</c> (the type itself or an interface of it); null otherwise.</summary>
    private static ITypeSymbol? ElementOf(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        var candidates = type is INamedTypeSymbol named ? type.AllInterfaces.Add(named) : type.AllInterfaces;
        foreach (var candidate in candidates)
        {
            if (candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return candidate.TypeArguments[0];
            }
        }

        return null;
    }
}
