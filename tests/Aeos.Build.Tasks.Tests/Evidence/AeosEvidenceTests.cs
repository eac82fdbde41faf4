using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Aeos.Build.Tasks.Evidence;
using Aeos.Shared.Json;
using Xunit;
using Aeos.Tests.Shared;

namespace Aeos.Build.Tasks.Tests.Evidence;

public sealed class AeosEvidenceTests
{
    [Fact]
    public void ABuildLeavesTheProjectsRecordChecksumsSnapshotProgressLineAndReports()
    {
        using var fixture = new EvidenceFixture();
        fixture.Analysis("App", new SarifBuilder()
            .Metric("AEOS1001", fixture.Source("A.cs"), 12, "M:App.A.Run", 14, limit: "10")
            .Metric("AEOS1003", fixture.Source("A.cs"), 12, "M:App.A.Run", 70)
            .Metric("AEOS1001", fixture.Source("A.cs"), 40, "M:App.A.Go", 11, baselined: true, limit: "10")
            .Other("AEOS3008", fixture.Source("A.cs"), 3, "a hard-coded AWS access key"));

        Assert.True(fixture.Task("App").Execute(), string.Join("\n", fixture.Engine.Errors.Select(e => e.Message)));

        Assert.Equal(File.ReadAllText(Path.Combine(RepositorySchemas.Directory, "aeos.progress.schema.json")), File.ReadAllText(Path.Combine(fixture.Artifacts, "contracts", "aeos.progress.schema.json")));
        foreach (var file in new[] { "evidence/App.metrics.json", "evidence/App.sha256", "evidence/solution.sarif", "snapshot/environment.json", "reports/summary.md", "reports/index.html", "reports/inventory.yaml" })
        {
            Assert.True(File.Exists(Path.Combine(fixture.Artifacts, file)), file);
        }

        var record = ProjectRecord.Parse(File.ReadAllText(Path.Combine(fixture.Artifacts, "evidence", "App.metrics.json")));
        Assert.Equal(14, record.Metrics["max_cyclomatic_over_limit"]);
        Assert.Equal(70, record.Metrics["max_function_lines_over_limit"]);
        Assert.Equal(1, record.Metrics["secrets_found"]);
        Assert.Equal(new[] { "M:App.A.Run", "M:App.A.Go" }, record.Worst.Select(f => f.Symbol));
        Assert.True(record.Worst[1].Baselined);
        Assert.Equal("src/A.cs", record.Worst[0].File);
        Assert.Contains("  App.dll\n", File.ReadAllText(Path.Combine(fixture.Artifacts, "evidence", "App.sha256")), StringComparison.Ordinal);

        var entry = Assert.Single(ProgressLog.Read(fixture.Log));
        Assert.Equal("01ARYZ6S41TSV4RRFFQ69G5FAV", ((JsonString)entry["loop_id"]!).Value);
        Assert.Equal("build:App", ((JsonString)entry["area"]!).Value);
        Assert.True(RepositorySchemas.IsValid("aeos.progress.schema.json", File.ReadAllLines(fixture.Log)[0]));
        Assert.True(RepositorySchemas.IsValid("aeos.metrics.schema.json", File.ReadAllText(Path.Combine(fixture.Artifacts, "evidence", "App.metrics.json"))));
    }

    [Fact]
    public void AnUnchangedBuildRewritesNothingAndAddsNoLine()
    {
        using var fixture = new EvidenceFixture();
        fixture.Analysis("App", new SarifBuilder().Metric("AEOS1001", fixture.Source("A.cs"), 12, "M:App.A.Run", 14, limit: "10"));
        Assert.True(fixture.Task("App").Execute());
        var before = fixture.Snapshot();

        Assert.True(fixture.Task("App").Execute());

        Assert.Equal(before, fixture.Snapshot());
        Assert.Single(ProgressLog.Read(fixture.Log));
    }

    [Fact]
    public void ADeletedReportIsMadeAnewByAnUnchangedBuild()
    {
        using var fixture = new EvidenceFixture();
        fixture.Analysis("App", new SarifBuilder().Metric("AEOS1001", fixture.Source("A.cs"), 12, "M:App.A.Run", 14, limit: "10"));
        Assert.True(fixture.Task("App").Execute());
        var report = Path.Combine(fixture.Artifacts, "reports", "index.html");
        var content = File.ReadAllText(report);
        File.Delete(report);

        Assert.True(fixture.Task("App").Execute());

        Assert.Equal(content, File.ReadAllText(report));
        Assert.Single(ProgressLog.Read(fixture.Log));
    }

