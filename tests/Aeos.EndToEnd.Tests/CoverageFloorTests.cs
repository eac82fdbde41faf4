using System;
using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;

namespace Aeos.EndToEnd.Tests;

/// <summary>The coverage floor after the real `dotnet test` with coverlet's Cobertura collector.</summary>
[Collection(PackedPackageGroup.Name)]
public sealed partial class CoverageFloorTests
{
    private const string TestProject = "Legacy/Legacy.Billing.Tests/Legacy.Billing.Tests.csproj";

    private const string InvoiceTests = """
        using Legacy.Billing;
        using Xunit;

        namespace Legacy.Billing.Tests;

        public sealed class InvoiceCalculatorTests
        {
            [Fact]
            public void TotalLeavesOutTheFirstLineAsItAlwaysDid()
            {
                Assert.Equal(5m, InvoiceCalculator.Total(new[] { 1m, 2m, 3m }));
            }
        }
        """;

    private readonly PackageFixture _fixture;

    public CoverageFloorTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void BelowTheFloorFailsAndEachLoopRaisesItByAtMostTwoPoints()
    {
        var legacy = _fixture.CreateConsumer("coverage");

        var low = legacy.Dotnet("test", TestProject, "--collect", "XPlat Code Coverage");
        Assert.True(low.ExitCode != 0, low.ToString());
        Assert.Matches(@"error AEOS9101: Line coverage of Legacy\.Billing\.Tests is \d+\.\d %, below its floor of 80\.0 %", low.Output);

        legacy.Write("Legacy/Legacy.Billing.Tests/InvoiceCalculatorTests.cs", InvoiceTests);
        var first = legacy.Dotnet("test", TestProject, "--collect", "XPlat Code Coverage", "-p:AeosRatchetUpdate=true");
        Assert.True(first.ExitCode == 0, first.ToString());
        var measured = MeasuredLine(first);
        Assert.True(measured >= 82.0, first.ToString());
        Assert.Contains("\"line\": 82", legacy.Read("Legacy/aeos.ratchet.json"), StringComparison.Ordinal);

        var second = legacy.Dotnet("test", TestProject, "--collect", "XPlat Code Coverage", "-p:AeosRatchetUpdate=true");
        Assert.True(second.ExitCode == 0, second.ToString());
        var expected = Math.Min(measured, 84.0).ToString("0.#", CultureInfo.InvariantCulture);
        Assert.Contains("\"line\": " + expected, legacy.Read("Legacy/aeos.ratchet.json"), StringComparison.Ordinal);
        Assert.Contains("Aeos ratchet: line coverage floor of Legacy.Billing.Tests: 82.0 \u2192 " + Math.Min(measured, 84.0).ToString("0.0", CultureInfo.InvariantCulture) + " %", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AProjectBelowEightyAdoptsItsCoverageAsTheFloorAndTheNextRunPasses()
    {
        var legacy = _fixture.CreateConsumer("coverage-adoption");

        var accept = legacy.Dotnet("test", TestProject, "--collect", "XPlat Code Coverage", "-p:AeosBaselineAccept=true");
        Assert.True(accept.ExitCode == 0, accept.ToString());
        var measured = MeasuredLine(accept);
        Assert.True(measured < 80.0, accept.ToString());
        Assert.Contains("Aeos baseline: accepted the coverage of Legacy.Billing.Tests as its floors: line none \u2192 " + measured.ToString("0.0", CultureInfo.InvariantCulture) + " %", accept.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AEOS9101", accept.Output, StringComparison.Ordinal);
        var ratchet = legacy.Read("Legacy/aeos.ratchet.json");
        Assert.Contains("\"line\": " + measured.ToString("0.#", CultureInfo.InvariantCulture), ratchet, StringComparison.Ordinal);
        Assert.Contains("\"adopted\": true", ratchet, StringComparison.Ordinal);

        // The adopted floor is in force from now on: the same coverage passes.
        var next = legacy.Dotnet("test", TestProject, "--collect", "XPlat Code Coverage");
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Contains("Aeos: coverage of Legacy.Billing.Tests: line " + measured.ToString("0.0", CultureInfo.InvariantCulture) + " % (floor " + measured.ToString("0.0", CultureInfo.InvariantCulture) + " %)", next.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AEOS9101", next.Output, StringComparison.Ordinal);

        // Without coverage collection the gate says it was skipped, and the run still passes.
        var uncollected = legacy.Dotnet("test", TestProject);
        Assert.True(uncollected.ExitCode == 0, uncollected.ToString());
        Assert.Contains("Legacy.Billing.Tests.csproj : warning AEOS9103: The coverage gate of Legacy.Billing.Tests was skipped", uncollected.Output, StringComparison.Ordinal);
    }

    private static double MeasuredLine(CommandResult run) =>
        double.Parse(CoverageLine().Match(run.Output).Groups["line"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Aeos: coverage of Legacy\.Billing\.Tests: line (?<line>\d+\.\d) %")]
    private static partial Regex CoverageLine();
}
