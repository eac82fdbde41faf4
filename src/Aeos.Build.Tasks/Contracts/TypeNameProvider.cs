using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// Turns metadata signatures into C# type names: keywords for the built-in types, full names for the
/// rest, <c>T?</c> and tuples in their short forms. Custom modifiers are dropped, except the one that
/// makes a setter <c>init</c>, which is kept as a prefix the property renderer looks for.
/// </summary>
internal sealed class TypeNameProvider : ISignatureTypeProvider<string, GenericScope>
{
    /// <summary>Prefix of a setter's return type that carries <c>modreq(IsExternalInit)</c>.</summary>
    public const string InitOnlyPrefix = "modreq(IsExternalInit) ";

    /// <summary>Prefix of a by-reference type; parameters replace it with ref, out, in or ref readonly.</summary>
    public const string ByRefPrefix = "ref ";

    private static readonly Dictionary<PrimitiveTypeCode, string> Keywords = new()
    {
        [PrimitiveTypeCode.Boolean] = "bool",
        [PrimitiveTypeCode.Byte] = "byte",
        [PrimitiveTypeCode.SByte] = "sbyte",
        [PrimitiveTypeCode.Char] = "char",
        [PrimitiveTypeCode.Int16] = "short",
        [PrimitiveTypeCode.UInt16] = "ushort",
        [PrimitiveTypeCode.Int32] = "int",
        [PrimitiveTypeCode.UInt32] = "uint",
        [PrimitiveTypeCode.Int64] = "long",
        [PrimitiveTypeCode.UInt64] = "ulong",
        [PrimitiveTypeCode.Single] = "float",
        [PrimitiveTypeCode.Double] = "double",
        [PrimitiveTypeCode.IntPtr] = "nint",
        [PrimitiveTypeCode.UIntPtr] = "nuint",
        [PrimitiveTypeCode.Object] = "object",
        [PrimitiveTypeCode.String] = "string",
        [PrimitiveTypeCode.Void] = "void",
        [PrimitiveTypeCode.TypedReference] = "System.TypedReference",
    };

    // decimal is a C# keyword but no metadata primitive: signatures refer to System.Decimal by name.
    private const string Decimal = "decimal";

    public static TypeNameProvider Instance { get; } = new();

    /// <summary>True for the names written as C# keywords (a constant of such a type needs no cast).</summary>
    public static bool IsKeyword(string typeName) => typeName == Decimal || Keywords.ContainsValue(typeName);

    public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

    public string GetByReferenceType(string elementType) => ByRefPrefix + elementType;

    public string GetFunctionPointerType(MethodSignature<string> signature) =>
        "delegate*<" + string.Join(", ", signature.ParameterTypes.Concat(new[] { signature.ReturnType })) + ">";

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => MetadataNames.Instantiate(genericType, typeArguments);

    public string GetGenericMethodParameter(GenericScope genericContext, int index) => genericContext.MethodParameter(index);

    public string GetGenericTypeParameter(GenericScope genericContext, int index) => genericContext.TypeParameter(index);

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) =>
        isRequired && modifier == "System.Runtime.CompilerServices.IsExternalInit" ? InitOnlyPrefix + unmodifiedType : unmodifiedType;

    public string GetPinnedType(string elementType) => elementType;

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => Keywords[typeCode];

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => Keyword(MetadataNames.Raw(reader, handle));

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => Keyword(MetadataNames.Raw(reader, handle));

    public string GetTypeFromSpecification(MetadataReader reader, GenericScope genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    private static string Keyword(string raw) => raw == "System.Decimal" ? Decimal : raw;

    /// <summary>A base type, interface, constraint or event type: a definition, a reference or a specification.</summary>
    public string Of(MetadataReader reader, EntityHandle handle, GenericScope scope) => handle.Kind switch
    {
        HandleKind.TypeDefinition => GetTypeFromDefinition(reader, (TypeDefinitionHandle)handle, 0),
        HandleKind.TypeReference => GetTypeFromReference(reader, (TypeReferenceHandle)handle, 0),
        _ => GetTypeFromSpecification(reader, scope, (TypeSpecificationHandle)handle, 0),
    };
}
