using System;
using System.IO;
using Xunit;

namespace Aeos.EndToEnd.Tests;

/// <summary>The test quarantine on the real `dotnet test` of the legacy sample's test project (xunit, VSTest).</summary>
[Collection(PackedPackageGroup.Name)]
public sealed class QuarantineTests
{
    private const string TestProject = "Legacy/Legacy.Billing.Tests/Legacy.Billing.Tests.csproj";

    private const string TestFile = "Legacy/Legacy.Billing.Tests/FlakyTests.cs";

    private const string Flaky = """
        using Xunit;

        namespace Legacy.Billing.Tests;

        public sealed class FlakyTests
        {
            [Fact]
            [Trait("Quarantine", "VALUE")]
            public void TimesOutOnBusyMachines()
            {
                Assert.Fail("the flaky failure");
            }
        }
        """;

    private readonly PackageFixture _fixture;

    public QuarantineTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void AQuarantinedTestStaysOutOfTheRunForFortyEightHoursThenFailsTheBuild()
    {
        var legacy = _fixture.CreateConsumer("quarantine");
        legacy.Write(TestFile, Flaky.Replace("VALUE", "2026-12-07 #123", StringComparison.Ordinal));

        var inForce = legacy.Dotnet("test", TestProject, "-p:AeosToday=2026-12-08");
        Assert.True(inForce.ExitCode == 0, inForce.ToString());
        Assert.Contains("Aeos: 1 quarantined test(s) of Legacy.Billing.Tests left out of the test run: Legacy.Billing.Tests.FlakyTests.TimesOutOnBusyMachines: until 2026-12-09 (#123)", inForce.Output, StringComparison.Ordinal);
        Assert.Contains("Passed!  - Failed:     0, Passed:     2, Skipped:     0, Total:     2", inForce.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("the flaky failure", inForce.Output, StringComparison.Ordinal);
        var listed = "Legacy.Billing.Tests.FlakyTests.TimesOutOnBusyMachines: until 2026-12-09 (#123)";
        Assert.Contains("\"quarantined\": [\n    \"" + listed + "\"\n  ]", legacy.Read("Legacy/artifacts/evidence/Legacy.Billing.Tests.metrics.json"), StringComparison.Ordinal);
        Assert.Contains("| Legacy.Billing.Tests | ", legacy.Read("Legacy/artifacts/reports/summary.md"), StringComparison.Ordinal);
        Assert.Contains("TimesOutOnBusyMachines: until 2026-12-09 (#123)</td>", legacy.Read("Legacy/artifacts/reports/index.html"), StringComparison.Ordinal);
        Assert.Contains("test quarantine expires after 48 h (1 quarantined)", legacy.Read("Legacy/artifacts/progress/progress.log.jsonl"), StringComparison.Ordinal);

        // The run's own filter is joined to the package's; one that names the trait runs the quarantined tests alone.
        var filtered = legacy.Dotnet("test", TestProject, "-p:AeosToday=2026-12-08", "--filter", "FullyQualifiedName~Legacy");
        Assert.True(filtered.ExitCode == 0, filtered.ToString());
        Assert.Contains("Aeos: test case filter of Legacy.Billing.Tests: (FullyQualifiedName~Legacy)&Quarantine!~#", filtered.Output, StringComparison.Ordinal);
        Assert.Contains("Total:     2", filtered.Output, StringComparison.Ordinal);
        var quarantinedOnly = legacy.Dotnet("test", TestProject, "-p:AeosToday=2026-12-08", "--filter", "Quarantine~#");
        Assert.True(quarantinedOnly.ExitCode != 0, quarantinedOnly.ToString());
        Assert.Contains("the flaky failure", quarantinedOnly.Output, StringComparison.Ordinal);

        var expired = legacy.Dotnet("test", TestProject, "-p:AeosToday=2026-12-09");
        Assert.True(expired.ExitCode != 0, expired.ToString());
        Assert.Contains(Path.Combine(legacy.Directory, TestFile) + "(10,5): error AEOS9801: The quarantine of the test Legacy.Billing.Tests.FlakyTests.TimesOutOnBusyMachines in Legacy.Billing.Tests expired on 2026-12-09: it was quarantined on 2026-12-07 for #123", expired.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuarantineWithoutADateAndTicketFailsTheBuildNamingTheTestAndTheValue()
    {
        var legacy = _fixture.CreateConsumer("quarantine-malformed");
        legacy.Write(TestFile, Flaky.Replace("VALUE", "until fixed", StringComparison.Ordinal));

        var build = legacy.Dotnet("build", TestProject);

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Contains(Path.Combine(legacy.Directory, TestFile) + "(10,5): error AEOS9802: The quarantine of the test Legacy.Billing.Tests.FlakyTests.TimesOutOnBusyMachines in Legacy.Billing.Tests cannot be read: [Trait(\"Quarantine\", \"until fixed\")]: it is not 'yyyy-MM-dd #ticket'", build.Output, StringComparison.Ordinal);
    }
}
