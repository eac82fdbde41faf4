using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// Whether a signature's type is a value type other than <c>Nullable&lt;T&gt;</c>: a parameter of such a type whose
/// default the compiler stored as a null constant was written <c>= default</c> (a struct has no <c>null</c>).
/// Type parameters are answered by <see cref="GenericScope"/>; pointers, arrays and references are not value types.
/// </summary>
internal sealed class ValueTypeProvider : ISignatureTypeProvider<bool, object?>
{
    public static ValueTypeProvider Instance { get; } = new();

    public bool GetArrayType(bool elementType, ArrayShape shape) => false;

    public bool GetByReferenceType(bool elementType) => elementType;

    public bool GetFunctionPointerType(MethodSignature<bool> signature) => false;

    public bool GetGenericInstantiation(bool genericType, ImmutableArray<bool> typeArguments) => genericType;

    public bool GetGenericMethodParameter(object? genericContext, int index) => false;

    public bool GetGenericTypeParameter(object? genericContext, int index) => false;

    public bool GetModifiedType(bool modifier, bool unmodifiedType, bool isRequired) => unmodifiedType;

    public bool GetPinnedType(bool elementType) => elementType;

    public bool GetPointerType(bool elementType) => false;

    public bool GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode is not (PrimitiveTypeCode.Object or PrimitiveTypeCode.String);

    public bool GetSZArrayType(bool elementType) => false;

    public bool GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        var definition = reader.GetTypeDefinition(handle);
        return IsValueType(rawTypeKind, reader.GetString(definition.Namespace), reader.GetString(definition.Name));
    }

    public bool GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
    {
        var reference = reader.GetTypeReference(handle);
        return IsValueType(rawTypeKind, reader.GetString(reference.Namespace), reader.GetString(reference.Name));
    }

    public bool GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    private static bool IsValueType(byte rawTypeKind, string ns, string name) =>
        rawTypeKind == (byte)SignatureTypeKind.ValueType && !(ns == "System" && name == "Nullable`1");
}
