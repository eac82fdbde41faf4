using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>
/// The <c>loop_id</c> of the progress log: one ULID for all projects of one <c>dotnet build</c> invocation.
/// MSBuild gives tasks no ID of the invocation, so Aeos names the invocation by its entry process (the
/// <c>dotnet build</c> or <c>msbuild</c> process that the user started): its ID and start time. Projects
/// built in that process use it directly; a worker node (<c>/nodemode:</c>) started for this build is
/// its child, and finds it as its parent process (read from <c>/proc</c> on Linux). Where that cannot be
/// read (another OS, a worker node reused from an earlier build) the node stands for itself, and its
/// projects get a loop ID of their own. <c>-p:AeosLoopId=&lt;ULID&gt;</c> (or the environment variable
/// <c>AEOS_LOOP_ID</c>) sets the ID outright, e.g. for a CI pipeline that runs several commands as one loop.
/// </summary>
internal static class LoopIdentity
{
    public const string EnvironmentVariable = "AEOS_LOOP_ID";

    private static readonly DateTime UnixEpoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The loop ID: <paramref name="configured"/> when it is a ULID, else the entry process's.</summary>
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured!.Trim().ToUpperInvariant();
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment!.Trim().ToUpperInvariant();
        }

        var (id, started) = EntryProcess();
        return Ulid.FromKey(started, Environment.MachineName + "/" + id.ToString(CultureInfo.InvariantCulture) + "/" + started.Ticks.ToString(CultureInfo.InvariantCulture));
    }

    private static (int Id, DateTime Started) EntryProcess()
    {
        using var current = Process.GetCurrentProcess();
        var self = (current.Id, StartTime(current));
        if (!IsWorkerNode() || ParentId(current.Id) is not { } parentId || !IsEntryProcess(parentId))
        {
            // A node reused from an earlier build outlived the process that started it: its parent is then
            // init or a shell, not an MSBuild entry process, and the node stands for itself.
            return self;
        }

        try
        {
            using var parent = Process.GetProcessById(parentId);
            return (parentId, StartTime(parent));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return self;
        }
    }

    /// <summary>
    /// The start time, the same in every process that asks: on Linux from the kernel's own numbers (boot time
    /// and start ticks), because <see cref="Process.StartTime"/> derives it from the current uptime there and
    /// differs by milliseconds from one process to the next.
    /// </summary>
    private static DateTime StartTime(Process process)
    {
        var stat = StatFields(process.Id);
        var boot = (ReadProc("stat") ?? string.Empty).Split('\n').FirstOrDefault(l => l.StartsWith("btime ", StringComparison.Ordinal));
        if (stat is { Length: > 19 } && boot is not null
            && long.TryParse(stat[19], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && long.TryParse(boot.Substring(6).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var bootSeconds))
        {
            // Start ticks are in USER_HZ, which Linux fixes at 100 for user space.
            return UnixEpoch.AddSeconds(bootSeconds).AddMilliseconds(ticks * 10);
        }

        return process.StartTime.ToUniversalTime();
    }

    private static bool IsWorkerNode() =>
        CultureInfo.InvariantCulture.CompareInfo.IndexOf(Environment.CommandLine, "nodemode:", CompareOptions.OrdinalIgnoreCase) >= 0;

    private static bool IsEntryProcess(int id)
    {
        var commandLine = (ReadProc(id.ToString(CultureInfo.InvariantCulture) + "/cmdline") ?? string.Empty).ToUpperInvariant();
        return !commandLine.Contains("NODEMODE:") && (commandLine.Contains("DOTNET") || commandLine.Contains("MSBUILD"));
    }

    private static string? ReadProc(string file)
    {
        try
        {
            var path = "/proc/" + file;
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The fields of <c>/proc/&lt;id&gt;/stat</c> after the parenthesised command name (so field 4 of the file is index 1).</summary>
    private static string[]? StatFields(int id)
    {
        var text = ReadProc(id.ToString(CultureInfo.InvariantCulture) + "/stat") ?? string.Empty;
        var end = text.LastIndexOf(')');
        return end < 0 || end + 2 >= text.Length ? null : text.Substring(end + 2).Split(' ');
    }

    private static int? ParentId(int id) =>
        StatFields(id) is { Length: > 1 } fields && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : null;
}
