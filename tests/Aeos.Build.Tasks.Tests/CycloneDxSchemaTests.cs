using System;
using System.IO;
using System.Linq;
using Aeos.Build.Tasks.Sbom;
using Aeos.Tests.Shared;
using Xunit;
using SystemJson = System.Text.Json.Nodes;

namespace Aeos.Build.Tasks.Tests;

/// <summary>
/// The SBOM validates against the official CycloneDX 1.6 JSON schema (<see cref="CycloneDxSchema"/>,
/// fetched with npm at test time) and describes real restores with the licences their real nuspecs declare.
/// </summary>
public sealed class CycloneDxSchemaTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void TheSbomOfThisTestProjectsOwnRestoreIsValidAndCarriesItsRealLicences()
    {
        var text = Generate(RepositoryPaths.Combine("tests", "Aeos.Build.Tasks.Tests", "obj", "project.assets.json"), "Aeos.Build.Tasks.Tests", "net10.0");

        AssertValid(text);
        var components = Components(text);
        Assert.Equal(("MIT", "required"), (Expression(components["JsonSchema.Net"]), Scope(components["JsonSchema.Net"])));
        Assert.Equal(("Apache-2.0", "required"), (Expression(components["xunit"]), Scope(components["xunit"])));
        Assert.Equal("excluded", Scope(components["xunit.runner.visualstudio"]));
        Assert.Equal("excluded", Scope(components["xunit.analyzers"]));
        Assert.Equal("project/Aeos.Build.Tasks@0.1.0", components["Aeos.Build.Tasks"]["bom-ref"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{128}$", components["JsonSchema.Net"]["hashes"]![0]!["content"]!.GetValue<string>());
        var graph = SystemJson.JsonNode.Parse(text)!["dependencies"]!.AsArray();
        var schemaDependencies = graph.Single(d => d!["ref"]!.GetValue<string>() == "pkg:nuget/JsonSchema.Net@7.4.0")!["dependsOn"]!.AsArray().Select(r => r!.GetValue<string>());
        Assert.Contains(schemaDependencies, r => r.StartsWith("pkg:nuget/JsonPointer.Net@", StringComparison.Ordinal));
    }

    [Fact]
    public void EachFrameworkOfAMultiTargetingProjectGetsItsOwnPackages()
    {
        var assets = RepositoryPaths.Combine("src", "Aeos.Build.Tasks", "obj", "project.assets.json");

        var net472 = Generate(assets, "Aeos.Build.Tasks", "net472");
        var net8 = Generate(assets, "Aeos.Build.Tasks", "net8.0");

        AssertValid(net472);
        AssertValid(net8);
        Assert.Equal("excluded", Scope(Components(net472)["Microsoft.NETFramework.ReferenceAssemblies"]));
        Assert.False(Components(net8).ContainsKey("Microsoft.NETFramework.ReferenceAssemblies"));
        Assert.All(Components(net8).Values, c => Assert.Equal("excluded", Scope(c)));
    }

    [Fact]
    public void LicenceFilesUrlsMissingNuspecsAndProjectReferencesAreValidToo()
    {
        using var restore = new SampleRestore();

        AssertValid(CycloneDxWriter.Write(CycloneDxWriterTests.Create(restore, new SbomProject("App", "1.0.0") { IsApplication = true, TargetFramework = "net8.0" }), "0.1.0"));
    }

    [Fact]
    public void TheSchemaCatchesWhatIsNotCycloneDx()
    {
        using var restore = new SampleRestore();
        var text = CycloneDxWriter.Write(CycloneDxWriterTests.Create(restore, new SbomProject("App", "1.0.0")), "0.1.0");

        var problems = CycloneDxSchema.Problems(text.Replace("\"SHA-512\"", "\"SHA512\"", StringComparison.Ordinal));

        Assert.NotEmpty(problems);
    }

    private string Generate(string assetsFile, string project, string framework)
    {
        var engine = new RecordingBuildEngine();
        var task = new AeosSbom
        {
            BuildEngine = engine,
            AssetsFile = assetsFile,
            SbomFile = _root.File(project + "." + framework + ".cdx.json"),
            LicenseReportFile = _root.File(project + "." + framework + ".licenses.json"),
            ProjectName = project,
            ProjectVersion = "0.1.0",
            TargetFramework = framework,
        };

        Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
        return File.ReadAllText(task.SbomFile);
    }

    private static void AssertValid(string text) => Assert.Empty(CycloneDxSchema.Problems(text));

    private static System.Collections.Generic.Dictionary<string, SystemJson.JsonNode> Components(string text) =>
        SystemJson.JsonNode.Parse(text)!["components"]!.AsArray().ToDictionary(c => c!["name"]!.GetValue<string>(), c => c!);

    private static string Scope(SystemJson.JsonNode component) => component["scope"]!.GetValue<string>();

    private static string Expression(SystemJson.JsonNode component) => component["licenses"]![0]!["expression"]!.GetValue<string>();
}
