using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// How AEOS4012 reads one use of a disposable local. A use leaves the object where it is when the local is
/// the receiver of a member (<c>x.Read()</c>, <c>x.Length</c>, <c>x?.Flush()</c>) whose
/// result is discarded or a plain value (a number, text, an enum, an array of them), or when it is compared
/// (<c>x == null</c>, <c>x is null</c>) or named (<c>nameof(x)</c>). Everything else hands it on or disposes it: an argument, a
/// return, an assignment of any kind, a conversion, a <c>using</c>, a <c>foreach</c>, a capture by a lambda or
/// local function, a handler added to one of its events (the object is
/// expected to call back after the method returns), a call of <c>Dispose</c>, <c>DisposeAsync</c> or <c>Close</c>, or a member whose result may
/// carry the object on (a <c>Stream</c>, a <c>Task</c>, the object itself from a fluent call); a chain of members
/// (<c>x.Entries.Count</c>) is judged by the value it ends in.
/// </summary>
internal static class LocalUses
{
    /// <summary>True when <paramref name="reference"/> neither disposes the object nor may hand it on.</summary>
    public static bool LeavesTheObject(ILocalReferenceOperation reference, IVariableDeclaratorOperation declarator)
    {
        return ReferenceEquals(Function(reference), Function(declarator)) && LeavesTheObject(reference);
    }

    private static bool LeavesTheObject(ILocalReferenceOperation reference) =>
        reference.Parent switch
        {
            IInvocationOperation call when call.Instance == reference => !IsDisposeOrOwnedElsewhere(call.TargetMethod) && !MayCarryOn(call),
            IPropertyReferenceOperation property when property.Instance == reference => !MayCarryOn(property),
            IFieldReferenceOperation field when field.Instance == reference => !MayCarryOn(field),
            IConditionalAccessOperation access when access.Operation == reference => !DisposesOrOwns(access.WhenNotNull) && !MayCarryOn(access),
            _ => IsComparisonOrName(reference.Parent),
        };

    /// <summary><c>x == null</c>, <c>x is null</c>, <c>x is not null</c>, <c>nameof(x)</c>: the object stays where it is.</summary>
    private static bool IsComparisonOrName(IOperation? user) => user switch
    {
        IBinaryOperation { OperatorMethod: null } => true,
        IIsPatternOperation { Pattern: IConstantPatternOperation or INegatedPatternOperation { Pattern: IConstantPatternOperation } } => true,
        INameOfOperation => true,
        _ => false,
    };

    /// <summary>The lambda or local function <paramref name="operation"/> runs in, or null for the member's body.</summary>
    private static IOperation? Function(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>Dispose</c>, <c>DisposeAsync</c> and <c>Close</c> dispose the object; <c>Show</c> hands a window to the
    /// user interface, which closes it.
    /// </summary>
    private static bool IsDisposeOrOwnedElsewhere(IMethodSymbol method) =>
        method.Name is "Dispose" or "DisposeAsync" or "Close" or "Show";

    private static bool DisposesOrOwns(IOperation whenNotNull) =>
        whenNotNull is IInvocationOperation call && IsDisposeOrOwnedElsewhere(call.TargetMethod);

    /// <summary>True when the value of <paramref name="access"/> is used and may refer to the object or its resources.</summary>
    private static bool MayCarryOn(IOperation access)
    {
        var result = access;
        var user = access.Parent;
        if (user is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configure && configure.Instance == result)
        {
            result = configure;
            user = configure.Parent;
        }

        if (user is IAwaitOperation awaited)
        {
            result = awaited;
            user = awaited.Parent;
        }

        if (IsReceiverOf(result, user))
        {
            return MayCarryOn(user!);
        }

        return user is not (null or IExpressionStatementOperation) && !IsPlainValue(result.Type);
    }

    /// <summary>
    /// True when <paramref name="user"/> reads a member of <paramref name="result"/> (<c>x.Entries.Count</c>,
    /// <c>x.Find(k)?.Length</c>) other than a dispose: the chain is followed to the value it ends in.
    /// </summary>
    private static bool IsReceiverOf(IOperation result, IOperation? user) => user switch
    {
        IInvocationOperation call => call.Instance == result && !IsDisposeOrOwnedElsewhere(call.TargetMethod),
        IPropertyReferenceOperation property => property.Instance == result,
        IFieldReferenceOperation field => field.Instance == result,
        IConditionalAccessOperation access => access.Operation == result && !DisposesOrOwns(access.WhenNotNull),
        _ => false,
    };

    /// <summary>A number, <c>bool</c>, text, enum, or an array or nullable of them: a value that cannot refer to the object.</summary>
    public static bool IsPlainValue(ITypeSymbol? type) => type switch
    {
        null => true,
        IArrayTypeSymbol array => IsPlainValue(array.ElementType),
        { TypeKind: TypeKind.Enum } => true,
        INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable => IsPlainValue(nullable.TypeArguments[0]),
        _ => type.SpecialType is not (SpecialType.None or SpecialType.System_Object),
    };
}
