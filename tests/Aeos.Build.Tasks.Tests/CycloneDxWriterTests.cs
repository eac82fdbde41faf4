using System.IO;
using System.Linq;
using Aeos.Build.Tasks.Sbom;
using Aeos.Shared.Json;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class CycloneDxWriterTests
{
    [Fact]
    public void PrivateReferencesDevelopmentDependenciesAndWhatOnlyTheyUseAreDevelopmentOnly()
    {
        using var restore = new SampleRestore();

        var sbom = Create(restore, new SbomProject("App", "1.0.0"));

        var developmentOnly = sbom.Components.Where(c => c.IsDevelopmentOnly).Select(c => c.Library.Id);
        Assert.Equal(new[] { "Analyzer.Helper", "Analyzer.Pack", "Tool.Dev", "Tool.Helper" }, developmentOnly);
        Assert.Equal(new[] { "App.Lib", "Other.Project", "Shared" }, sbom.Components.Where(c => !c.IsDevelopmentOnly).Select(c => c.Library.Id));
    }

    [Fact]
    public void ATestProjectShipsNothing()
    {
        using var restore = new SampleRestore();

        var sbom = Create(restore, new SbomProject("App.Tests", "1.0.0") { IsTestProject = true });
        var json = Parse(CycloneDxWriter.Write(sbom, "0.1.0"));

        Assert.All(sbom.Components, c => Assert.True(c.IsDevelopmentOnly));
        Assert.All(Components(json), c => Assert.Equal("excluded", Text(c, "scope")));
        var properties = (JsonArray)((JsonObject)json["metadata"]!)["properties"]!;
        Assert.Contains(properties.Items.Cast<JsonObject>(), p => Text(p, "name") == "aeos:testProject" && Text(p, "value") == "true");
    }

    [Fact]
    public void ComponentsCarryPurlHexHashLicenceAndScope()
    {
        using var restore = new SampleRestore();

        var json = Parse(CycloneDxWriter.Write(Create(restore, new SbomProject("App", "1.0.0")), "0.1.0"));

        var tool = Components(json).Single(c => Text(c, "name") == "Tool.Dev");
        Assert.Equal("pkg:nuget/Tool.Dev@1.0.0%2Bbuild.5", Text(tool, "purl"));
        Assert.Equal(Text(tool, "purl"), Text(tool, "bom-ref"));
        Assert.Equal("excluded", Text(tool, "scope"));
        var hash = (JsonObject)((JsonArray)tool["hashes"]!).Items.Single();
        Assert.Equal(("SHA-512", SampleRestore.Hash("Tool.Dev/1.0.0+build.5").Hex), (Text(hash, "alg"), Text(hash, "content")));
        var fileLicense = License(tool);
        Assert.Equal(("docs/LICENSE.txt", "Tool licence\ntext"), (Text(fileLicense, "name"), Text((JsonObject)fileLicense["text"]!, "content")));

        var app = Components(json).Single(c => Text(c, "name") == "App.Lib");
        Assert.Equal("required", Text(app, "scope"));
        Assert.Equal("MIT", Text((JsonObject)((JsonArray)app["licenses"]!).Items.Single(), "expression"));
        Assert.Equal("https://example.com/license", Text(License(Components(json).Single(c => Text(c, "name") == "Analyzer.Helper")), "url"));
        Assert.Null(Components(json).Single(c => Text(c, "name") == "Tool.Helper")["licenses"]);
    }

    [Fact]
    public void ProjectReferencesAreLibrariesAndTheGraphStartsAtTheProject()
    {
        using var restore = new SampleRestore();

        var json = Parse(CycloneDxWriter.Write(Create(restore, new SbomProject("App", "1.0.0")), "0.1.0"));

        var other = Components(json).Single(c => Text(c, "name") == "Other.Project");
        Assert.Equal(("library", "project/Other.Project@1.2.0", "1.2.0"), (Text(other, "type"), Text(other, "bom-ref"), Text(other, "version")));
        Assert.Null(other["purl"]);
        var graph = ((JsonArray)json["dependencies"]!).Items.Cast<JsonObject>().ToDictionary(d => Text(d, "ref"), d => ((JsonArray)d["dependsOn"]!).Items.Cast<JsonString>().Select(s => s.Value).ToArray());
        Assert.Equal(new[] { "pkg:nuget/Analyzer.Pack@3.0.0", "pkg:nuget/App.Lib@1.0.0", "pkg:nuget/Tool.Dev@1.0.0%2Bbuild.5", "project/Other.Project@1.2.0" }, graph["project/App@1.0.0"]);
        Assert.Equal(new[] { "pkg:nuget/Shared@2.0.0" }, graph["project/Other.Project@1.2.0"]);
        Assert.Empty(graph["pkg:nuget/Shared@2.0.0"]);
        Assert.Equal(8, graph.Count);
    }

    [Fact]
    public void SameInputSameBytesAndTheSerialNumberFollowsTheContent()
    {
        using var restore = new SampleRestore();

        var first = CycloneDxWriter.Write(Create(restore, new SbomProject("App", "1.0.0")), "0.1.0");
        var second = CycloneDxWriter.Write(Create(restore, new SbomProject("App", "1.0.0")), "0.1.0");
        var changed = CycloneDxWriter.Write(Create(restore, new SbomProject("App", "1.0.1")), "0.1.0");

        Assert.Equal(first, second);
        Assert.NotEqual(Text(Parse(first), "serialNumber"), Text(Parse(changed), "serialNumber"));
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", Text(Parse(first), "serialNumber"));
        Assert.DoesNotContain("timestamp", first, System.StringComparison.Ordinal);
    }

    [Fact]
    public void HashesAreConvertedFromBase64ToHex()
    {
        Assert.Equal("00ff10", CycloneDxWriter.Base64ToHex("AP8Q"));
        Assert.Throws<System.FormatException>(() => CycloneDxWriter.Base64ToHex("not base64!"));
    }

    [Fact]
    public void TheNameBasedUuidIsVersion8AndStable()
    {
        // SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 …: version nibble 8, variant bits 10.
        Assert.Equal("ba7816bf-8f01-8fea-8141-40de5dae2223", CycloneDxWriter.NameBasedUuid("abc"));
    }

    internal static SbomDocument Create(SampleRestore restore, SbomProject project)
    {
        var assets = ProjectAssets.Parse(File.ReadAllText(restore.AssetsFile), "net8.0", null);
        return SbomDocument.Create(project, assets, l => PackageManifest.Read(Path.Combine(restore.PackagesFolder, l.Path!), l.Id));
    }

    private static JsonObject Parse(string text) => (JsonObject)JsonParser.Parse(text);

    private static JsonObject[] Components(JsonObject json) => ((JsonArray)json["components"]!).Items.Cast<JsonObject>().ToArray();

    private static JsonObject License(JsonObject component) => (JsonObject)((JsonObject)((JsonArray)component["licenses"]!).Items.Single())["license"]!;

    private static string Text(JsonObject owner, string name) => ((JsonString)owner[name]!).Value;
}
