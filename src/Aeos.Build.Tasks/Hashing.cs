using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace Aeos.Build.Tasks;

/// <summary>SHA-256 and lower-case hexadecimal, the one way every Aeos file writes hashes (checksums, SBOM, loop IDs).</summary>
internal static class Hashing
{
    public static byte[] Sha256(byte[] data)
    {
#if NETFRAMEWORK
        using var sha = SHA256.Create();
        return sha.ComputeHash(data);
#else
        return SHA256.HashData(data);
#endif
    }

    /// <summary>The SHA-256 of a file, read while other processes may still read or replace it.</summary>
    public static string Sha256File(string path)
    {
        using var sha = SHA256.Create();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return Hex(sha.ComputeHash(stream));
    }

    public static string Hex(IEnumerable<byte> bytes) => string.Concat(bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
}
