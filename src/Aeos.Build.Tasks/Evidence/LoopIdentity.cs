using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

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
        var self = (current.Id, current.StartTime.ToUniversalTime());
        if (!IsWorkerNode() || ParentId(current.Id) is not { } parentId)
        {
            return self;
        }

        try
        {
            // A node reused from an earlier build outlived the process that started it: its parent is then
            // init or a shell, not an MSBuild entry process, and the node stands for itself.
            using var parent = Process.GetProcessById(parentId);
            return IsEntryProcess(parentId) ? (parentId, parent.StartTime.ToUniversalTime()) : self;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return self;
        }
    }

    private static bool IsWorkerNode() =>
        CultureInfo.InvariantCulture.CompareInfo.IndexOf(Environment.CommandLine, "nodemode:", CompareOptions.OrdinalIgnoreCase) >= 0;

    private static bool IsEntryProcess(int id)
    {
        var commandLine = (ReadProc(id, "cmdline") ?? string.Empty).ToUpperInvariant();
        return !commandLine.Contains("NODEMODE:") && (commandLine.Contains("DOTNET") || commandLine.Contains("MSBUILD"));
    }

    private static string? ReadProc(int id, string file)
    {
        try
        {
            var path = "/proc/" + id.ToString(CultureInfo.InvariantCulture) + "/" + file;
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The parent process ID from <c>/proc/&lt;id&gt;/stat</c> (field 4, after the parenthesised name).</summary>
    private static int? ParentId(int id)
    {
        var text = ReadProc(id, "stat") ?? string.Empty;
        var end = text.LastIndexOf(')');
        if (end < 0 || end + 2 >= text.Length)
        {
            return null;
        }

        var fields = text.Substring(end + 2).Split(' ');
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : null;
    }
}
