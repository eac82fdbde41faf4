using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// Which linear searches of AEOS4003 a hash lookup can replace: a search by equality (<c>Contains</c>,
/// <c>IndexOf</c>, <c>Remove</c>: no predicate), or a predicate that compares the element, or a chain of its
/// fields and properties, with a value that does not depend on the element (<c>c =&gt; c.Id == id</c>,
/// <c>c =&gt; id == c.Id</c>, <c>c =&gt; c.Name.Equals(name)</c>, <c>x =&gt; x == v</c>). For <c>All</c> and
/// <c>TrueForAll</c> the lookup form is the negated one (<c>c =&gt; c.Id != id</c>: no element has the key).
/// Any other predicate is a scan a set or dictionary cannot answer, and is not reported.
/// </summary>
internal static class KeySearches
{
    /// <summary>True when the search looks for an element by equality or by key.</summary>
    public static bool SearchesByKey(IInvocationOperation invocation)
    {
        // The declared type: Contains(T item) on a list of delegates takes a delegate, not a predicate.
        var predicate = invocation.Arguments.LastOrDefault(a => a.Parameter?.OriginalDefinition.Type.TypeKind == TypeKind.Delegate);
        if (predicate is null)
        {
            return true;
        }

        if (Lambda(predicate.Value) is not { Symbol.Parameters.Length: 1 } lambda || ReturnedValue(lambda) is not { } condition)
        {
            return false;
        }

        var negated = invocation.TargetMethod.Name is "All" or "TrueForAll";
        return IsKeyComparison(EnclosingCode.WithoutConversions(condition), lambda.Symbol.Parameters[0], negated);
    }

    private static IAnonymousFunctionOperation? Lambda(IOperation argument) =>
        EnclosingCode.WithoutConversions(argument) switch
        {
            IDelegateCreationOperation creation => EnclosingCode.WithoutConversions(creation.Target) as IAnonymousFunctionOperation,
            IAnonymousFunctionOperation lambda => lambda,
            _ => null,
        };

    /// <summary>The value of a lambda whose body is one expression (or a block of one <c>return</c>).</summary>
    private static IOperation? ReturnedValue(IAnonymousFunctionOperation lambda) =>
        lambda.Body.Operations.Length == 1 && lambda.Body.Operations[0] is IReturnOperation { ReturnedValue: { } value } ? value : null;

    private static bool IsKeyComparison(IOperation condition, IParameterSymbol element, bool negated)
    {
        var equality = negated ? BinaryOperatorKind.NotEquals : BinaryOperatorKind.Equals;
        return condition switch
        {
            IBinaryOperation binary when binary.OperatorKind == equality => Compares(binary.LeftOperand, binary.RightOperand, element),
            IInvocationOperation { TargetMethod.Name: "Equals", Instance: { } instance, Arguments.Length: 1 } call when !negated =>
                Compares(instance, call.Arguments[0].Value, element),
            _ => false,
        };
    }

    /// <summary>One side is the element's key, the other a value that does not depend on the element.</summary>
    private static bool Compares(IOperation left, IOperation right, IParameterSymbol element) =>
        (IsKeyOf(left, element) && !DependsOn(right, element)) || (IsKeyOf(right, element) && !DependsOn(left, element));

    /// <summary>The element itself, or a chain of its fields and properties (no indexer, no call).</summary>
    private static bool IsKeyOf(IOperation operation, IParameterSymbol element)
    {
        var current = EnclosingCode.WithoutConversions(operation);
        while (current is IFieldReferenceOperation or IPropertyReferenceOperation { Arguments.Length: 0 }
            && ((IMemberReferenceOperation)current).Instance is { } owner)
        {
            current = EnclosingCode.WithoutConversions(owner);
        }

        return current is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, element);
    }

    private static bool DependsOn(IOperation value, IParameterSymbol element) =>
        value.DescendantsAndSelf().OfType<IParameterReferenceOperation>().Any(p => SymbolEqualityComparer.Default.Equals(p.Parameter, element));
}
