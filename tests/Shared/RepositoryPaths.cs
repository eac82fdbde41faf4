// Shared by every test project (linked into each): where the repository is, seen from a test's output folder.
using System;
using System.IO;

namespace Aeos.Tests.Shared;

/// <summary>Finds files of this repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Aeos.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Aeos.Analyzers.sln was not found above " + AppContext.BaseDirectory);
    }
}
