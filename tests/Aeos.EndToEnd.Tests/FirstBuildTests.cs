using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Aeos.EndToEnd.Tests;

/// <summary>What a new user meets first (issue 17): builds that fail for reasons of their own, fresh projects.</summary>
[Collection(PackedPackageGroup.Name)]
public sealed class FirstBuildTests
{
    private const string Library = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Aeos.Analyzers" />
          </ItemGroup>
        </Project>
        """;

    private const string Application = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Aeos.Analyzers" />
            <ProjectReference Include="../Broken.Lib/Broken.Lib.csproj" />
          </ItemGroup>
        </Project>
        """;

    private readonly PackageFixture _fixture;

    public FirstBuildTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void AProjectThatDoesNotCompileFailsWithTheCompilersErrorOnly()
    {
        var consumer = _fixture.CreateConsumer("first-build-broken");
        Directory.CreateDirectory(Path.Combine(consumer.Directory, "Broken", "Broken.Lib"));
        Directory.CreateDirectory(Path.Combine(consumer.Directory, "Broken", "Broken.App"));
        consumer.Write("Broken/Broken.slnx", "<Solution>\n  <Project Path=\"Broken.Lib/Broken.Lib.csproj\" />\n  <Project Path=\"Broken.App/Broken.App.csproj\" />\n</Solution>\n");
        consumer.Write("Broken/Broken.Lib/Broken.Lib.csproj", Library);
        consumer.Write("Broken/Broken.Lib/Numbers.cs", "namespace Broken.Lib;\n\n/// <summary>Numbers.</summary>\npublic static class Numbers\n{\n    /// <summary>One.</summary>\n    public static int One()\n    {\n        int one = \"1\";\n        return one;\n    }\n}\n");
        consumer.Write("Broken/Broken.App/Broken.App.csproj", Application);
        consumer.Write("Broken/Broken.App/Program.cs", "System.Console.WriteLine(Broken.Lib.Numbers.One());\n");

        var build = consumer.BuildSolution("Broken/Broken.slnx");

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Contains("error CS0029", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MSB4044", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error MSB", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Aeos:", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AEOS9", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenAeosFilesGiveOneErrorEachAtTheirFileAndTheSummaryStillShows()
    {
        var consumer = _fixture.CreateConsumer("broken-files");
        consumer.Write("aeos.baseline.json", "{\n  \"schemaVersion\": 1,\n  \"entries\": [ oops ]\n}\n");
        consumer.Write("aeos.licenses.json", "{\n  \"allowed\": [ \"MIT\" ,, ]\n}\n");

        var build = consumer.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Contains("Aeos: 2 violations (0 errors, 2 warnings), 0 baselined", build.Output, StringComparison.Ordinal);
        var errors = build.Output.Split('\n').Where(l => l.Contains("error AEOS9001", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.StartsWith(Path.Combine(consumer.Directory, "aeos.baseline.json") + "(3,16): error AEOS9001", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith(Path.Combine(consumer.Directory, "aeos.licenses.json") + "(2,23): error AEOS9001", StringComparison.Ordinal));
    }

    [Fact]
    public void ATestProjectIsLeftOutOfTheDocumentationRulesUntilItAsksForThem()
    {
        var consumer = _fixture.CreateConsumer("test-docs");
        const string Tests = "Legacy/Legacy.Billing.Tests/Legacy.Billing.Tests.csproj";
        var sarif = Path.Combine("Legacy", "artifacts", "evidence", "Legacy.Billing.Tests.sarif");

        var fresh = consumer.Dotnet("build", Tests);

        Assert.True(fresh.ExitCode == 0, fresh.ToString());
        Assert.DoesNotContain("AEOS1005", fresh.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"ruleId\": \"AEOS1006\"", consumer.Read(sarif), StringComparison.Ordinal);

        // Only the set of configuration files changes (the test projects' file leaves it): the compiler must run again.
        var asked = consumer.Dotnet("build", Tests, "-p:AeosDocumentTestProjects=true");

        Assert.Contains("warning AEOS1005: Documentation coverage of the public API is 0%", asked.Output, StringComparison.Ordinal);
        Assert.Contains("\"ruleId\": \"AEOS1006\"", consumer.Read(sarif), StringComparison.Ordinal);
    }

    [Fact]
    public void DeletingASettingsFileTakesEffectOnTheNextBuild()
    {
        var consumer = _fixture.CreateConsumer("deleted-settings");
        consumer.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.AEOS1003.severity = error\n");
        consumer.Write("Aeos.Sample/BannedSymbols.txt", "T:System.Console;use a logger\n");
        var strict = consumer.Build();
        Assert.True(strict.ExitCode != 0, strict.ToString());
        Assert.Contains("error AEOS1003", strict.Output, StringComparison.Ordinal);
        Assert.Contains("warning AEOS3001", strict.Output, StringComparison.Ordinal);

        consumer.Delete(".editorconfig");
        consumer.Delete("Aeos.Sample/BannedSymbols.txt");
        var relaxed = consumer.Build();

        Assert.True(relaxed.ExitCode == 0, relaxed.ToString());
        Assert.DoesNotContain("AEOS3001", relaxed.Output, StringComparison.Ordinal);
        Assert.Contains("Aeos: 2 violations (0 errors, 2 warnings), 0 baselined", relaxed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void OneProjectBuiltAloneBeforeAnyBaselineWritesItsEvidenceWhereItsSolutionDoes()
    {
        var consumer = _fixture.CreateConsumer("single-project");

        var build = consumer.Dotnet("build", "Aeos.Sample/Aeos.Sample.csproj");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(consumer.EvidenceSarif), build.ToString());
        Assert.False(Directory.Exists(Path.Combine(consumer.ProjectDirectory, "artifacts")), "a stray artifacts/ in the project folder");
        Assert.Contains(Path.Combine(consumer.Directory, "artifacts", "evidence", "Aeos.Sample.sarif"), build.Output, StringComparison.Ordinal);
    }
}
