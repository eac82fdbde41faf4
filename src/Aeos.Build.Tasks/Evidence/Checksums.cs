using System;
using System.IO;
using System.Linq;
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
            builder.Append(Hashing.Sha256File(file.Full)).Append("  ").Append(file.Relative).Append('\n');
        }

        return builder.ToString();
    }
}
