using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Security;

/// <summary>
/// How a string value was built, for AEOS3005 and AEOS3007: by concatenation, interpolation or
/// <c>string.Format</c>/<c>string.Concat</c> from data that is not constant. A local variable is followed
/// to its initializer and every assignment in the same function (one level deep). Numbers, booleans,
/// GUIDs, dates and enums cannot carry text, so they do not count as data.
/// </summary>
internal static class NonConstantText
{
    private const int MaximumDepth = 3;

    /// <summary>How <paramref name="value"/> was built from non-constant data (<c>concatenation</c> …), or null.</summary>
    public static string? HowBuilt(IOperation value, IOperation scope) => HowBuilt(value, scope, 0);

    /// <summary>True when <paramref name="value"/> is not a compile-time constant and may carry text.</summary>
    public static bool IsData(IOperation value) =>
        !value.ConstantValue.HasValue && !IsTextFree(SecurityDiagnostics.WithoutConversions(value).Type);

    /// <summary>
    /// True when <paramref name="value"/> may carry text that is not constant: a concatenation, interpolation
    /// or format is judged by its parts, any other value by <see cref="IsData"/>.
    /// </summary>
    public static bool CarriesData(IOperation value, IOperation scope)
    {
        value = SecurityDiagnostics.WithoutConversions(value);
        var isBuilt = value is IInterpolatedStringOperation or IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }
            || (value is IInvocationOperation invocation && IsFormatOrConcat(invocation));
        return isBuilt ? HowBuilt(value, scope) is not null : IsData(value);
    }

    private static string? HowBuilt(IOperation value, IOperation scope, int depth)
    {
        value = SecurityDiagnostics.WithoutConversions(value);
        if (value.ConstantValue.HasValue || depth > MaximumDepth)
        {
            return null;
        }

        return value switch
        {
            IInterpolatedStringOperation interpolated => Interpolated(interpolated),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String =>
                Concatenated(binary) ? "concatenation" : null,
            IInvocationOperation invocation when IsFormatOrConcat(invocation) => Formatted(invocation),
            ILocalReferenceOperation local => FromAssignments(local.Local, scope, depth),
            _ => null,
        };
    }

    private static string? Interpolated(IInterpolatedStringOperation interpolated) =>
        interpolated.Parts.OfType<IInterpolationOperation>().Any(p => IsData(p.Expression)) ? "interpolation" : null;

    /// <summary><c>string.Format</c> (its arguments after the format) or <c>string.Concat</c> with data.</summary>
    private static string? Formatted(IInvocationOperation invocation)
    {
        var arguments = invocation.Arguments.Skip(invocation.TargetMethod.Name == "Format" ? 1 : 0);
        return arguments.Any(a => HasData(a.Value)) ? "string." + invocation.TargetMethod.Name : null;
    }

    private static bool Concatenated(IBinaryOperation binary) =>
        new[] { binary.LeftOperand, binary.RightOperand }.Any(o =>
            SecurityDiagnostics.WithoutConversions(o) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } inner && inner.Type?.SpecialType == SpecialType.System_String
                ? Concatenated(inner)
                : IsData(o));

    /// <summary>An argument of <c>string.Format</c>/<c>Concat</c>: a value, or a <c>params</c> array of values.</summary>
    private static bool HasData(IOperation argument) =>
        argument is IArrayCreationOperation { Initializer: { } initializer } ? initializer.ElementValues.Any(IsData) : IsData(argument);

    private static bool IsFormatOrConcat(IInvocationOperation invocation) =>
        invocation.TargetMethod is { IsStatic: true, Name: "Format" or "Concat" } method && method.ContainingType.SpecialType == SpecialType.System_String;

    private static string? FromAssignments(ILocalSymbol local, IOperation scope, int depth)
    {
        foreach (var operation in scope.Descendants())
        {
            var assigned = operation switch
            {
                IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) => declarator.Initializer?.Value,
                ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local) => assignment.Value,
                ICompoundAssignmentOperation { Target: ILocalReferenceOperation target } compound when SymbolEqualityComparer.Default.Equals(target.Local, local) =>
                    IsData(compound.Value) ? compound : null,
                _ => null,
            };
            var how = assigned is ICompoundAssignmentOperation ? "concatenation" : assigned is null ? null : HowBuilt(assigned, scope, depth + 1);
            if (how is not null)
            {
                return how;
            }
        }

        return null;
    }

    private static bool IsTextFree(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && type is INamedTypeSymbol { TypeArguments.Length: 1 } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type.TypeKind == TypeKind.Enum || IsTextFreeSpecialType(type.SpecialType) || IsTextFreeSystemValue(type);
    }

    /// <summary>Booleans and numbers (not <c>char</c>), <c>decimal</c> and <c>DateTime</c>.</summary>
    private static bool IsTextFreeSpecialType(SpecialType type) =>
        type is (>= SpecialType.System_Boolean and <= SpecialType.System_Double and not SpecialType.System_Char)
            or SpecialType.System_Decimal or SpecialType.System_DateTime;

    private static bool IsTextFreeSystemValue(ITypeSymbol type) =>
        type.Name is "Guid" or "DateTimeOffset" or "TimeSpan" or "DateOnly" or "TimeOnly" && type.ContainingNamespace?.ToDisplayString() == "System";
}
