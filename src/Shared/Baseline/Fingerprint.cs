using System.Globalization;
using System.Text;

namespace Aeos.Shared.Baseline;

/// <summary>
/// The parts of a baseline entry computed from a diagnostic, the same way in the suppressor (from the
/// compiler's Diagnostic) and in the build tasks (from the SARIF log), so the two sides always agree.
/// </summary>
internal static class Fingerprint
{
    /// <summary>A short, stable hash of a message: FNV-1a (64 bit) of its whitespace-normalised UTF-8 text.</summary>
    public static string HashMessage(string message)
    {
        const ulong offset = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        var hash = offset;
        foreach (var b in Encoding.UTF8.GetBytes(Normalize(message)))
        {
            hash ^= b;
            hash *= prime;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The path of <paramref name="file"/> relative to <paramref name="baseDirectory"/>, with forward
    /// slashes; a file outside that folder keeps its full path (forward slashes too).
    /// </summary>
    public static string RelativePath(string baseDirectory, string file)
    {
        var normalizedFile = file.Replace('\\', '/');
        var normalizedBase = baseDirectory.Replace('\\', '/').TrimEnd('/') + "/";
        return normalizedFile.StartsWith(normalizedBase, System.StringComparison.Ordinal)
            ? normalizedFile.Substring(normalizedBase.Length)
            : normalizedFile;
    }

    private static string Normalize(string message)
    {
        var builder = new StringBuilder(message.Length);
        var pendingSpace = false;
        foreach (var c in message)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
