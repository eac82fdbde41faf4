using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Aeos.Tests.Shared;
using Xunit;

namespace Aeos.EndToEnd.Tests;

/// <summary>The sample consumer, with one package that ships, gets a valid CycloneDX SBOM and the licence gate.</summary>
[Collection(PackedPackageGroup.Name)]
public sealed class SbomTests
{
    private readonly PackageFixture _fixture;

    public SbomTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void BuildWritesAValidSbomWithTheAnalyzersAsDevelopmentOnly()
    {
        var consumer = WithShippedPackage("sbom");

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var sbom = File.ReadAllText(SbomFile(consumer));
        Assert.Empty(CycloneDxSchema.Problems(sbom));
        using var document = JsonDocument.Parse(sbom);
        var components = document.RootElement.GetProperty("components").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal("excluded", components["Aeos.Analyzers"].GetProperty("scope").GetString());
        Assert.Equal("required", components["Humanizer.Core"].GetProperty("scope").GetString());
        Assert.Equal("MIT", components["Humanizer.Core"].GetProperty("licenses")[0].GetProperty("expression").GetString());
        Assert.Equal("pkg:nuget/Humanizer.Core@2.14.1", components["Humanizer.Core"].GetProperty("purl").GetString());
        var licenses = File.ReadAllText(Path.Combine(consumer.Directory, "artifacts", "evidence", "Aeos.Sample.licenses.json"));
        Assert.Contains("\"verdict\": \"development\"", licenses, StringComparison.Ordinal);
        Assert.Contains("\"verdict\": \"allowed\"", licenses, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeniedLicenceFailsEveryBuildUntilThePolicyChanges()
    {
        var consumer = WithShippedPackage("licence-denied");
        consumer.Write("aeos.licenses.json", "{ \"schemaVersion\": 1, \"denied\": [\"MIT\"] }\n");
        const string Denied = "error AEOS9201: Aeos.Sample uses package Humanizer.Core 2.14.1 under the licence 'MIT', which the licence policy denies";

        var first = consumer.Build();
        var second = consumer.Build();
        consumer.Write("aeos.licenses.json", "{ \"schemaVersion\": 1, \"exceptions\": [{ \"package\": \"Humanizer.Core\", \"reason\": \"reviewed\" }] }\n");
        var excepted = consumer.Build();

        Assert.True(first.ExitCode != 0, first.ToString());
        Assert.Contains(Denied, first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode != 0, second.ToString());
        Assert.Contains(Denied, second.Output, StringComparison.Ordinal);
        Assert.True(excepted.ExitCode == 0, excepted.ToString());
        Assert.DoesNotContain("AEOS92", excepted.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void PackAndPublishWithoutBuildingStillWriteTheSbom()
    {
        var consumer = WithShippedPackage("sbom-pack");
        Assert.Equal(0, consumer.Build().ExitCode);
        // The solution, as the build: a project built on its own puts its artifacts beside itself.
        var solution = Path.Combine(consumer.Directory, "Aeos.Samples.sln");

        File.Delete(SbomFile(consumer));
        var pack = consumer.Dotnet("pack", solution, "--no-build", "-c", "Debug");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.True(File.Exists(SbomFile(consumer)), pack.ToString());

        File.Delete(SbomFile(consumer));
        var publish = consumer.Dotnet("publish", solution, "--no-build", "-c", "Debug");
        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.True(File.Exists(SbomFile(consumer)), publish.ToString());
    }

    private static string SbomFile(Consumer consumer) => Path.Combine(consumer.Directory, "artifacts", "sbom", "Aeos.Sample.cdx.json");

    private Consumer WithShippedPackage(string name)
    {
        var consumer = _fixture.CreateConsumer(name);
        consumer.Write("Directory.Packages.props", consumer.Read("Directory.Packages.props").Replace(
            "</ItemGroup>", "  <PackageVersion Include=\"Humanizer.Core\" Version=\"2.14.1\" />\n  </ItemGroup>", StringComparison.Ordinal));
        consumer.Write("Aeos.Sample/Aeos.Sample.csproj", consumer.Read("Aeos.Sample/Aeos.Sample.csproj").Replace(
            "<PackageReference Include=\"Aeos.Analyzers\" />", "<PackageReference Include=\"Aeos.Analyzers\" />\n    <PackageReference Include=\"Humanizer.Core\" />", StringComparison.Ordinal));
        return consumer;
    }
}
