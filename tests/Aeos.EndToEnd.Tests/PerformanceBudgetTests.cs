using System;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using Aeos.Tests.Shared;
using Xunit;

namespace Aeos.EndToEnd.Tests;

/// <summary>The performance budget on the real `dotnet build` of the sample, reading real BenchmarkDotNet reports.</summary>
[Collection(PackedPackageGroup.Name)]
public sealed class PerformanceBudgetTests
{
    private const string Project = "Aeos.Sample/Aeos.Sample.csproj";

    private const string Results = "Aeos.Sample/BenchmarkDotNet.Artifacts/results";

    private readonly PackageFixture _fixture;

    public PerformanceBudgetTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void TheUpdateRecordsTheMediansAndASlowerMedianBeyondTheMarginFails()
    {
        var consumer = _fixture.CreateConsumer("performance-budget");
        Directory.CreateDirectory(Path.Combine(consumer.Directory, Results));
        var report = Path.Combine(consumer.Directory, Results, "Parsing-report-full.json");
        File.Copy(Input("TwentyIterations-report-full.json"), report);

        var record = consumer.Dotnet("build", Project, "-p:AeosRatchetUpdate=true");
        Assert.True(record.ExitCode == 0, record.ToString());
        Assert.Matches(@"Aeos ratchet: recorded the median of Parsing\.ParseAll \(Aeos\.Sample\): none \u2192 [\d.]+ ns", record.Output);
        var ratchet = consumer.Read("aeos.ratchet.json");
        var median = double.Parse(Regex.Match(ratchet, "\"Parsing\\.ParseAll\": (?<m>[\\d.]+)").Groups["m"].Value, CultureInfo.InvariantCulture);

        var unchanged = consumer.Dotnet("build", Project);
        Assert.True(unchanged.ExitCode == 0, unchanged.ToString());
        Assert.Contains("Aeos: benchmark Parsing.ParseAll of Aeos.Sample: median ", unchanged.Output, StringComparison.Ordinal);

        // A record a tenth of today's median: today's run is far slower than the band allows.
        consumer.Write("aeos.ratchet.json", ratchet.Replace("\"Parsing.ParseAll\": " + median.ToString(CultureInfo.InvariantCulture), "\"Parsing.ParseAll\": " + (median / 10).ToString("0.###", CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var slower = consumer.Dotnet("build", Project);
        Assert.True(slower.ExitCode != 0, slower.ToString());
        Assert.Contains(report + " : error AEOS9702: Benchmark Parsing.ParseAll of Aeos.Sample regressed: its median is ", slower.Output, StringComparison.Ordinal);
    }

    private static string Input(string name) => RepositoryPaths.Combine("tests", "Aeos.Build.Tasks.Tests", "Budgets", name);
}
