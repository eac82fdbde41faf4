using System;

namespace Aeos.Build.Tasks;

/// <summary>
/// The time the tasks mark files current with and stamp progress entries with. It is the real clock on purpose:
/// MSBuild compares these times with the file system's timestamps (incremental builds), which a virtual clock
/// would not match. One place, so that a task that needs a controllable clock has it here.
/// </summary>
internal static class BuildClock
{
    /// <summary>Now, in UTC.</summary>
    public static DateTime UtcNow =>
#if NET8_0_OR_GREATER
        TimeProvider.System.GetUtcNow().UtcDateTime;
#else
        DateTime.UtcNow;
#endif

    /// <summary>Marks <paramref name="path"/> written now, without changing its content.</summary>
    public static void Touch(string path) => System.IO.File.SetLastWriteTimeUtc(path, UtcNow);
}
