using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using Aeos.Shared.Baseline;

namespace Aeos.Build.Tasks;

/// <summary>
/// A lock shared by every build process on the machine, held while a file shared by several projects
/// (the baseline, the ratchet file) is read, changed and written, so parallel builds (<c>-m</c>) never
/// lose each other's changes. It is an exclusively opened file in the temporary folder, named after the
/// protected file's full path. The lock file is never deleted: deleting it would let two builds lock two
/// different files of the same name.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private readonly FileStream _stream;

    private FileLock(FileStream stream)
    {
        _stream = stream;
    }

    /// <exception cref="TimeoutException">Another build held the lock for longer than <paramref name="timeout"/>.</exception>
    public static FileLock Acquire(string file, TimeSpan timeout)
    {
        var directory = Path.Combine(Path.GetTempPath(), "aeos-locks");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, Fingerprint.HashMessage(Path.GetFullPath(file)) + ".lock");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (clock.Elapsed < timeout)
            {
                Thread.Sleep(25);
            }
            catch (IOException e)
            {
                throw new TimeoutException("another build held the lock on '" + file + "' for more than " + timeout.TotalSeconds + " s", e);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
