using System.Globalization;
using System.Reflection.Metadata;
using System.Text;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// Constant values (const fields, enum members, parameter defaults) as C# literals, culture-invariant,
/// so that the same assembly gives the same text on every machine.
/// </summary>
internal static class ConstantFormatter
{
    public static string Format(MetadataReader reader, ConstantHandle handle)
    {
        var constant = reader.GetConstant(handle);
        var blob = reader.GetBlobReader(constant.Value);
        return constant.TypeCode switch
        {
            ConstantTypeCode.Boolean => blob.ReadBoolean() ? "true" : "false",
            ConstantTypeCode.Char => Quote(new string(blob.ReadChar(), 1), '\''),
            ConstantTypeCode.String => blob.Length == 0 ? "\"\"" : Quote(blob.ReadUTF16(blob.Length), '"'),
            ConstantTypeCode.NullReference => "null",
            ConstantTypeCode.Single => Real(blob.ReadSingle(), "float"),
            ConstantTypeCode.Double => Real(blob.ReadDouble(), "double"),
            _ => Integer(constant.TypeCode, ref blob),
        };
    }

    /// <summary>
    /// A constant of an enum type is stored as its underlying integer; the cast says which type it is.
    /// </summary>
    public static string Typed(string value, string typeName) =>
        TypeNameProvider.IsKeyword(typeName) || value == "null" ? value : "(" + typeName + ")" + value;

    /// <summary>A <c>decimal</c> default value is not a metadata constant but a DecimalConstantAttribute.</summary>
    public static string? Decimal(MetadataReader reader, CustomAttributeHandleCollection attributes)
    {
        foreach (var handle in attributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (MetadataNames.AttributeTypeName(reader, attribute) == "System.Runtime.CompilerServices.DecimalConstantAttribute")
            {
                return DecimalLiteral(reader.GetBlobReader(attribute.Value));
            }
        }

        return null;
    }

    private static string DecimalLiteral(BlobReader blob)
    {
        // Prolog, byte scale, byte sign, then hi, mid and lo as 32-bit integers (the same for both constructors).
        blob.ReadUInt16();
        var scale = blob.ReadByte();
        var negative = blob.ReadByte() != 0;
        var hi = blob.ReadInt32();
        var mid = blob.ReadInt32();
        var lo = blob.ReadInt32();
        return new decimal(lo, mid, hi, negative, scale).ToString(CultureInfo.InvariantCulture) + "m";
    }

    private static string Quote(string text, char quote)
    {
        var builder = new StringBuilder().Append(quote);
        foreach (var c in text)
        {
            builder.Append(Escape(c, quote));
        }

        return builder.Append(quote).ToString();
    }

    private static string Escape(char c, char quote)
    {
        if (c == quote || c == '\\')
        {
            return "\\" + c;
        }

        return c >= ' ' && c <= '~' ? new string(c, 1) : Control(c);
    }

    private static string Control(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\0' => "\\0",
        _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
    };

    private static string Integer(ConstantTypeCode code, ref BlobReader blob) => code switch
    {
        ConstantTypeCode.SByte => blob.ReadSByte().ToString(CultureInfo.InvariantCulture),
        ConstantTypeCode.Byte => blob.ReadByte().ToString(CultureInfo.InvariantCulture),
        ConstantTypeCode.Int16 => blob.ReadInt16().ToString(CultureInfo.InvariantCulture),
        ConstantTypeCode.UInt16 => blob.ReadUInt16().ToString(CultureInfo.InvariantCulture),
        ConstantTypeCode.Int32 => blob.ReadInt32().ToString(CultureInfo.InvariantCulture),
        ConstantTypeCode.UInt32 => blob.ReadUInt32().ToString(CultureInfo.InvariantCulture),
        ConstantTypeCode.Int64 => blob.ReadInt64().ToString(CultureInfo.InvariantCulture),
        ConstantTypeCode.UInt64 => blob.ReadUInt64().ToString(CultureInfo.InvariantCulture),
        _ => "?",
    };

    private static string Real(float value, string keyword) =>
        Special(value, keyword) ?? value.ToString("R", CultureInfo.InvariantCulture) + "f";

    private static string Real(double value, string keyword) =>
        Special(value, keyword) ?? value.ToString("R", CultureInfo.InvariantCulture);

    private static string? Special(double value, string keyword)
    {
        if (double.IsNaN(value))
        {
            return keyword + ".NaN";
        }

        if (double.IsInfinity(value))
        {
            return keyword + (value > 0 ? ".PositiveInfinity" : ".NegativeInfinity");
        }

        return null;
    }
}
