using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>
/// <c>snapshot/environment.json</c>: what the build ran on (SDK, runtime, OS, MSBuild, commit, tool
/// versions). Nothing in it changes from one build to the next on the same machine and commit, so it is
/// rewritten only when the environment really changed.
/// </summary>
internal static class EnvironmentSnapshot
{
    public static string Serialize(string sdkVersion, string msbuildVersion, string repositoryRoot)
    {
        var writer = new JsonWriter().StartObject()
            .Property("schemaVersion", 1)
            .Property("sdk", Text(sdkVersion))
            .Property("runtime", RuntimeInformation.FrameworkDescription)
            .Property("os", RuntimeInformation.OSDescription.Trim())
            .Property("architecture", RuntimeInformation.OSArchitecture.ToString())
            .Property("msbuild", Text(msbuildVersion))
            .Property("commit", Commit(repositoryRoot));
        writer.PropertyName("tools").StartObject()
            .Property("Aeos.Analyzers", AeosVersion())
            .EndObject();
        return writer.EndObject().ToDocument();
    }

    /// <summary>The version of the package, as stamped on the task assembly.</summary>
    public static string AeosVersion()
    {
        var informational = typeof(EnvironmentSnapshot).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var plus = informational.IndexOf('+');
        return plus < 0 ? informational : informational.Substring(0, plus);
    }

    /// <summary>The commit checked out at <paramref name="root"/>, read from <c>.git</c> without running git; "unknown" outside a repository.</summary>
    public static string Commit(string root)
    {
        var gitDirectory = GitDirectory(root);
        if (gitDirectory is null || !File.Exists(Path.Combine(gitDirectory, "HEAD")))
        {
            return "unknown";
        }

        var head = File.ReadAllText(Path.Combine(gitDirectory, "HEAD")).Trim();
        if (!head.StartsWith("ref: ", StringComparison.Ordinal))
        {
            return head;
        }

        return Reference(gitDirectory, head.Substring(5).Trim()) ?? "unknown";
    }

    private static string? GitDirectory(string root)
    {
        for (var directory = new DirectoryInfo(root); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git))
            {
                return git;
            }

            if (File.Exists(git))
            {
                // A worktree or submodule: ".git" is a file that says where the git directory is.
                var pointer = File.ReadAllText(git).Trim();
                return pointer.StartsWith("gitdir: ", StringComparison.Ordinal) ? Path.GetFullPath(Path.Combine(directory.FullName, pointer.Substring(8).Trim())) : null;
            }
        }

        return null;
    }

    private static string? Reference(string gitDirectory, string name)
    {
        // A worktree keeps HEAD of its own but shares the refs of the main repository (its "commondir").
        var common = File.Exists(Path.Combine(gitDirectory, "commondir"))
            ? Path.GetFullPath(Path.Combine(gitDirectory, File.ReadAllText(Path.Combine(gitDirectory, "commondir")).Trim()))
            : gitDirectory;
        foreach (var directory in new[] { gitDirectory, common })
        {
            var loose = Path.Combine(directory, name.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(loose))
            {
                return File.ReadAllText(loose).Trim();
            }
        }

        var packed = Path.Combine(common, "packed-refs");
        if (!File.Exists(packed))
        {
            return null;
        }

        foreach (var line in File.ReadAllLines(packed))
        {
            if (line.EndsWith(" " + name, StringComparison.Ordinal) && line[0] != '#')
            {
                return line.Substring(0, line.IndexOf(' '));
            }
        }

        return null;
    }

    private static string Text(string value) => value.Length == 0 ? "unknown" : value;
}
