using System;
using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace Aeos.EndToEnd.Tests;

/// <summary>The artifact size ceiling on the real `dotnet build` and `dotnet pack` of the legacy sample's library.</summary>
[Collection(PackedPackageGroup.Name)]
public sealed class SizeBudgetTests
{
    private const string Library = "Legacy/Legacy.Billing/Legacy.Billing.csproj";

    private const string Ratchet = "Legacy/aeos.ratchet.json";

    private readonly PackageFixture _fixture;

    public SizeBudgetTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void TheUpdateRecordsTheSizesAndAnAssemblyOrPackageAboveItsCeilingFails()
    {
        var legacy = _fixture.CreateConsumer("size-budget");

        var record = legacy.Dotnet("pack", Library, "-p:AeosRatchetUpdate=true");
        Assert.True(record.ExitCode == 0, record.ToString());
        Assert.Matches(@"Aeos ratchet: recorded the size of Legacy\.Billing\.dll \(Legacy\.Billing\): none \u2192 \d+ bytes", record.Output);
        Assert.Matches(@"Aeos ratchet: recorded the size of Legacy\.Billing\.nupkg \(Legacy\.Billing\): none \u2192 \d+ bytes", record.Output);
        Assert.Matches("\"sizes\": \\{\\s*\"Legacy\\.Billing\\.dll\": \\d+,\\s*\"Legacy\\.Billing\\.nupkg\": \\d+", legacy.Read(Ratchet));

        var within = legacy.Dotnet("build", Library);
        Assert.True(within.ExitCode == 0, within.ToString());
        Assert.Matches(@"Aeos: size of Legacy\.Billing\.dll \(Legacy\.Billing\): [\d,]+ bytes, ceiling [\d,]+ bytes", within.Output);
        var metrics = legacy.Read("Legacy/artifacts/evidence/Legacy.Billing.metrics.json");
        Assert.Matches("\"size_bytes\\.Legacy\\.Billing\\.dll\": \\d+", metrics);
        Assert.Matches("\"Legacy\\.Billing\\.dll <= \\d+ bytes\"", metrics);
        Assert.Matches(@"Legacy\.Billing\.dll: [\d,]+ / [\d,]+ bytes", legacy.Read("Legacy/artifacts/reports/summary.md"));

        legacy.Write(Ratchet, Regex.Replace(legacy.Read(Ratchet), "\"Legacy\\.Billing\\.dll\": \\d+", "\"Legacy.Billing.dll\": 1024"));
        var bigger = legacy.Dotnet("build", Library);
        Assert.True(bigger.ExitCode != 0, bigger.ToString());
        var assembly = Path.Combine(legacy.Directory, "Legacy", "Legacy.Billing", "obj", "Debug", "net10.0", "Legacy.Billing.dll");
        Assert.Matches(Regex.Escape(assembly + " : error AEOS9701: Legacy.Billing.dll of Legacy.Billing is ") + @"[\d,]+ bytes, above its size ceiling of 1,024 bytes", bigger.Output);

        legacy.Write(Ratchet, Regex.Replace(legacy.Read(Ratchet), "\"Legacy\\.Billing\\.dll\": 1024", "\"Legacy.Billing.dll\": 1048576"));
        legacy.Write(Ratchet, Regex.Replace(legacy.Read(Ratchet), "\"Legacy\\.Billing\\.nupkg\": \\d+", "\"Legacy.Billing.nupkg\": 100"));
        var package = legacy.Dotnet("pack", Library);
        Assert.True(package.ExitCode != 0, package.ToString());
        Assert.Contains("Legacy.Billing.1.0.0.nupkg : error AEOS9701: Legacy.Billing.nupkg of Legacy.Billing is ", package.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error AEOS9701: Legacy.Billing.dll", package.Output, StringComparison.Ordinal);

        // The update lowers the generous ceiling of the assembly to its size plus the allowance.
        var lowered = legacy.Dotnet("build", Library, "-p:AeosRatchetUpdate=true");
        Assert.True(lowered.ExitCode == 0, lowered.ToString());
        Assert.Matches(@"Aeos ratchet: size ceiling of Legacy\.Billing\.dll \(Legacy\.Billing\): 1048576 \u2192 \d+ bytes", lowered.Output);
    }
}
