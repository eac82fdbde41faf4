using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Security;

/// <summary>
/// Decides whether an MD5 or SHA-1 hash is a name-based UUID (RFC 4122 version 3 is MD5, version 5 is SHA-1,
/// by definition of the format): every value of the hash ends in <c>new Guid(…)</c> in the same function.
/// The hash (of <c>HashData</c>, of <c>ComputeHash</c> or <c>Hash</c> on an algorithm held in a local,
/// or written by <c>HashData(source, destination)</c>) is followed through locals, conditionals, slices
/// (<c>AsSpan</c>, <c>Slice</c>, <c>Take</c>, <c>ToArray</c>, a range), copies into a local
/// (<c>Array.Copy</c>, <c>Buffer.BlockCopy</c>, <c>CopyTo</c>) and writes of its own bytes (the version and
/// variant bits: <c>hash[6] = (byte)((hash[6] &amp; 0x0F) | 0x50)</c>). Anything else (returned, stored,
/// compared, formatted, given to any other method, captured by a lambda) means it is not only a UUID.
/// </summary>
internal static class NameBasedUuid
{
    private static readonly string[] AlgorithmSteps = { "TransformBlock", "TransformFinalBlock", "Initialize", "Clear", "Dispose" };

    private static readonly string[] Slices = { "AsSpan", "AsMemory", "Slice", "Take", "ToArray" };

    private static readonly string[] DestinationNames = { "destination", "destinationArray", "dst" };

    /// <summary>True when the hash made by <paramref name="origin"/> (an MD5/SHA-1 creation, <c>Create</c> or <c>HashData</c>) only becomes a <c>Guid</c>.</summary>
    public static bool BecomesGuid(IOperation origin)
    {
        var walk = new Walk(origin);
        var destination = origin is IInvocationOperation { TargetMethod.Name: "HashData" } call ? DestinationLocal(call) : null;
        if (destination is not null)
        {
            return walk.Local(destination, isAlgorithm: false) && walk.Run();
        }

        walk.Pending.Enqueue((origin, origin is IObjectCreationOperation || origin is IInvocationOperation { TargetMethod.Name: "Create" }));
        return walk.Run();
    }

    private static ILocalSymbol? DestinationLocal(IInvocationOperation call) =>
        call.Arguments.FirstOrDefault(a => DestinationNames.Contains(a.Parameter?.Name))?.Value is { } value
            && SecurityDiagnostics.WithoutConversions(value) is ILocalReferenceOperation local ? local.Local : null;

    /// <summary>One search: the values still to follow (hash or algorithm), the locals seen, whether a Guid was reached.</summary>
    private sealed class Walk
    {
        private readonly IOperation _root;
        private readonly HashSet<ILocalSymbol> _visited = new(SymbolEqualityComparer.Default);
        private bool _guid;

        public Walk(IOperation origin)
        {
            _root = origin;
            while (_root.Parent is not null)
            {
                _root = _root.Parent;
            }
        }

        public Queue<(IOperation Value, bool IsAlgorithm)> Pending { get; } = new();

        public bool Run()
        {
            while (Pending.Count > 0)
            {
                var (value, isAlgorithm) = Pending.Dequeue();
                if (!Follow(Outermost(value), isAlgorithm))
                {
                    return false;
                }
            }

            return _guid;
        }

        /// <summary>Every read of <paramref name="local"/> is followed; assignments to it are other values.</summary>
        public bool Local(ILocalSymbol local, bool isAlgorithm)
        {
            if (!_visited.Add(local))
            {
                return true;
            }

            foreach (var reference in _root.Descendants().OfType<ILocalReferenceOperation>().Where(r => SymbolEqualityComparer.Default.Equals(r.Local, local)))
            {
                if (IsInLambda(reference))
                {
                    return false;
                }

                if (reference.Parent is not ISimpleAssignmentOperation assignment || assignment.Target != reference)
                {
                    Pending.Enqueue((reference, isAlgorithm));
                }
            }

            return true;
        }

        private static IOperation Outermost(IOperation value)
        {
            while (value.Parent is IConversionOperation or IParenthesizedOperation || (value.Parent is IConditionalOperation conditional && conditional.Condition != value))
            {
                value = value.Parent!;
            }

            return value;
        }

        private bool Follow(IOperation value, bool isAlgorithm)
        {
            switch (value.Parent)
            {
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return Local(declarator.Symbol, isAlgorithm);
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == value:
                    return Local(target.Local, isAlgorithm);
                default:
                    return isAlgorithm ? AlgorithmUse(value) : HashUse(value);
            }
        }

