using System;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace Aeos.EndToEnd.Tests;

[Collection(PackedPackageGroup.Name)]
public sealed class PackageLayoutTests
{
    /// <summary>ARCHITECTURE.md, "Package layout", with the schemas of the files Aeos reads and writes (issues 7 and 8).</summary>
    private static readonly string[] DesignedLayout =
    {
        "README.md",
        "analyzers/dotnet/cs/Aeos.Analyzers.CodeFixes.dll",
        "analyzers/dotnet/cs/Aeos.Analyzers.dll",
        "build/Aeos.Analyzers.TestProjects.globalconfig",
        "build/Aeos.Analyzers.globalconfig",
        "build/Aeos.Analyzers.props",
        "build/Aeos.Analyzers.targets",
        "buildTransitive/Aeos.Analyzers.TestProjects.globalconfig",
        "buildTransitive/Aeos.Analyzers.globalconfig",
        "buildTransitive/Aeos.Analyzers.props",
        "buildTransitive/Aeos.Analyzers.targets",
        "schemas/aeos.baseline.schema.json",
        "schemas/aeos.environment.schema.json",
        "schemas/aeos.license-report.schema.json",
        "schemas/aeos.licenses.schema.json",
        "schemas/aeos.metrics.schema.json",
        "schemas/aeos.progress.schema.json",
        "schemas/aeos.ratchet.schema.json",
        "tasks/net472/Aeos.Build.Tasks.dll",
        "tasks/net8.0/Aeos.Build.Tasks.dll",
    };

    private readonly PackageFixture _fixture;

    public PackageLayoutTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void ThePackageHoldsExactlyTheDesignedFiles()
    {
        Assert.True(_fixture.PackResult.ExitCode == 0, _fixture.PackResult.ToString());
        using var package = ZipFile.OpenRead(_fixture.Package);

        var files = package.Entries
            .Select(e => e.FullName)
            .Where(name => !IsPackagingMetadata(name))
            .Order(StringComparer.Ordinal);

        Assert.Equal(DesignedLayout, files);
    }

    [Fact]
    public void TheManifestDeclaresADevelopmentDependencyWithLicenceAndReadme()
    {
        using var package = ZipFile.OpenRead(_fixture.Package);
        using var stream = package.Entries.Single(e => e.FullName == "Aeos.Analyzers.nuspec").Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal("Aeos.Analyzers", Value("id"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies" && e.HasElements);
    }

    private static bool IsPackagingMetadata(string name) =>
        name == "[Content_Types].xml"
        || name == "Aeos.Analyzers.nuspec"
        || name.StartsWith("_rels/", StringComparison.Ordinal)
        || name.StartsWith("package/", StringComparison.Ordinal);
}
