using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Aeos.Tests.Shared;

/// <summary>
/// Fetches a published npm package with <c>npm pack</c> and extracts it, once per machine and version:
/// official schemas (CycloneDX, SARIF …) ship in npm packages, and tests validate against those instead
/// of copies of our own. Safe under parallel test runs: each run extracts into a folder of its own and
/// renames it into place; the first rename wins and the others use its result.
/// </summary>
internal static class NpmPackage
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The extracted <c>package/</c> folder of <paramref name="name"/>@<paramref name="version"/>.</summary>
    public static string Fetch(string name, string version)
    {
        var cache = Path.Combine(Path.GetTempPath(), "aeos-npm", name.Replace('/', '+') + "@" + version);
        var extracted = Path.Combine(cache, "package");
        if (Directory.Exists(extracted))
        {
            return extracted;
        }

        var work = Path.Combine(Path.GetTempPath(), "aeos-npm", "." + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            Run(new ProcessStartInfo("npm") { WorkingDirectory = work }, "pack", name + "@" + version, "--silent");
            var tarball = Directory.GetFiles(work, "*.tgz").Single();
            Run(new ProcessStartInfo("tar") { WorkingDirectory = work }, "-xzf", tarball);
            Directory.CreateDirectory(cache);
            if (!TryMoveIntoPlace(Path.Combine(work, "package"), extracted) && !Directory.Exists(extracted))
            {
                throw new IOException("The extracted package could not be moved to '" + extracted + "'.");
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        return extracted;
    }

    /// <returns>False when the rename failed, which it does when another test run extracted the same version first.</returns>
    private static bool TryMoveIntoPlace(string source, string destination)
    {
        try
        {
            Directory.Move(source, destination);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static void Run(ProcessStartInfo start, params string[] arguments)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = StartOrExplain(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"'{start.FileName} {string.Join(" ", arguments)}' did not finish within {Timeout.TotalMinutes} minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{start.FileName} {string.Join(" ", arguments)}' failed with exit code {process.ExitCode}:\n{output.Result}\n{error.Result}");
        }
    }

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{start.FileName}' is needed to fetch the published schemas these tests validate against, and it cannot be started ({e.Message}). Install Node.js with npm (Debian: apt-get install npm) and tar.", e);
        }
    }
}
