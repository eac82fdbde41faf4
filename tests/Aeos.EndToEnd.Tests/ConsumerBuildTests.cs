using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Aeos.EndToEnd.Tests;

/// <summary>The sample consumer restores the packed package from a local feed and runs the real `dotnet build`.</summary>
[Collection(PackedPackageGroup.Name)]
public sealed class ConsumerBuildTests
{
    private const string Violation = "ShippingCalculator.cs(7,27): warning AEOS1003: 'ShippingCalculator.Quote(Order)' is 55 lines of code long; the limit is 50";

    private const string Complexity = "ShippingCalculator.cs(7,27): warning AEOS1001: 'ShippingCalculator.Quote(Order)' has a cyclomatic complexity of 12; the limit is 10";

    private readonly PackageFixture _fixture;

    public ConsumerBuildTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void BuildShowsTheViolationTheSummaryAndWritesTheEvidence()
    {
        var consumer = _fixture.CreateConsumer("default");

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains(Path.Combine(consumer.ProjectDirectory, Violation), build.Output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(consumer.ProjectDirectory, Complexity), build.Output, StringComparison.Ordinal);
        Assert.Contains("Aeos: 2 violations (0 errors, 2 warnings), 0 baselined \u2014 " + consumer.EvidenceSarif, build.Output, StringComparison.Ordinal);
        using var sarif = JsonDocument.Parse(File.ReadAllText(consumer.EvidenceSarif));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "AEOS1003");
        var properties = result.GetProperty("properties").GetProperty("customProperties");
        Assert.Equal("55", properties.GetProperty("value").GetString());
        Assert.Equal("50", properties.GetProperty("limit").GetString());
        Assert.Equal("M:Aeos.Sample.ShippingCalculator.Quote(Aeos.Sample.Order)", properties.GetProperty("symbol").GetString());
    }

    [Fact]
    public void AHardCodedSecretIsReportedButNeverWrittenToTheLogOrTheEvidence()
    {
        var consumer = _fixture.CreateConsumer("secret");

        // Assembled here so that this repository's own sources hold no key for AEOS3008 to find.
        var key = "AKIA" + "Z7Q2MX4NB3VW6KT9";
        consumer.Write("Aeos.Sample/Cloud.cs", "namespace Aeos.Sample;\n\n/// <summary>Cloud access.</summary>\npublic static class Cloud\n{\n    /// <summary>The access key.</summary>\n    public const string Aws = \"" + key + "\";\n}\n");

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning AEOS3008: A hard-coded secret (AWS access key ID) is in the source code in 'Aws'", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, build.Output, StringComparison.Ordinal);
        Assert.Contains("AEOS3008", File.ReadAllText(consumer.EvidenceSarif), StringComparison.Ordinal);
        Assert.DoesNotContain(key, File.ReadAllText(consumer.EvidenceSarif), StringComparison.Ordinal);
        foreach (var log in Directory.EnumerateFiles(Path.Combine(consumer.ProjectDirectory, "obj"), "*.sarif", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(key, File.ReadAllText(log), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnUnchangedRebuildStillReportsButRewritesNothing()
    {
        var consumer = _fixture.CreateConsumer("incremental");
        Assert.Equal(0, consumer.Build().ExitCode);
        var written = File.GetLastWriteTimeUtc(consumer.EvidenceSarif);

        var again = consumer.Build();

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Aeos: 2 violations (0 errors, 2 warnings), 0 baselined", again.Output, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(consumer.EvidenceSarif));
    }

    [Fact]
    public void ARuleRaisedToErrorFailsTheBuildAndStillReports()
    {
        var consumer = _fixture.CreateConsumer("severity");
        consumer.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.AEOS1003.severity = error\n");

        var build = consumer.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Contains(Violation.Replace("warning AEOS1003", "error AEOS1003", StringComparison.Ordinal), build.Output, StringComparison.Ordinal);
        Assert.Contains("Aeos: 2 violations (1 error, 1 warning), 0 baselined", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TreatWarningsAsErrorsFailsEvenRightAfterAGreenBuild()
    {
        var consumer = _fixture.CreateConsumer("warnaserror");
        Assert.Equal(0, consumer.Build().ExitCode);

        var gate = consumer.Build("-p:TreatWarningsAsErrors=true");

        Assert.True(gate.ExitCode != 0, gate.ToString());
        Assert.Contains("error AEOS1003", gate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionsFromEditorConfigReachTheRule()
    {
        var consumer = _fixture.CreateConsumer("options");
        consumer.Write(".editorconfig", "root = true\n\n[*.cs]\naeos.max_function_lines = 60\n");

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("AEOS1003", build.Output, StringComparison.Ordinal);
        Assert.Contains("Aeos: 1 violation (0 errors, 1 warning), 0 baselined", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBuildDateReachesTheShimRulesThroughAeosToday()
    {
        var consumer = _fixture.CreateConsumer("shim-dates");
        consumer.Write("Aeos.Sample/Order.cs", consumer.Read("Aeos.Sample/Order.cs") + "\n// TODO: split express orders off. remove-by: 2026-12-31 #14\n");

        var expired = consumer.Build("-p:AeosToday=2027-01-02");

        Assert.True(expired.ExitCode != 0, expired.ToString());
        Assert.Contains("Order.cs(6,1): error AEOS4008: The TODO comment is due for removal on 2026-12-31, 2 days ago: the shim has expired (today is 2027-01-02)", expired.Output, StringComparison.Ordinal);

        var inTime = consumer.Build("-p:AeosToday=2026-12-07");

        Assert.True(inTime.ExitCode == 0, inTime.ToString());
        Assert.DoesNotContain("AEOS4008", inTime.Output, StringComparison.Ordinal);
        Assert.Contains("Aeos: 2 violations (0 errors, 2 warnings), 0 baselined", inTime.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMasterSwitchTurnsEverythingOff()
    {
        var consumer = _fixture.CreateConsumer("disabled");
        consumer.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.AEOS1003.severity = error\n");

        var build = consumer.Build("-p:AeosEnabled=false");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("AEOS1003", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Aeos:", build.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(consumer.Directory, "artifacts")));
    }

    [Fact]
    public void AProjectsOwnErrorLogIsUsedAsIs()
    {
        var consumer = _fixture.CreateConsumer("errorlog");
        var project = Path.Combine(consumer.ProjectDirectory, "Aeos.Sample.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "<Nullable>enable</Nullable>",
            "<Nullable>enable</Nullable>\n    <ErrorLog>custom.sarif,version=2.1</ErrorLog>",
            StringComparison.Ordinal));

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var own = Path.Combine(consumer.ProjectDirectory, "custom.sarif");
        Assert.True(File.Exists(own), build.ToString());
        Assert.Equal(File.ReadAllText(own), File.ReadAllText(consumer.EvidenceSarif));
        Assert.False(Directory.EnumerateFiles(Path.Combine(consumer.ProjectDirectory, "obj"), "aeos.sarif", SearchOption.AllDirectories).Any());
    }
}
