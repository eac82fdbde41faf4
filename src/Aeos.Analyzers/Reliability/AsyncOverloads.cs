using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// Finds the async counterparts of a synchronous call that are in scope where it is made: methods named
/// like it plus <c>Async</c>, on the same receiver (instance, static or extension methods the file can
/// see), taking the same parameters and optionally a trailing <c>CancellationToken</c>, returning a task.
/// </summary>
internal static class AsyncOverloads
{
    public static ImmutableArray<IMethodSymbol> Find(IInvocationOperation invocation, AsyncTypes types, ISymbol containingSymbol)
    {
        var model = invocation.SemanticModel;
        var method = invocation.TargetMethod;
        var receiver = ReceiverType(invocation);
        if (model is null || receiver is null)
        {
            return ImmutableArray<IMethodSymbol>.Empty;
        }

        var parameters = method.IsExtensionMethod ? method.Parameters.RemoveAt(0) : method.Parameters;
        var isStaticCall = method.IsStatic && !method.IsExtensionMethod;
        return model.LookupSymbols(invocation.Syntax.SpanStart, receiver, method.Name + "Async", includeReducedExtensionMethods: true)
            .OfType<IMethodSymbol>()
            .Where(candidate => candidate.IsStatic == isStaticCall
                && types.IsAwaitable(candidate.ReturnType)
                && !IsObsolete(candidate)
                && !IsSelf(candidate, invocation, containingSymbol)
                && ParametersMatch(parameters, candidate.Parameters, types))
            .ToImmutableArray();
    }

    private static ITypeSymbol? ReceiverType(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.IsExtensionMethod)
        {
            return invocation.Arguments.Length > 0 ? EnclosingCode.WithoutConversions(invocation.Arguments[0].Value).Type : null;
        }

        return method.IsStatic ? method.ContainingType : invocation.Instance?.Type ?? method.ContainingType;
    }

    private static bool ParametersMatch(ImmutableArray<IParameterSymbol> sync, ImmutableArray<IParameterSymbol> candidate, AsyncTypes types)
    {
        var count = sync.Length;
        if (candidate.Length == count + 1)
        {
            if (!SymbolEqualityComparer.Default.Equals(candidate[count].Type, types.CancellationToken))
            {
                return false;
            }
        }
        else if (candidate.Length != count)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (sync[i].RefKind != candidate[i].RefKind || !TypesMatch(sync[i].Type, candidate[i].Type))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Equal types, where a method's type parameters match by position.</summary>
    private static bool TypesMatch(ITypeSymbol a, ITypeSymbol b)
    {
        if (SymbolEqualityComparer.Default.Equals(a, b))
        {
            return true;
        }

        return (a, b) switch
        {
            (ITypeParameterSymbol x, ITypeParameterSymbol y) => x.TypeParameterKind == y.TypeParameterKind && x.Ordinal == y.Ordinal,
            (IArrayTypeSymbol x, IArrayTypeSymbol y) => x.Rank == y.Rank && TypesMatch(x.ElementType, y.ElementType),
            (INamedTypeSymbol x, INamedTypeSymbol y) => x.IsGenericType && SymbolEqualityComparer.Default.Equals(x.OriginalDefinition, y.OriginalDefinition)
                && x.TypeArguments.Zip(y.TypeArguments, TypesMatch).All(m => m),
            _ => false,
        };
    }

    private static bool IsObsolete(IMethodSymbol method) =>
        method.GetAttributes().Any(a => a.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace.Name: "System" });

    /// <summary>True when the candidate is the function making the call: calling it would recurse.</summary>
    private static bool IsSelf(IMethodSymbol candidate, IOperation invocation, ISymbol containingSymbol)
    {
        var definition = (candidate.ReducedFrom ?? candidate).OriginalDefinition;
        for (var current = invocation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILocalFunctionOperation local && SymbolEqualityComparer.Default.Equals(local.Symbol.OriginalDefinition, definition))
            {
                return true;
            }
        }

        return SymbolEqualityComparer.Default.Equals((containingSymbol as IMethodSymbol)?.OriginalDefinition, definition);
    }
}
