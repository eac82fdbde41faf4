using System;
using System.Text;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>
/// ULIDs (26 characters of Crockford's base 32: a 48-bit millisecond timestamp, then 80 bits that tell
/// IDs of the same millisecond apart). Aeos derives the 80 bits from a key instead of drawing them at
/// random, so that every build node that knows the key computes the same ID without talking to the others.
/// </summary>
internal static class Ulid
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public const int Length = 26;

    private static readonly DateTime UnixEpoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The ULID of <paramref name="time"/> whose random part is a hash of <paramref name="key"/>.</summary>
    public static string FromKey(DateTime time, string key)
    {
        var milliseconds = (ulong)(time.ToUniversalTime() - UnixEpoch).TotalMilliseconds;
        var hash = Hashing.Sha256(Encoding.UTF8.GetBytes(key));

        var bytes = new byte[16];
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        Array.Copy(hash, 0, bytes, 6, 10);
        return Encode(bytes);
    }

    /// <summary>Whether <paramref name="text"/> is a well-formed ULID (upper-case canonical form).</summary>
    public static bool IsValid(string? text)
    {
        if (text is null || text.Length != Length || text[0] > '7')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (Alphabet.IndexOf(c) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The 128 bits as 26 five-bit digits, most significant first (the first digit carries 3 bits).</summary>
    private static string Encode(byte[] bytes)
    {
        var builder = new StringBuilder(Length);
        for (var digit = 0; digit < Length; digit++)
        {
            // Bit offset of this digit's most significant bit in a 130-bit number padded with two leading zeros.
            var start = (digit * 5) - 2;
            var value = 0;
            for (var bit = start; bit < start + 5; bit++)
            {
                value = (value << 1) | Bit(bytes, bit);
            }

            builder.Append(Alphabet[value]);
        }

        return builder.ToString();
    }

    private static int Bit(byte[] bytes, int index) =>
        index < 0 ? 0 : (bytes[index / 8] >> (7 - (index % 8))) & 1;
}
