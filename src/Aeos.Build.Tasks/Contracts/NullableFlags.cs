using System.Reflection.Metadata;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// The nullable bytes of one type reference, read in order: those of its <c>NullableAttribute</c> (one byte for all
/// positions, or one per position), else the byte of the nearest <c>NullableContextAttribute</c>, else 0 (oblivious).
/// 2 means annotated (<c>?</c>); 0 and 1 are written without a mark. <see cref="None"/> marks nothing: the surface of
/// a format-1 file, which had no annotations.
/// </summary>
internal sealed class NullableFlags
{
    private const byte Annotated = 2;
    private const string Attribute = "System.Runtime.CompilerServices.NullableAttribute";

    private readonly byte[] _bytes;
    private readonly bool _single;
    private int _next;

    private NullableFlags(byte[] bytes, bool single)
    {
        _bytes = bytes;
        _single = single;
    }

    public static NullableFlags None { get; } = new(new byte[] { 0 }, single: true);

    /// <summary>The flags of a parameter, return value, property, field or event, with <paramref name="context"/> as the fallback.</summary>
    public static NullableFlags Of(MetadataReader reader, CustomAttributeHandleCollection? attributes, byte context)
    {
        if (attributes is { } own)
        {
            foreach (var handle in own)
            {
                var attribute = reader.GetCustomAttribute(handle);
                if (MetadataNames.AttributeTypeName(reader, attribute) == Attribute)
                {
                    return Read(reader.GetBlobReader(attribute.Value));
                }
            }
        }

        return new NullableFlags(new[] { context }, single: true);
    }

    /// <summary><c>"?"</c> when the next position is annotated, else nothing.</summary>
    public string Mark()
    {
        if (_single)
        {
            return _bytes[0] == Annotated ? "?" : string.Empty;
        }

        var value = _next < _bytes.Length ? _bytes[_next] : (byte)0;
        _next++;
        return value == Annotated ? "?" : string.Empty;
    }

    private static NullableFlags Read(BlobReader blob)
    {
        // Prolog, then the constructor's argument: one byte, or an array (count, bytes); then the named-argument count.
        if (blob.Length < 5 || blob.ReadUInt16() != 1)
        {
            return None;
        }

        if (blob.Length == 5)
        {
            return new NullableFlags(new[] { blob.ReadByte() }, single: true);
        }

        var count = blob.ReadInt32();
        if (count < 0 || count > blob.RemainingBytes)
        {
            return None;
        }

        return new NullableFlags(blob.ReadBytes(count), single: false);
    }
}
