using System;
using System.IO;
using System.Linq;
using Aeos.Tests.Shared;
using Xunit;

namespace Aeos.EndToEnd.Tests;

/// <summary>
/// Packs Aeos.Analyzers once from the repository's sources into a private feed, the way a release does,
/// and makes consumer copies of the repository's sample that restore it from there. Everything lives in
/// one temporary folder, with its own NuGet packages folder, so no earlier package of the same version
/// in the machine's cache can stand in for the one under test.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "aeos-e2e-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        File.WriteAllText(Path.Combine(Root, "NuGet.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="aeos-under-test" value="feed" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="packages" />
              </config>
            </configuration>
            """);

        var project = Path.Combine(RepositoryRoot, "src", "Aeos.Analyzers.Package", "Aeos.Analyzers.Package.csproj");
        PackResult = DotnetCli.Run(RepositoryRoot, "pack", project, "-c", "Release", "--artifacts-path", Path.Combine(Root, "build"), "-o", Feed, "-nodeReuse:false", "-tl:off");
        Package = Directory.GetFiles(Feed, "Aeos.Analyzers.*.nupkg").SingleOrDefault() ?? string.Empty;
    }

    public static string RepositoryRoot => RepositoryPaths.Root;

    public string Root { get; }

    public string Feed { get; }

    public CommandResult PackResult { get; }

    /// <summary>The packed .nupkg; empty when packing failed (tests then fail with the pack output).</summary>
    public string Package { get; }

    /// <summary>A fresh copy of <c>samples/</c> (and the version file it imports) under the fixture's root.</summary>
    public Consumer CreateConsumer(string name)
    {
        Assert.True(PackResult.ExitCode == 0 && Package.Length > 0, PackResult.ToString());
        var root = Path.Combine(Root, name);
        Assert.False(Directory.Exists(root), $"two tests create a consumer named '{name}'; give each its own name");
        CopyDirectory(Path.Combine(RepositoryRoot, "samples"), Path.Combine(root, "samples"));
        Directory.CreateDirectory(Path.Combine(root, "eng"));
        File.Copy(Path.Combine(RepositoryRoot, "eng", "Version.props"), Path.Combine(root, "eng", "Version.props"));
        return new Consumer(Path.Combine(root, "samples"));
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void CopyDirectory(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            var name = Path.GetFileName(directory);
            if (name is "bin" or "obj" or "artifacts" or ".packages")
            {
                continue; // build outputs of a local run of the sample
            }

            CopyDirectory(directory, Path.Combine(destination, name));
        }
    }
}

/// <summary>Every end-to-end test shares one packed package and runs one after another (they are CPU-bound builds).</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackageGroup : ICollectionFixture<PackageFixture>
{
    public const string Name = "packed package";
}
