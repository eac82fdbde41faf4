using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// Questions the reliability rules ask about where an operation sits: in which function, whether that
/// function is async, and which loops repeat it. A lambda or local function is a boundary: its body
/// runs when it is called, not where it is written.
/// </summary>
internal static class EnclosingCode
{
    /// <summary>True when the innermost function around <paramref name="operation"/> is <c>async</c>.</summary>
    public static bool IsInAsyncFunction(IOperation operation, ISymbol containingSymbol)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda:
                    return lambda.Symbol.IsAsync;
                case ILocalFunctionOperation local:
                    return local.Symbol.IsAsync;
            }
        }

        return containingSymbol is IMethodSymbol { IsAsync: true };
    }

    /// <summary>
    /// True when the innermost function around <paramref name="operation"/> (the lambda, local function or member
    /// body it is in) also calls one of <paramref name="methods"/>.
    /// </summary>
    public static bool CallsAnyOf(IOperation operation, IEnumerable<IMethodSymbol> methods)
    {
        var root = operation;
        while (root.Parent is { } parent && root is not IAnonymousFunctionOperation and not ILocalFunctionOperation)
        {
            root = parent;
        }

        var wanted = new HashSet<IMethodSymbol>(methods.Select(m => m.OriginalDefinition), SymbolEqualityComparer.Default);
        return root.Descendants().OfType<IInvocationOperation>().Any(i => wanted.Contains(i.TargetMethod.OriginalDefinition));
    }

    /// <summary>
    /// The loops, innermost first, that run <paramref name="operation"/> once per iteration: it is in their
    /// body, their condition or their increment, not in a <c>foreach</c> collection or a <c>for</c>
    /// initializer, which run once. The walk stops at the enclosing lambda or local function.
    /// </summary>
    public static IEnumerable<ILoopOperation> RepeatingLoops(IOperation operation)
    {
        var child = operation;
        for (var current = operation.Parent; current is not null; child = current, current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                yield break;
            }

            if (current is ILoopOperation loop && RunsPerIteration(loop, child))
            {
                yield return loop;
            }
        }
    }

    /// <summary>
    /// True for a loop whose body cannot run twice: a constant false condition, a <c>for</c> counting
    /// from a constant to at most one more, or a body that ends in an unconditional <c>break</c>,
    /// <c>return</c> or <c>throw</c> and never continues.
    /// </summary>
    public static bool RunsAtMostOnce(ILoopOperation loop)
    {
        var condition = loop switch
        {
            IWhileLoopOperation w => w.Condition,
            IForLoopOperation f => f.Condition,
            _ => null,
        };
        if (condition?.ConstantValue is { HasValue: true, Value: false })
        {
            return true;
        }

        if (loop is IForLoopOperation forLoop && CountsToAtMostOne(forLoop))
        {
            return true;
        }

        if (loop is IForEachLoopOperation forEach && HasAtMostOneElement(forEach.Collection))
        {
            return true;
        }

        return EndsTheLoop(LastStatement(loop.Body), loop) && !ContinuesLoop(loop);
    }

    /// <summary>True when <paramref name="symbol"/> (a local or parameter) is declared inside <paramref name="loop"/>.</summary>
    public static bool IsDeclaredInside(ISymbol symbol, ILoopOperation loop)
    {
        var span = loop.Syntax.Span;
        return symbol.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == loop.Syntax.SyntaxTree && span.Contains(r.Span));
    }

    /// <summary>The local, parameter, field or property a reference stands for (with the instance it is reached through), or null for anything else.</summary>
    internal static ISymbol? ReferencedSymbol(IOperation target, out IOperation? instance)
    {
        instance = null;
        switch (target)
        {
            case ILocalReferenceOperation local:
                return local.Local;
            case IParameterReferenceOperation parameter:
                return parameter.Parameter;
            case IFieldReferenceOperation field:
                instance = field.Instance;
                return field.Field;
            case IPropertyReferenceOperation property when property.Arguments.IsEmpty:
                instance = property.Instance;
                return property.Property;
            default:
                return null;
        }
    }

    /// <summary>
    /// True when <paramref name="reference"/> denotes the same storage in every iteration of <paramref name="loop"/>:
    /// a local or parameter declared outside it, a static member, or a member reached from <c>this</c> or from
    /// such a local or parameter. A member of the loop's own variable, an element or a call result is not.
    /// </summary>
    public static bool IsLoopInvariant(IOperation reference, ILoopOperation loop)
    {
        var current = WithoutConversions(reference);
        while (true)
        {
            var symbol = ReferencedSymbol(current, out var instance);
            if (symbol is null)
            {
                return current is IInstanceReferenceOperation;
            }

            if (symbol is ILocalSymbol or IParameterSymbol)
            {
                return !IsDeclaredInside(symbol, loop);
            }

            if (instance is null)
            {
                return true; // a static field or property
            }

            current = WithoutConversions(instance);
        }
    }

    /// <summary>Removes implicit and explicit conversions around a value.</summary>
    public static IOperation WithoutConversions(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool RunsPerIteration(ILoopOperation loop, IOperation child) => loop switch
    {
        IForEachLoopOperation forEach => child != forEach.Collection,
        IForLoopOperation forLoop => !forLoop.Before.Contains(child),
        _ => true,
    };

    private static bool CountsToAtMostOne(IForLoopOperation loop)
    {
        if (loop.Before.Length != 1 || loop.Condition is not IBinaryOperation { LeftOperand: ILocalReferenceOperation counter } test)
        {
            return false;
        }

        var start = InitialValue(loop.Before[0], counter.Local);
        if (start is null || test.RightOperand.ConstantValue is not { HasValue: true, Value: int end })
        {
            return false;
        }

        return test.OperatorKind switch
        {
            BinaryOperatorKind.LessThan => end - start.Value <= 1,
            BinaryOperatorKind.LessThanOrEqual => end - start.Value <= 0,
            _ => false,
        };
    }

    private static int? InitialValue(IOperation before, ILocalSymbol counter)
    {
        var declarator = before.DescendantsAndSelf().OfType<IVariableDeclaratorOperation>().FirstOrDefault(d => SymbolEqualityComparer.Default.Equals(d.Symbol, counter));
        return declarator?.Initializer?.Value.ConstantValue is { HasValue: true, Value: int start } ? start : null;
    }

    private static bool HasAtMostOneElement(IOperation collection)
    {
        var value = WithoutConversions(collection);
        return value is IArrayCreationOperation { Initializer: { } initializer } && initializer.ElementValues.Length <= 1;
    }

    private static IOperation? LastStatement(IOperation? body) => body is IBlockOperation block ? block.Operations.LastOrDefault() : body;

    private static bool EndsTheLoop(IOperation? statement, ILoopOperation loop) => statement switch
    {
        IBranchOperation { BranchKind: BranchKind.Break } branch => SymbolEqualityComparer.Default.Equals(branch.Target, loop.ExitLabel),
        IReturnOperation { Kind: OperationKind.Return or OperationKind.YieldBreak } => true,
        IThrowOperation => true,
        IExpressionStatementOperation { Operation: IThrowOperation } => true,
        _ => false,
    };

    private static bool ContinuesLoop(ILoopOperation loop) =>
        loop.Body.Descendants().OfType<IBranchOperation>().Any(b => b.BranchKind == BranchKind.Continue && SymbolEqualityComparer.Default.Equals(b.Target, loop.ContinueLabel));
}
