using System;
using System.Diagnostics;
using System.IO;

namespace Aeos.Tests.Shared;

/// <summary>
/// Brings a published npm package's files into a cache folder with the machine's npm (`npm pack`, then
/// `tar`), for tests that validate against the official schemas it ships. Parallel test runs each extract
/// into a folder of their own and move it into place in one rename, so nobody reads half a package.
/// </summary>
internal static class NpmPackage
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <returns>The folder holding the package's files (the tarball's <c>package/</c>).</returns>
    public static string Fetch(string name, string version)
    {
        var cache = Path.Combine(Path.GetTempPath(), "aeos-npm-cache", name.Replace('/', '+').Replace("@", string.Empty, StringComparison.Ordinal) + "@" + version);
        var package = Path.Combine(cache, "package");
        if (Directory.Exists(package))
        {
            return package;
        }

        var work = cache + "." + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(work);
        try
        {
            Run(new ProcessStartInfo("npm"), work, "pack", name + "@" + version, "--silent");
            var tarball = Directory.GetFiles(work, "*.tgz");
            if (tarball.Length != 1)
            {
                throw new InvalidOperationException("npm pack " + name + "@" + version + " left no tarball in " + work);
            }

            Run(new ProcessStartInfo("tar"), work, "-xzf", tarball[0]);
            Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
            try
            {
                Directory.Move(work, cache);
            }
            catch (IOException) when (Directory.Exists(package))
            {
                return package; // another test process won the race; its copy is the same package
            }
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }

        return package;
    }

    private static void Run(ProcessStartInfo start, string directory, params string[] arguments)
    {
        var command = start.FileName;
        start.WorkingDirectory = directory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(command + " could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(command + " " + string.Join(' ', arguments) + " did not finish in " + Timeout);
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(command + " " + string.Join(' ', arguments) + " failed with exit code " + process.ExitCode + " (npm and tar must be on PATH; npm needs the registry):\n" + output.Result + error.Result);
        }
    }
}