    [Fact]
    public void AChangedBuildLogsTheNumbersBeforeAndAfterAndKeepsTheOldRecordAsSnapshot()
    {
        using var fixture = new EvidenceFixture();
        fixture.Analysis("App", new SarifBuilder().Metric("AEOS1001", fixture.Source("A.cs"), 12, "M:App.A.Run", 14, limit: "10"));
        Assert.True(fixture.Task("App").Execute());
        fixture.Analysis("App", new SarifBuilder().Metric("AEOS1001", fixture.Source("A.cs"), 12, "M:App.A.Run", 12, limit: "10"));
        var task = fixture.Task("App");
        task.RatchetMoves = new[] { "lowered AEOS1001 in src/A.cs (M:App.A.Run): 14 \u2192 12" };

        Assert.True(task.Execute());

        var entries = ProgressLog.Read(fixture.Log);
        Assert.Equal(2, entries.Count);
        Assert.Equal(14, ((JsonNumber)((JsonObject)entries[1]["metrics_before"]!)["max_cyclomatic_over_limit"]!).Value);
        Assert.Equal(12, ((JsonNumber)((JsonObject)entries[1]["metrics_after"]!)["max_cyclomatic_over_limit"]!).Value);
        Assert.Contains("ratchet: lowered AEOS1001", string.Join("|", ((JsonArray)entries[1]["actions"]!).Items.Select(i => ((JsonString)i).Value)), StringComparison.Ordinal);
        Assert.Contains("\"max_cyclomatic_over_limit\": 14", File.ReadAllText(Path.Combine(fixture.Artifacts, "snapshot", "App.metrics-before.json")), StringComparison.Ordinal);
        Assert.Contains("lowered AEOS1001", File.ReadAllText(Path.Combine(fixture.Artifacts, "reports", "summary.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void ALoopIdThatIsNoUlidIsAnErrorAndWritesNothing()
    {
        using var fixture = new EvidenceFixture();
        fixture.Analysis("App", new SarifBuilder());
        var task = fixture.Task("App");
        task.LoopId = "build-42";

        Assert.False(task.Execute());

        Assert.Contains("'BUILD-42', which is not a ULID", Assert.Single(fixture.Engine.Errors).Message, StringComparison.Ordinal);
        Assert.False(File.Exists(fixture.Log));
    }

    [Fact]
    public void ABrokenRecordIsReportedWithItsPositionAndLeftAlone()
    {
        using var fixture = new EvidenceFixture();
        fixture.Analysis("App", new SarifBuilder());
        var record = Path.Combine(fixture.Artifacts, "evidence", "App.metrics.json");
        File.WriteAllText(record, "{\n  \"schemaVersion\": 1,\n  \"metrics\": [\n");

        Assert.False(fixture.Task("App").Execute());

        var error = Assert.Single(fixture.Engine.Errors);
        Assert.Equal("AEOS9001", error.Code);
        Assert.Equal(record, error.File);
        Assert.Equal(4, error.LineNumber);
        Assert.Equal("{\n  \"schemaVersion\": 1,\n  \"metrics\": [\n", File.ReadAllText(record));
    }

    [Fact]
    public void ABrokenProgressLogIsReportedAtItsFileAndLine()
    {
        using var fixture = new EvidenceFixture();
        fixture.Analysis("App", new SarifBuilder());
        Assert.True(fixture.Task("App").Execute());
        File.AppendAllText(fixture.Log, "{\"cut short\n");
        fixture.Analysis("App", new SarifBuilder().Other("AEOS3008", fixture.Source("A.cs"), 3, "a key"));

        Assert.False(fixture.Task("App").Execute());

        var error = Assert.Single(fixture.Engine.Errors);
        Assert.Equal(("AEOS9001", fixture.Log, 2), (error.Code, error.File, error.LineNumber));
    }

    [Theory]
    [InlineData("aeos.baseline.json")]
    [InlineData("aeos.ratchet.json")]
    public void ABrokenBaselineOrRatchetFileIsLeftToTheRatchetToReportAndTheBundleIsKept(string name)
    {
        using var fixture = new EvidenceFixture();
        fixture.Analysis("App", new SarifBuilder());
        Assert.True(fixture.Task("App").Execute());
        var before = fixture.Snapshot();
        File.WriteAllText(Path.Combine(fixture.Root, name), "{\n  \"schemaVersion\": 1,\n  \"entries\": [ oops ]\n}\n");
        fixture.Analysis("App", new SarifBuilder().Other("AEOS3008", fixture.Source("A.cs"), 3, "a key"));

        Assert.True(fixture.Task("App").Execute());

        Assert.Empty(fixture.Engine.Errors);
        Assert.Equal(before.Where(f => !f.Contains("App.sarif", StringComparison.Ordinal)), fixture.Snapshot().Where(f => !f.Contains("App.sarif", StringComparison.Ordinal)));
    }

    [Fact]
    public void ATestRunRecordsCoverageAndOnlyItsOwnResultFiles()
    {
        using var fixture = new EvidenceFixture();
        fixture.Analysis("App.Tests", new SarifBuilder());
        Assert.True(fixture.Task("App.Tests").Execute());
        var old = Path.Combine(fixture.Root, "old.trx");
        File.WriteAllText(old, "<TestRun old='1' />");
        // The file system's clock, which the task compares with: the time the result was just written.
        var written = File.GetLastWriteTimeUtc(old);
        File.SetLastWriteTimeUtc(old, written.AddHours(-1));
        var fresh = Path.Combine(fixture.Root, "fresh.trx");
        File.WriteAllText(fresh, "<TestRun fresh='1' />");
        var coverage = Path.Combine(fixture.Root, "coverage.cobertura.xml");
        File.WriteAllText(coverage, "<coverage line-rate='0.873' branch-rate='0.5' />");
        var task = fixture.Task("App.Tests", "test");
        task.TestResults = new[] { new Microsoft.Build.Utilities.TaskItem(old), new Microsoft.Build.Utilities.TaskItem(fresh) };
        task.NotBeforeTicks = written.AddMinutes(-5).Ticks;
        task.CoverageReport = coverage;
        task.LineCoverage = "87.3";
        task.BranchCoverage = "50.0";

        Assert.True(task.Execute());

        var evidence = Path.Combine(fixture.Artifacts, "evidence");
        Assert.Equal("<TestRun fresh='1' />", File.ReadAllText(Path.Combine(evidence, "App.Tests.trx")));
        Assert.False(File.Exists(Path.Combine(evidence, "App.Tests.2.trx")));
        Assert.True(File.Exists(Path.Combine(evidence, "App.Tests.coverage.cobertura.xml")));
        var record = ProjectRecord.Parse(File.ReadAllText(Path.Combine(evidence, "App.Tests.metrics.json")));
        Assert.Equal(0.873, record.Metrics["coverage"]);
        Assert.Contains("line coverage >= 80 %", record.Gates);
        var last = ProgressLog.Read(fixture.Log)[^1];
        Assert.Equal("test:App.Tests", ((JsonString)last["area"]!).Value);
        Assert.Null(((JsonObject)last["metrics_before"]!)["coverage"]);
        Assert.Contains("87.3 %", File.ReadAllText(Path.Combine(fixture.Artifacts, "reports", "summary.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void ParallelProjectsOfOneBuildAllReachTheLogAndTheReports()
    {
        using var fixture = new EvidenceFixture();
        var projects = Enumerable.Range(1, 6).Select(i => "Project" + i).ToList();
        foreach (var project in projects)
        {
            fixture.Analysis(project, new SarifBuilder().Metric("AEOS1003", fixture.Source(project + ".cs"), 1, "M:" + project + ".Run", 60));
        }

        var tasks = projects.Select(p => fixture.Task(p)).ToList();
        Parallel.ForEach(tasks, new ParallelOptions { MaxDegreeOfParallelism = 6 }, t => Assert.True(t.Execute()));

        Assert.Equal(projects, ProgressLog.Read(fixture.Log).Select(e => ((JsonString)e["area"]!).Value.Substring(6)).OrderBy(p => p, StringComparer.Ordinal));
        var summary = File.ReadAllText(Path.Combine(fixture.Artifacts, "reports", "summary.md"));
        Assert.All(projects, p => Assert.Contains("| " + p + " | 1 |", summary, StringComparison.Ordinal));
        Assert.Equal(6, ((JsonArray)((JsonObject)JsonParser.Parse(File.ReadAllText(Path.Combine(fixture.Artifacts, "evidence", "solution.sarif"))))["runs"]!).Items.Count);
    }
}
