using System;
using System.IO;

namespace Aeos.Build.Tasks;

/// <summary>
/// Writes files so that a reader never sees half a file and a failed write never destroys the previous
/// content: the bytes go to a temporary file beside the target, which then replaces it in one rename.
/// Parallel project builds writing the same file each replace it whole.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> unless the file already holds exactly those bytes.</summary>
    /// <returns>True when the file was written, false when it already had this content.</returns>
    public static bool WriteIfChanged(string path, byte[] content)
    {
        if (File.Exists(path) && ContentEquals(path, content))
        {
            return false;
        }

        Write(path, content);
        return true;
    }

    public static void Write(string path, byte[] content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllBytes(temporary, content);
            Replace(temporary, path);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static void Replace(string source, string destination)
    {
#if NETFRAMEWORK
        if (File.Exists(destination))
        {
            File.Replace(source, destination, destinationBackupFileName: null, ignoreMetadataErrors: true);
        }
        else
        {
            File.Move(source, destination);
        }
#else
        File.Move(source, destination, overwrite: true);
#endif
    }

    private static bool ContentEquals(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (info.Length != content.Length)
        {
            return false;
        }

        var existing = File.ReadAllBytes(path);
        for (var i = 0; i < existing.Length; i++)
        {
            if (existing[i] != content[i])
            {
                return false;
            }
        }

        return true;
    }
}
