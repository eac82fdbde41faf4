using System;
using System.IO;
using System.Linq;
using Aeos.Build.Tasks.Budgets;
using Aeos.Build.Tasks.Ratchet;
using Aeos.Tests.Shared;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

/// <summary>The performance budget on real BenchmarkDotNet reports (<c>Budgets/README.md</c> says how they were made).</summary>
public sealed class AeosPerformanceBudgetTests : IDisposable
{
    private static readonly string ShortRun = RepositoryPaths.Combine("tests", "Aeos.Build.Tasks.Tests", "Budgets", "ShortRun-report-full.json");

    private static readonly string Twenty = RepositoryPaths.Combine("tests", "Aeos.Build.Tasks.Tests", "Budgets", "TwentyIterations-report-full.json");

    private readonly TemporaryDirectory _root = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _root.Dispose();

    private string RatchetFile => _root.File("aeos.ratchet.json");

    [Fact]
    public void ReadsEachBenchmarksMedianAndConfidenceMarginFromARealReport()
    {
        var results = BenchmarkReport.Parse(File.ReadAllText(ShortRun));

        Assert.Equal(new[] { "Parsing.ParseAll", "Parsing.Join" }, results.Select(r => r.Name));
        Assert.Equal(1378.878, results[0].Median, 3);
        Assert.Equal(1709.952, results[0].Margin, 3);
    }

    [Fact]
    public void TheUpdateRecordsTheMediansAndAnUnchangedRunPasses()
    {
        var update = Budget(ShortRun);
        update.Update = true;
        Assert.True(update.Execute());

        Assert.Equal(1378.878, Recorded("Parsing.ParseAll"));
        Assert.Contains("recorded the median of Parsing.ParseAll (Bench): none \u2192 1378.878 ns", update.Moves);
        var again = Budget(ShortRun);
        Assert.True(again.Execute());
        Assert.Empty(_engine.Errors);
        Assert.Equal(2, again.Judged);
    }

    [Fact]
    public void AMedianSlowerThanTheRecordBeyondTheReportsMarginIsAeos9702()
    {
        var twenty = BenchmarkReport.Parse(File.ReadAllText(Twenty)).Single(r => r.Name == "Parsing.ParseAll");
        Record("Parsing.ParseAll", Math.Round(twenty.Median - (2 * twenty.Margin), 3));

        Assert.False(Budget(Twenty).Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9702", Twenty), (error.Code, error.File));
        Assert.StartsWith("Benchmark Parsing.ParseAll of Bench regressed: its median is ", error.Message, StringComparison.Ordinal);
        Assert.Contains("beyond this run's noise band of \u00b1 ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithinTheMarginIsNoRegressionAndNoTightening()
    {
        var twenty = BenchmarkReport.Parse(File.ReadAllText(Twenty)).Single(r => r.Name == "Parsing.ParseAll");
        var recorded = Math.Round(twenty.Median - (twenty.Margin / 2), 3);
        Record("Parsing.ParseAll", recorded);
        var budget = Budget(Twenty);
        budget.Update = true;

        Assert.True(budget.Execute());

        Assert.Empty(_engine.Errors);
        Assert.Equal(recorded, Recorded("Parsing.ParseAll"));
    }

    [Fact]
    public void AnImprovementBeyondTheMarginTightensTheRecordOnTheUpdateOnly()
    {
        var twenty = BenchmarkReport.Parse(File.ReadAllText(Twenty)).Single(r => r.Name == "Parsing.ParseAll");
        var slower = Math.Round(twenty.Median + (2 * twenty.Margin), 3);
        Record("Parsing.ParseAll", slower);
        Assert.True(Budget(Twenty).Execute());
        Assert.Equal(slower, Recorded("Parsing.ParseAll"));

        var update = Budget(Twenty);
        update.Update = true;
        Assert.True(update.Execute());

        Assert.Equal(Math.Round(twenty.Median, 3), Recorded("Parsing.ParseAll"));
        Assert.Contains(update.Moves, m => m.StartsWith("tightened the median of Parsing.ParseAll (Bench): ", StringComparison.Ordinal));
    }

    [Fact]
    public void AReportThatIsNotBenchmarkDotNetsIsAeos9001()
    {
        File.WriteAllText(_root.File("x-report-full.json"), "{ \"Benchmarks\": [ { \"FullName\": \"A.B\", \"Statistics\": { \"Median\": 1 } } ] }");

        Assert.False(Budget(_root.File("x-report-full.json")).Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9001", 1, 54), (error.Code, error.LineNumber, error.ColumnNumber));
        Assert.Contains("the statistics of \"A.B\" have no \"ConfidenceInterval\"", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(RatchetFile));
    }

    private AeosPerformanceBudget Budget(string report) => new()
    {
        BuildEngine = _engine,
        RatchetFile = RatchetFile,
        ProjectName = "Bench",
        Reports = new ITaskItem[] { new TaskItem(report) },
    };

    private void Record(string benchmark, double median)
    {
        var ratchet = new RatchetDocument();
        ratchet.For("Bench").BenchmarkMedians[benchmark] = median;
        File.WriteAllText(RatchetFile, ratchet.Serialize());
    }

    private double Recorded(string benchmark) => RatchetDocument.Parse(File.ReadAllText(RatchetFile)).Projects["Bench"].BenchmarkMedians[benchmark];
}
