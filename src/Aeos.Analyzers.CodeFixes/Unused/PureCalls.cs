using System;
using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers.CodeFixes.Unused;

/// <summary>
/// Calls whose only effect is the value they return, so a fix that drops the value may drop the call:
/// methods marked <c>[Pure]</c> (on the method or its type), the methods of <c>string</c> (except the ones that
/// write into a buffer), <c>Math</c>, <c>MathF</c> and the static <c>char</c> tests, and <c>ToString</c>,
/// <c>Equals</c>, <c>GetHashCode</c> and <c>CompareTo</c> of the built-in value types.
/// </summary>
internal static class PureCalls
{
    private static readonly string[] ValueMethods = { "ToString", "Equals", "GetHashCode", "CompareTo" };

    private static readonly string[] BufferWriters = { "CopyTo", "TryCopyTo", "Create" };

    public static bool IsPure(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        return HasPureAttribute(method) || HasPureAttribute(type) || type.SpecialType switch
        {
            SpecialType.System_String => Array.IndexOf(BufferWriters, method.Name) < 0,
            SpecialType.System_Char => method.IsStatic || Array.IndexOf(ValueMethods, method.Name) >= 0,
            SpecialType.None => IsMath(type),
            _ => type.IsValueType && Array.IndexOf(ValueMethods, method.Name) >= 0,
        };
    }

    private static bool IsMath(INamedTypeSymbol type) =>
        type.Name is "Math" or "MathF" && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

    private static bool HasPureAttribute(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "PureAttribute" } attributeClass
                && attributeClass.ContainingNamespace?.ToDisplayString() == "System.Diagnostics.Contracts")
            {
                return true;
            }
        }

        return false;
    }
}
