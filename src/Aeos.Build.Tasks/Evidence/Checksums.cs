using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>
/// <c>evidence/&lt;Project&gt;.sha256</c>: the SHA-256 of every file the build put in the project's output
/// folder, one "<c>hash  path</c>" line each (the format <c>sha256sum -c</c> reads, paths relative to the
/// output folder), sorted by path.
/// </summary>
internal static class Checksums
{
    public static string Compute(string outputDirectory)
    {
        var builder = new StringBuilder();
        if (!Directory.Exists(outputDirectory))
        {
            return string.Empty;
        }

        var root = Path.GetFullPath(outputDirectory);
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: f.Substring(root.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var file in files)
        {
            builder.Append(Hash(file.Full)).Append("  ").Append(file.Relative).Append('\n');
        }

        return builder.ToString();
    }

    public static string Hash(string path)
    {
        using var sha = SHA256.Create();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return Hex(sha.ComputeHash(stream));
    }

    public static byte[] Sha256(byte[] data)
    {
#if NETFRAMEWORK
        using var sha = SHA256.Create();
        return sha.ComputeHash(data);
#else
        return SHA256.HashData(data);
#endif
    }

    public static string Hex(IEnumerable<byte> bytes) => string.Concat(bytes.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
}
