using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Security;

/// <summary>
/// Decides whether AEOS3004 may offer <c>MD5</c>/<c>SHA1</c> → <c>SHA256</c>: only when the hash can be
/// neither persisted nor compared with data from elsewhere, so that changing its value changes nothing
/// outside the function. The hash (the result of <c>HashData</c>, or of <c>ComputeHash</c> on an algorithm
/// held in a local) is followed through locals, formatting calls (<c>Convert.ToHexString</c> …), string
/// building and arithmetic; it may end in a discarded value or in console/debug output. Anything else
/// (returned, stored in a field or property, passed to another method, compared, used as an index or a
/// key, captured by a lambda) means it may be persisted or compared, and no fix is offered.
/// </summary>
internal static class HashUse
{
    private static readonly string[] AlgorithmMembers = { "ComputeHash", "Dispose", "Clear", "Initialize" };

    private static readonly string[] FormattingMethods = { "ToHexString", "ToHexStringLower", "ToBase64String", "ToString", "Concat", "Format", "Join", "ToLowerInvariant", "ToUpperInvariant" };

    private static readonly string[] OutputTypes = { "System.Console", "System.Diagnostics.Debug" };

    /// <summary>True when the hash made by <paramref name="call"/> (a static <c>Create</c> or <c>HashData</c>) stays inside its function.</summary>
    public static bool StaysInFunction(IInvocationOperation call)
    {
        var root = Root(call);
        var pending = new Queue<IOperation>();
        pending.Enqueue(call);
        var visited = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        var isAlgorithm = call.TargetMethod.Name == "Create";
        while (pending.Count > 0)
        {
            var value = pending.Dequeue();
            if (!Follow(value, isAlgorithm && value == call, root, visited, pending))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Enqueues where <paramref name="value"/> goes; false when it may leave the function.</summary>
    private static bool Follow(IOperation value, bool isAlgorithm, IOperation root, HashSet<ILocalSymbol> visited, Queue<IOperation> pending)
    {
        value = OutermostConversion(value);
        if (value.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
        {
            return Local(declarator.Symbol, isAlgorithm, root, visited, pending);
        }

        return !isAlgorithm && FollowHash(value, root, visited, pending);
    }

    /// <summary>Where the hash <paramref name="value"/> (not in a declaration) goes: enqueued when it stays; false when it may leave the function.</summary>
    private static bool FollowHash(IOperation value, IOperation root, HashSet<ILocalSymbol> visited, Queue<IOperation> pending)
    {
        var parent = value.Parent;
        switch (parent)
        {
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == value:
                return Local(target.Local, false, root, visited, pending);
            case IExpressionStatementOperation:
                return true;
            case IArgumentOperation { Parent: IInvocationOperation invocation }:
                return Through(invocation, pending);
            case IInvocationOperation invocation when invocation.Instance == value:
                return Through(invocation, pending);
            case IInterpolationOperation { Parent: { } interpolated }:
                pending.Enqueue(interpolated);
                return true;
            case IBinaryOperation binary when !IsComparison(binary.OperatorKind):
            case IArrayElementReferenceOperation element when element.ArrayReference == value:
                pending.Enqueue(parent);
                return true;
            default:
                return false;
        }
    }

    /// <summary><paramref name="value"/> with the conversions and parentheses around it: the operation whose parent uses it.</summary>
    private static IOperation OutermostConversion(IOperation value)
    {
        while (value.Parent is IConversionOperation or IParenthesizedOperation)
        {
            value = value.Parent;
        }

        return value;
    }

    /// <summary>A local holding the hash (or the algorithm): every use of it is followed.</summary>
    private static bool Local(ILocalSymbol local, bool isAlgorithm, IOperation root, HashSet<ILocalSymbol> visited, Queue<IOperation> pending)
    {
        if (!visited.Add(local))
        {
            return true;
        }

        foreach (var reference in root.Descendants().OfType<ILocalReferenceOperation>().Where(r => SymbolEqualityComparer.Default.Equals(r.Local, local)))
        {
            if (IsInLambda(reference, root) || (reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference))
            {
                return false;
            }

            if (!isAlgorithm)
            {
                pending.Enqueue(reference);
            }
            else if (reference.Parent is IInvocationOperation { TargetMethod.Name: var name } use && use.Instance == reference && AlgorithmMembers.Contains(name))
            {
                pending.Enqueue(use);
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static bool Through(IInvocationOperation invocation, Queue<IOperation> pending)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType?.ToDisplayString();
        if (OutputTypes.Contains(type) && method.ReturnsVoid)
        {
            return true;
        }

        if (FormattingMethods.Contains(method.Name) && (method.ContainingType?.SpecialType == SpecialType.System_String || type is "System.Convert" or "System.BitConverter" || method.Name == "ToString"))
        {
            pending.Enqueue(invocation);
            return true;
        }

        return false;
    }

    private static bool IsComparison(BinaryOperatorKind kind) => kind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals
        or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;

    private static bool IsInLambda(IOperation operation, IOperation root)
    {
        for (var current = operation.Parent; current is not null && current != root; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }
}
