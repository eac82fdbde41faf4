using System;
using Aeos.Build.Tasks.Evidence;
using Aeos.Build.Tasks.Ratchet;
using Aeos.Shared.Json;
using Xunit;

namespace Aeos.Build.Tasks.Tests.Evidence;

public sealed class GateFactsTests
{
    [Fact]
    public void TheFiguresOfTheBuildGatesAreMetricsGatesAndAReportRow()
    {
        var ratchet = new ProjectRatchet();
        ratchet.SizeCeilings["App.dll"] = 10_240;
        ratchet.BenchmarkMedians["Parsing.ParseAll"] = 1024.32;
        var app = new ProjectRecord { Project = "App" };
        GateFacts.Measure(app, "3", 1, locked: false, quarantineJudged: false, Array.Empty<string>(), new[] { "App.dll=12000" });
        GateFacts.AddGates(app, ratchet);
        var tests = new ProjectRecord { Project = "App.Tests" };
        GateFacts.Measure(tests, "2", 0, locked: true, quarantineJudged: true, new[] { "App.Tests.T.M: until 2026-12-09 (#123)" }, Array.Empty<string>());
        GateFacts.AddGates(tests, null);

        Assert.Equal(new[] { "App.dll <= 10240 bytes", "benchmark medians within the noise band of their records (1 benchmarks)", "package versions pinned, 3 referenced" }, app.Gates);
        Assert.Equal(1, app.Metrics["benchmarks_recorded"]);
        Assert.Equal((3.0, 1.0, 0.0, 12_000.0, 10_240.0), (app.Metrics["packages_referenced"], app.Metrics["packages_unpinned"], app.Metrics["packages_locked"], app.Metrics["size_bytes.App.dll"], app.Metrics["size_ceiling.App.dll"]));
        Assert.Equal(new[] { "package versions pinned by the lock file, 2 referenced", "test quarantine expires after 48 h (1 quarantined)" }, tests.Gates);
        Assert.Equal(1, tests.Metrics["quarantined_tests"]);

        var reparsed = ProjectRecord.Parse(tests.Serialize());
        Assert.Equal(tests.Quarantined, reparsed.Quarantined);
        Assert.DoesNotContain("quarantined", app.Serialize(), StringComparison.Ordinal);

        var report = new BundleReport(new[] { app, tests, new ProjectRecord { Project = "Other" } }, Array.Empty<LicenseRecord>(), Array.Empty<JsonObject>(), string.Empty);
        var markdown = report.Markdown();
        Assert.Contains("| App | **3 referenced, 1 unpinned** | - | **App.dll: 12,000 / 10,240 bytes** |", markdown, StringComparison.Ordinal);
        Assert.Contains("| App.Tests | 2 referenced, 0 unpinned, locked | App.Tests.T.M: until 2026-12-09 (#123) | - |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| Other | 0", markdown[markdown.IndexOf("## Build gates", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Equal(2, report.Html().Split("class=\"failed\"").Length - 1);
        Assert.Contains("<td>App.<wbr />Tests.<wbr />T.<wbr />M: until 2026-12-09 (#123)</td>", report.Html(), StringComparison.Ordinal);
    }
}