        /// <summary><c>ComputeHash</c> and <c>Hash</c> give the hash; the incremental steps and <c>Dispose</c> give nothing.</summary>
        private bool AlgorithmUse(IOperation algorithm)
        {
            switch (algorithm.Parent)
            {
                case IInvocationOperation { TargetMethod.Name: "ComputeHash" } compute when compute.Instance == algorithm:
                case IPropertyReferenceOperation { Property.Name: "Hash" } hash when hash.Instance == algorithm:
                    Pending.Enqueue((algorithm.Parent, false));
                    return true;
                case IInvocationOperation step when step.Instance == algorithm:
                    return AlgorithmSteps.Contains(step.TargetMethod.Name);
                default:
                    return false;
            }
        }

        private bool HashUse(IOperation hash)
        {
            switch (hash.Parent)
            {
                case IArgumentOperation argument:
                    return Argument(argument);
                case IInvocationOperation invocation when invocation.Instance == hash:
                    return Through(invocation, true);
                case IArrayElementReferenceOperation element when element.ArrayReference == hash:
                    return Element(element, IsRange(element.Indices));
                case IPropertyReferenceOperation { Property.IsIndexer: true } indexer when indexer.Instance == hash:
                    return Element(indexer, IsRange(indexer.Arguments.Select(a => a.Value)));
                default:
                    return false;
            }
        }

        /// <summary>The hash given to <c>new Guid</c> (the goal), written into as a destination, or given to a slice or a copy.</summary>
        private bool Argument(IArgumentOperation argument)
        {
            if (argument.Parent is IObjectCreationOperation { Type: { Name: "Guid", ContainingNamespace.Name: "System" } })
            {
                _guid = true;
                return true;
            }

            return DestinationNames.Contains(argument.Parameter?.Name)
                || (argument.Parent is IInvocationOperation invocation && Through(invocation, argument.Parameter?.Ordinal == 0));
        }

        /// <summary>A slice of the hash is the hash; a copy of it into a local makes that local the hash.</summary>
        private bool Through(IInvocationOperation invocation, bool isSource)
        {
            if (isSource && Slices.Contains(invocation.TargetMethod.Name))
            {
                Pending.Enqueue((invocation, false));
                return true;
            }

            return isSource && IsCopy(invocation.TargetMethod) && CopyDestination(invocation) is { } local && Local(local, false);
        }

        private static bool IsCopy(IMethodSymbol method) =>
            method.Name == "CopyTo" || (method.Name is "Copy" or "BlockCopy" && method.ContainingType?.ToDisplayString() is "System.Array" or "System.Buffer");

        private static ILocalSymbol? CopyDestination(IInvocationOperation copy)
        {
            var isCopyTo = copy.TargetMethod.Name == "CopyTo";
            var destination = copy.Arguments.FirstOrDefault(a => DestinationNames.Contains(a.Parameter?.Name) || (isCopyTo && a.Parameter?.Name == "array"));
            return destination is not null && SecurityDiagnostics.WithoutConversions(destination.Value) is ILocalReferenceOperation local ? local.Local : null;
        }

        private static bool IsRange(IEnumerable<IOperation> indices)
        {
            var all = indices.ToArray();
            return all.Length == 1 && all[0].Type?.Name == "Range";
        }

        /// <summary>A range is a slice; a byte written is the version bits; a byte read may only be written back into the same local.</summary>
        private bool Element(IOperation element, bool isRange)
        {
            if (isRange)
            {
                Pending.Enqueue((element, false));
                return true;
            }

            if (element.Parent is IAssignmentOperation written && written.Target == element)
            {
                return true;
            }

            var value = element;
            while (value.Parent is IConversionOperation or IParenthesizedOperation || (value.Parent is IBinaryOperation binary && !IsComparison(binary.OperatorKind)))
            {
                value = value.Parent!;
            }

            return value.Parent is ISimpleAssignmentOperation assignment && assignment.Value == value && SameLocal(assignment.Target, element);
        }

        private static bool SameLocal(IOperation target, IOperation element) =>
            ArrayOf(target) is { } written && ArrayOf(element) is { } read && SymbolEqualityComparer.Default.Equals(written, read);

        private static ILocalSymbol? ArrayOf(IOperation element) => element switch
        {
            IArrayElementReferenceOperation { ArrayReference: ILocalReferenceOperation local } => local.Local,
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: ILocalReferenceOperation local } => local.Local,
            _ => null,
        };

        private static bool IsComparison(BinaryOperatorKind kind) => kind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals
            or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;

        private bool IsInLambda(IOperation operation)
        {
            for (var current = operation.Parent; current is not null && current != _root; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
