using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// Decodes signatures into <see cref="AnnotatedType"/>s: each type's plain text is what <see cref="TypeNameProvider"/>
/// writes, and its annotated text adds the nullable marks in the compiler's byte order.
/// </summary>
internal sealed class AnnotatedTypeProvider : ISignatureTypeProvider<AnnotatedType, GenericScope>
{
    private static readonly TypeNameProvider Names = TypeNameProvider.Instance;

    public static AnnotatedTypeProvider Instance { get; } = new();

    public AnnotatedType GetArrayType(AnnotatedType elementType, ArrayShape shape) =>
        AnnotatedType.Array(Names.GetArrayType(elementType.Plain, shape), elementType, element => Names.GetArrayType(element, shape));

    public AnnotatedType GetByReferenceType(AnnotatedType elementType) =>
        AnnotatedType.Wrapped(Names.GetByReferenceType(elementType.Plain), elementType, Names.GetByReferenceType);

    public AnnotatedType GetFunctionPointerType(MethodSignature<AnnotatedType> signature)
    {
        // The bytes of a function pointer's own signature are not read: it is written without annotations.
        var plain = Names.GetFunctionPointerType(new MethodSignature<string>(
            signature.Header, signature.ReturnType.Plain, signature.RequiredParameterCount, signature.GenericParameterCount, signature.ParameterTypes.Select(p => p.Plain).ToImmutableArray()));
        return AnnotatedType.Leaf(plain, isValueType: true);
    }

    public AnnotatedType GetGenericInstantiation(AnnotatedType genericType, ImmutableArray<AnnotatedType> typeArguments) => AnnotatedType.Generic(genericType, typeArguments);

    public AnnotatedType GetGenericMethodParameter(GenericScope genericContext, int index) => AnnotatedType.TypeParameter(Names.GetGenericMethodParameter(genericContext, index));

    public AnnotatedType GetGenericTypeParameter(GenericScope genericContext, int index) => AnnotatedType.TypeParameter(Names.GetGenericTypeParameter(genericContext, index));

    public AnnotatedType GetModifiedType(AnnotatedType modifier, AnnotatedType unmodifiedType, bool isRequired) =>
        AnnotatedType.Wrapped(Names.GetModifiedType(modifier.Plain, unmodifiedType.Plain, isRequired), unmodifiedType, inner => Names.GetModifiedType(modifier.Plain, inner, isRequired));

    public AnnotatedType GetPinnedType(AnnotatedType elementType) => elementType;

    public AnnotatedType GetPointerType(AnnotatedType elementType) =>
        AnnotatedType.Wrapped(Names.GetPointerType(elementType.Plain), elementType, Names.GetPointerType);

    public AnnotatedType GetPrimitiveType(PrimitiveTypeCode typeCode) =>
        AnnotatedType.Leaf(Names.GetPrimitiveType(typeCode), isValueType: typeCode is not (PrimitiveTypeCode.String or PrimitiveTypeCode.Object));

    public AnnotatedType GetSZArrayType(AnnotatedType elementType) =>
        AnnotatedType.Array(Names.GetSZArrayType(elementType.Plain), elementType, Names.GetSZArrayType);

    public AnnotatedType GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        Named(Names.GetTypeFromDefinition(reader, handle, rawTypeKind), rawTypeKind == (byte)SignatureTypeKind.ValueType);

    public AnnotatedType GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
        Named(Names.GetTypeFromReference(reader, handle, rawTypeKind), rawTypeKind == (byte)SignatureTypeKind.ValueType);

    public AnnotatedType GetTypeFromSpecification(MetadataReader reader, GenericScope genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    /// <summary>An event type (a delegate, so a reference type when named directly): a definition, a reference or a specification.</summary>
    public AnnotatedType Of(MetadataReader reader, EntityHandle handle, GenericScope scope) => handle.Kind switch
    {
        HandleKind.TypeDefinition => GetTypeFromDefinition(reader, (TypeDefinitionHandle)handle, 0),
        HandleKind.TypeReference => GetTypeFromReference(reader, (TypeReferenceHandle)handle, 0),
        _ => GetTypeFromSpecification(reader, scope, (TypeSpecificationHandle)handle, 0),
    };

    private static AnnotatedType Named(string plain, bool isValueType) => AnnotatedType.Leaf(plain, isValueType, plain == "System.Nullable`1");
}
