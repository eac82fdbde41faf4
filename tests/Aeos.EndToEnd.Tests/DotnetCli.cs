using System;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace Aeos.EndToEnd.Tests;

/// <summary>The outcome of one real `dotnet` command.</summary>
public sealed record CommandResult(string Command, int ExitCode, string Output)
{
    public override string ToString() => "`" + Command + "` exited with " + ExitCode + ":\n" + Output;
}

/// <summary>Runs the real .NET CLI the way a user does, isolated from the test host's MSBuild environment.</summary>
internal static class DotnetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    public static CommandResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` runs this process with MSBuild's own variables set; a nested build must not inherit them.
        foreach (var key in start.Environment.Keys.Where(IsHostVariable).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(' ', arguments) + " did not finish in " + Timeout + ":\n" + output);
        }

        process.WaitForExit();
        lock (output)
        {
            return new CommandResult("dotnet " + string.Join(' ', arguments), process.ExitCode, output.ToString());
        }
    }

    private static bool IsHostVariable(string key) =>
        key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase)
        || string.Equals(key, "DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase);

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
