using System.IO;
using System.Linq;
using Aeos.Build.Tasks.Sbom;
using Aeos.Shared.Json;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class ProjectAssetsTests
{
    [Fact]
    public void ReadsDirectTransitiveAndProjectReferencesOfTheSelectedFramework()
    {
        using var restore = new SampleRestore();

        var assets = ProjectAssets.Parse(File.ReadAllText(restore.AssetsFile), "net8.0", ".NETCoreApp,Version=v8.0");

        Assert.Equal(
            new[] { "Analyzer.Helper/1.0.0", "Analyzer.Pack/3.0.0", "App.Lib/1.0.0", "Other.Project/1.2.0", "Shared/2.0.0", "Tool.Dev/1.0.0+build.5", "Tool.Helper/1.0.0" },
            assets.Libraries.Select(l => l.Key));
        Assert.Equal(new[] { "Analyzer.Pack/3.0.0", "App.Lib/1.0.0", "Other.Project/1.2.0", "Tool.Dev/1.0.0+build.5" }, assets.DirectKeys.OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Analyzer.Pack" }, assets.PrivateIds);
        var project = assets.Libraries.Single(l => l.Id == "Other.Project");
        Assert.True(project.IsProject);
        Assert.Null(project.Sha512);
        Assert.Equal(new[] { "Shared/2.0.0" }, project.Dependencies);
        var analyzer = assets.Libraries.Single(l => l.Id == "Analyzer.Pack");
        Assert.Equal(new[] { "Analyzer.Helper/1.0.0", "Shared/2.0.0" }, analyzer.Dependencies);
        Assert.Equal(SampleRestore.Hash("Analyzer.Pack/3.0.0").Base64, analyzer.Sha512);
        Assert.Equal("analyzer.pack/3.0.0", analyzer.Path);
        Assert.Equal(new[] { restore.PackagesFolder.Replace("\\", "/") + "/" }, assets.PackageFolders);
    }

    [Fact]
    public void AnotherFrameworkSeesOnlyItsOwnPackages()
    {
        using var restore = new SampleRestore();

        var assets = ProjectAssets.Parse(File.ReadAllText(restore.AssetsFile), "net472", ".NETFramework,Version=v4.7.2");

        Assert.Equal(new[] { "Legacy.Only/4.0.0" }, assets.Libraries.Select(l => l.Key));
        Assert.Equal(new[] { "Legacy.Only/4.0.0" }, assets.DirectKeys);
        Assert.Empty(assets.PrivateIds);
    }

    [Fact]
    public void WithoutAFrameworkEveryTargetIsDescribed()
    {
        using var restore = new SampleRestore();

        var assets = ProjectAssets.Parse(File.ReadAllText(restore.AssetsFile), null, null);

        Assert.Equal(8, assets.Libraries.Count);
        Assert.Equal(5, assets.DirectKeys.Count);
    }

    [Fact]
    public void TheOlderLayoutIsKeyedByMonikerWithRuntimeSpecificTargets()
    {
        const string text = """
            {
              "version": 3,
              "targets": {
                ".NETCoreApp,Version=v8.0": { "A/1.0.0": { "type": "package", "dependencies": { "B": "[2.0.0, )" } }, "B/2.0.0": { "type": "package" } },
                ".NETCoreApp,Version=v8.0/linux-x64": { "A/1.0.0": { "type": "package" }, "B/2.0.0": { "type": "package" }, "runtime.linux-x64.C/1.0.0": { "type": "package" } }
              },
              "libraries": { "A/1.0.0": { "type": "package" } },
              "projectFileDependencyGroups": { ".NETCoreApp,Version=v8.0": ["A >= 1.0.0"] },
              "project": { "frameworks": { "net8.0": { "dependencies": { "A": { "suppressParent": "All" } } } } }
            }
            """;

        var assets = ProjectAssets.Parse(text, "net8.0", ".NETCoreApp,Version=v8.0");

        Assert.Equal(new[] { "A/1.0.0", "B/2.0.0", "runtime.linux-x64.C/1.0.0" }, assets.Libraries.Select(l => l.Key));
        Assert.Equal(new[] { "B/2.0.0" }, assets.Libraries[0].Dependencies);
        Assert.Equal(new[] { "A/1.0.0" }, assets.DirectKeys);
        Assert.Equal(new[] { "A" }, assets.PrivateIds);
    }

    [Theory]
    [InlineData("{\n  \"version\": 4,\n  \"targets\": {,\n}", 3, 15)]
    [InlineData("{\n  \"version\": 4\n}", 1, 1)]
    [InlineData("{\n  \"targets\": {\n    \"net8.0\": {\n      \"NoVersion\": { \"type\": \"package\" }\n    }\n  },\n  \"libraries\": {}\n}", 4, 20)]
    [InlineData("{\n  \"targets\": { \"net8.0\": { \"A/1.0.0\": { \"type\": \"package\" } } },\n  \"libraries\": { \"A/1.0.0\": { \"sha512\": \"not base64!\" } }\n}", 3, 41)]
    public void AnUnreadableFileNamesThePosition(string text, int line, int column)
    {
        var error = Assert.Throws<JsonParseException>(() => ProjectAssets.Parse(text, "net8.0", null));

        Assert.Equal((line, column), (error.Line, error.Column));
    }
}
