using System.Collections.Generic;
using System.Reflection.Metadata;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// The byte of the nearest <c>NullableContextAttribute</c> of a method or type (then its declaring types, then the
/// module), which applies to every type reference inside it without a <c>NullableAttribute</c> of its own.
/// </summary>
internal sealed class NullableContexts
{
    private const string Attribute = "System.Runtime.CompilerServices.NullableContextAttribute";

    private readonly MetadataReader _reader;
    private readonly Dictionary<TypeDefinitionHandle, byte> _types = new();
    private readonly byte _module;

    public NullableContexts(MetadataReader reader)
    {
        _reader = reader;
        _module = Own(reader.GetModuleDefinition().GetCustomAttributes()) ?? 0;
    }

    public byte ForMethod(MethodDefinition method) => Own(method.GetCustomAttributes()) ?? ForType(method.GetDeclaringType());

    public byte ForType(TypeDefinitionHandle handle)
    {
        if (_types.TryGetValue(handle, out var cached))
        {
            return cached;
        }

        var type = _reader.GetTypeDefinition(handle);
        var declaring = type.GetDeclaringType();
        var value = Own(type.GetCustomAttributes()) ?? (declaring.IsNil ? _module : ForType(declaring));
        _types[handle] = value;
        return value;
    }

    private byte? Own(CustomAttributeHandleCollection attributes)
    {
        foreach (var handle in attributes)
        {
            var attribute = _reader.GetCustomAttribute(handle);
            if (MetadataNames.AttributeTypeName(_reader, attribute) == Attribute)
            {
                var blob = _reader.GetBlobReader(attribute.Value);
                return blob.Length >= 3 && blob.ReadUInt16() == 1 ? blob.ReadByte() : null;
            }
        }

        return null;
    }
}
