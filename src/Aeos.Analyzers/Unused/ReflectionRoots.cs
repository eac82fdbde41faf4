using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// Members that reflection or a linker reaches through their type rather than by name: the type says so
/// (<c>[Preserve(AllMembers = true)]</c>, JetBrains <c>[UsedImplicitly(ImplicitUseTargetFlags.WithMembers)]</c>
/// and <c>[PublicAPI]</c>, <c>[DynamicallyAccessedMembers(…)]</c> on it or a base type), or trimming roots
/// name it: <c>[DynamicDependency(memberTypes, typeof(T))]</c> and <c>typeof(T)</c> given to a parameter
/// marked <c>[DynamicallyAccessedMembers(…)]</c>. The member types are the flags of
/// <c>DynamicallyAccessedMemberTypes</c>; only their non-public bits concern AEOS2002.
/// </summary>
internal sealed class ReflectionRoots
{
    private const int NonPublicMethods = 0x10;
    private const int NonPublicFields = 0x40;
    private const int NonPublicNestedTypes = 0x100;
    private const int NonPublicProperties = 0x400;
    private const int NonPublicEvents = 0x1000;

    /// <summary><c>ImplicitUseTargetFlags.Members</c>: the members of the marked type are used too.</summary>
    private const int ImplicitUseMembers = 2;

    private readonly ConcurrentDictionary<ISymbol, int> _reflected = new(SymbolEqualityComparer.Default);

    /// <summary>Records the types that <c>[DynamicDependency(memberTypes, typeof(T))]</c> (or with a type and assembly name) on <paramref name="symbol"/> keep.</summary>
    public void AddDependencies(ISymbol symbol, Compilation compilation)
    {
        foreach (var attribute in symbol.GetAttributes().Where(a => a.AttributeClass?.Name == "DynamicDependencyAttribute"))
        {
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length < 2 || ValueOf(arguments[0]) is not int flags)
            {
                continue;
            }

            var type = ValueOf(arguments[1]) as INamedTypeSymbol;
            if (type is null && arguments.Length == 3 && ValueOf(arguments[1]) is string name && ValueOf(arguments[2]) as string == compilation.AssemblyName)
            {
                type = compilation.GetTypeByMetadataName(name);
            }

            Add(type, flags);
        }
    }

    /// <summary>Records <c>typeof(T)</c> given to a parameter marked <c>[DynamicallyAccessedMembers(…)]</c>.</summary>
    public void AnalyzeTypeOf(SyntaxNodeAnalysisContext context)
    {
        if (context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is not ITypeOfOperation typeOf)
        {
            return;
        }

        IOperation value = typeOf;
        while (value.Parent is IConversionOperation or IParenthesizedOperation)
        {
            value = value.Parent;
        }

        if (value.Parent is IArgumentOperation { Parameter: { } parameter })
        {
            Add(typeOf.TypeOperand, AccessedMembers(parameter));
        }
    }

    /// <summary>True when reflection or a linker keeps <paramref name="member"/> through its type.</summary>
    public bool IsReflected(ISymbol member)
    {
        var type = member.ContainingType;
        if (type is null)
        {
            return false;
        }

        var bit = BitOf(member);
        if (KeepsAllMembers(type) || ((_reflected.TryGetValue(type.OriginalDefinition, out var rooted) ? rooted : 0) & bit) != 0)
        {
            return true;
        }

        // An annotation on a type also applies to the types derived from it.
        for (var current = type; current is not null; current = current.BaseType)
        {
            if ((AccessedMembers(current) & bit) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <c>DynamicallyAccessedMemberTypes</c> of a <c>[DynamicallyAccessedMembers]</c> on <paramref name="symbol"/>; 0 when none.</summary>
    private static int AccessedMembers(ISymbol symbol) =>
        symbol.GetAttributes()
            .Where(a => a.AttributeClass?.Name == "DynamicallyAccessedMembersAttribute" && a.ConstructorArguments.Length == 1)
            .Select(a => ValueOf(a.ConstructorArguments[0]) is int flags ? flags : 0)
            .Aggregate(0, (all, flags) => all | flags);

    /// <summary><c>[Preserve(AllMembers = true)]</c>, <c>[UsedImplicitly(…WithMembers)]</c> or <c>[PublicAPI]</c> on the type.</summary>
    private static bool KeepsAllMembers(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass?.Name switch
        {
            "PreserveAttribute" => a.NamedArguments.Any(n => n.Key == "AllMembers" && ValueOf(n.Value) is true),
            "UsedImplicitlyAttribute" => a.ConstructorArguments.Any(c => c.Type?.Name == "ImplicitUseTargetFlags" && ValueOf(c) is int flags && (flags & ImplicitUseMembers) != 0),
            "PublicAPIAttribute" => true,
            _ => false,
        });

    /// <summary>The value of an attribute argument; null for an array, whose <c>Value</c> throws.</summary>
    private static object? ValueOf(TypedConstant constant) => constant.Kind == TypedConstantKind.Array ? null : constant.Value;

    private static int BitOf(ISymbol member) => member switch
    {
        IFieldSymbol => NonPublicFields,
        IMethodSymbol => NonPublicMethods,
        IPropertySymbol => NonPublicProperties,
        IEventSymbol => NonPublicEvents,
        _ => NonPublicNestedTypes,
    };

    private void Add(ITypeSymbol? type, int flags)
    {
        if (type is INamedTypeSymbol named && flags != 0)
        {
            _reflected.AddOrUpdate(named.OriginalDefinition, flags, (_, old) => old | flags);
        }
    }
}
