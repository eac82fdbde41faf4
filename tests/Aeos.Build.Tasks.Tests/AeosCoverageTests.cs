using System;
using System.IO;
using Aeos.Build.Tasks.Ratchet;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class AeosCoverageTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _root.Dispose();

    private string RatchetFile => _root.File("aeos.ratchet.json");

    [Theory]
    [InlineData(null, 85.0, 82.0, false)]
    [InlineData(82.0, 85.0, 84.0, false)]
    [InlineData(84.0, 85.0, 85.0, true)]
    [InlineData(89.0, 95.0, 91.0, false)]
    [InlineData(91.0, 96.3, 96.3, false)]
    [InlineData(91.0, 91.0, 91.0, false)]
    [InlineData(null, 80.0, 80.0, true)]
    public void TheFloorRisesByAtMostTwoPointsUntilNinetyThenToTheMeasuredValue(double? recorded, double measured, double next, bool missed)
    {
        Assert.Equal(next, CoverageFloor.Next(recorded, measured));
        Assert.Equal(missed, CoverageFloor.MissedTarget(recorded, measured));
    }

    [Fact]
    public void TheFloorNeverGoesDown()
    {
        for (var recorded = 80.0; recorded <= 100.0; recorded += 0.7)
        {
            for (var measured = recorded; measured <= 100.0; measured += 1.3)
            {
                Assert.True(CoverageFloor.Next(recorded, measured) >= recorded, recorded + " / " + measured);
                Assert.True(CoverageFloor.Next(recorded, measured) <= Math.Max(recorded, measured));
            }
        }
    }

    [Fact]
    public void BelowTheFloorFailsTheTestRunNamingBothNumbers()
    {
        var report = Cobertura("report.xml", line: 0.724, branch: 0.9);

        Assert.False(Coverage(report).Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9101", report), (error.Code, error.File));
        Assert.Equal("Line coverage of App.Tests is 72.4 %, below its floor of 80.0 % (aeos.ratchet.json; the floor is never below 80.0 %).", error.Message);
        Assert.False(File.Exists(RatchetFile));
    }

    [Fact]
    public void AnUpdateRaisesBothFloorsAndCountsTheLoop()
    {
        Assert.True(Coverage(Cobertura("r.xml", 0.857, 0.81), update: true).Execute());

        var project = RatchetDocument.Parse(File.ReadAllText(RatchetFile)).Projects["App.Tests"];
        Assert.Equal((82.0, 81.0, 1), (project.LineFloor, project.BranchFloor, project.Loops));
        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal("AEOS9102", warning.Code);
        Assert.Contains("branch coverage target for App.Tests was 82.0 %; measured 81.0 %", warning.Message, StringComparison.Ordinal);
        Assert.Contains(_engine.Messages, m => m.Message == "Aeos ratchet: line coverage floor of App.Tests: none \u2192 82.0 %");
    }

    [Fact]
    public void ARecordedFloorAboveEightyApplies()
    {
        File.WriteAllText(RatchetFile, "{\"schemaVersion\": 1, \"projects\": {\"App.Tests\": {\"coverage\": {\"line\": 86.5, \"branch\": 80}}}}");

        Assert.False(Coverage(Cobertura("r.xml", 0.86, 0.95)).Execute());

        Assert.Contains("below its floor of 86.5 %", Assert.Single(_engine.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyAReportOfThisRunCounts()
    {
        var old = Cobertura("old.xml", 0.1, 0.1);
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddHours(-1));

        var task = Coverage(old);
        task.NotBeforeTicks = DateTime.UtcNow.AddMinutes(-1).Ticks;

        Assert.True(task.Execute());
        Assert.Empty(_engine.Errors);
    }

    [Theory]
    [InlineData("<coverage line-rate=\"0.9\">", 1, 2)]
    [InlineData("<report line-rate=\"0.9\" branch-rate=\"0.9\"/>", 1, 2)]
    [InlineData("\n<coverage line-rate=\"1.5\" branch-rate=\"0.9\"/>", 2, 2)]
    [InlineData("<coverage line-rate=\"0.9\" branch-rate=\"0.9\"", 1, 44)]
    public void AnUnreadableReportIsAnErrorNamingIt(string xml, int line, int column)
    {
        var report = _root.File("bad.xml");
        File.WriteAllText(report, xml);

        Assert.False(Coverage(report).Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9001", report, line, column), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
    }

    private string Cobertura(string name, double line, double branch)
    {
        var path = _root.File(name);
        File.WriteAllText(path, FormattableString.Invariant($"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<coverage line-rate=\"{line}\" branch-rate=\"{branch}\" version=\"1.9\" timestamp=\"1\">\n  <packages />\n</coverage>\n"));
        return path;
    }

    private AeosCoverage Coverage(string report, bool update = false) => new()
    {
        BuildEngine = _engine,
        Reports = new ITaskItem[] { new TaskItem(report) },
        RatchetFile = RatchetFile,
        ProjectName = "App.Tests",
        Update = update,
    };
}
