using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>What a signature's type is for its default value: a reference type (or type parameter), <c>Nullable&lt;T&gt;</c>, or another value type.</summary>
internal enum ValueKind
{
    Reference,
    Nullable,
    Value,
}

/// <summary>
/// The <see cref="ValueKind"/> of a signature's type: a parameter of a value type other than <c>Nullable&lt;T&gt;</c> whose
/// default the compiler stored as a null constant was written <c>= default</c> (a struct has no <c>null</c>), while one of
/// <c>Nullable&lt;T&gt;</c> was written <c>= null</c>. Type parameters are answered by <see cref="GenericScope"/>;
/// pointers, arrays and references are not value types.
/// </summary>
internal sealed class ValueTypeProvider : ISignatureTypeProvider<ValueKind, object?>
{
    public static ValueTypeProvider Instance { get; } = new();

    public ValueKind GetArrayType(ValueKind elementType, ArrayShape shape) => ValueKind.Reference;

    public ValueKind GetByReferenceType(ValueKind elementType) => elementType;

    public ValueKind GetFunctionPointerType(MethodSignature<ValueKind> signature) => ValueKind.Reference;

    public ValueKind GetGenericInstantiation(ValueKind genericType, ImmutableArray<ValueKind> typeArguments) => genericType;

    public ValueKind GetGenericMethodParameter(object? genericContext, int index) => ValueKind.Reference;

    public ValueKind GetGenericTypeParameter(object? genericContext, int index) => ValueKind.Reference;

    public ValueKind GetModifiedType(ValueKind modifier, ValueKind unmodifiedType, bool isRequired) => unmodifiedType;

    public ValueKind GetPinnedType(ValueKind elementType) => elementType;

    public ValueKind GetPointerType(ValueKind elementType) => ValueKind.Reference;

    public ValueKind GetPrimitiveType(PrimitiveTypeCode typeCode) =>
        typeCode is PrimitiveTypeCode.Object or PrimitiveTypeCode.String ? ValueKind.Reference : ValueKind.Value;

    public ValueKind GetSZArrayType(ValueKind elementType) => ValueKind.Reference;

    public ValueKind GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        var definition = reader.GetTypeDefinition(handle);
        return KindOf(rawTypeKind, reader.GetString(definition.Namespace), reader.GetString(definition.Name));
    }

    public ValueKind GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
    {
        var reference = reader.GetTypeReference(handle);
        return KindOf(rawTypeKind, reader.GetString(reference.Namespace), reader.GetString(reference.Name));
    }

    public ValueKind GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    private static ValueKind KindOf(byte rawTypeKind, string ns, string name)
    {
        if (rawTypeKind != (byte)SignatureTypeKind.ValueType)
        {
            return ValueKind.Reference;
        }

        return ns == "System" && name == "Nullable`1" ? ValueKind.Nullable : ValueKind.Value;
    }
}
