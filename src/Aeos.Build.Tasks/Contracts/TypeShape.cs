using System.Reflection;
using System.Reflection.Metadata;

namespace Aeos.Build.Tasks.Contracts;

internal enum TypeKind
{
    Class,
    Struct,
    Interface,
    Enum,
    Delegate,
}

/// <summary>What C# would call the type, decided by its flags and its base type.</summary>
internal readonly struct TypeShape
{
    private TypeShape(TypeKind kind, string? baseType)
    {
        Kind = kind;
        BaseType = baseType;
    }

    public TypeKind Kind { get; }

    /// <summary>The base type worth writing: null for object, and for the implied bases of structs, enums and delegates.</summary>
    public string? BaseType { get; }

    public static TypeShape Of(MetadataReader reader, TypeDefinition type, GenericScope scope)
    {
        if ((type.Attributes & TypeAttributes.Interface) != 0)
        {
            return new TypeShape(TypeKind.Interface, null);
        }

        var baseType = type.BaseType.IsNil ? null : TypeNameProvider.Instance.Of(reader, type.BaseType, scope);
        return baseType switch
        {
            "System.Enum" => new TypeShape(TypeKind.Enum, null),
            "System.ValueType" => new TypeShape(TypeKind.Struct, null),
            "System.MulticastDelegate" => new TypeShape(TypeKind.Delegate, null),
            "System.Object" or null => new TypeShape(TypeKind.Class, null),
            _ => new TypeShape(TypeKind.Class, baseType),
        };
    }
}
