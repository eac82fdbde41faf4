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

    [Theory]
    [InlineData(62.4, 70.0, 64.4, false)]
    [InlineData(62.4, 63.0, 63.0, true)]
    [InlineData(79.0, 90.0, 81.0, false)]
    [InlineData(85.0, 86.0, 86.0, true)]
    public void AnAdoptedFloorRisesByTheSameRuleFromWhereItWasRecorded(double recorded, double measured, double next, bool missed)
    {
        Assert.Equal(recorded, CoverageFloor.InForce(recorded, adopted: true));
        Assert.Equal(next, CoverageFloor.Next(recorded, measured, adopted: true));
        Assert.Equal(missed, CoverageFloor.MissedTarget(recorded, measured, adopted: true));
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
        // The file system's clock, which the task compares with: the time the report was just written.
        var written = File.GetLastWriteTimeUtc(old);
        File.SetLastWriteTimeUtc(old, written.AddHours(-1));

        var task = Coverage(old);
        task.NotBeforeTicks = written.AddMinutes(-1).Ticks;

        Assert.True(task.Execute());
        Assert.Empty(_engine.Errors);
        Assert.Equal("AEOS9103", Assert.Single(_engine.Warnings).Code);
    }

    [Fact]
    public void ATestRunWithoutAReportSaysTheGateWasSkipped()
    {
        var task = Coverage(_root.File("missing.xml"), accept: true);
        task.ProjectFile = _root.File("App.Tests.csproj");

        Assert.True(task.Execute());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(("AEOS9103", task.ProjectFile), (warning.Code, warning.File));
        Assert.Equal("The coverage gate of App.Tests was skipped: this test run wrote no Cobertura report, so nothing was recorded in aeos.ratchet.json. Run: dotnet test --collect \"XPlat Code Coverage\".", warning.Message);
        Assert.Empty(_engine.Errors);
        Assert.False(File.Exists(RatchetFile));
    }

    [Fact]
    public void TheAcceptStepAdoptsCoverageBelowEightyAsTheFloor()
    {
        Assert.True(Coverage(Cobertura("r.xml", 0.624, 0.5), accept: true).Execute());

        var project = RatchetDocument.Parse(File.ReadAllText(RatchetFile)).Projects["App.Tests"];
        Assert.Equal((62.4, 50.0, true, 0), (project.LineFloor, project.BranchFloor, project.CoverageAdopted, project.Loops));
        Assert.Contains("\"adopted\": true", File.ReadAllText(RatchetFile), StringComparison.Ordinal);
        Assert.Empty(_engine.Errors);
        Assert.Empty(_engine.Warnings);
        Assert.Contains(_engine.Messages, m => m.Importance == MessageImportance.High
            && m.Message!.StartsWith("Aeos baseline: accepted the coverage of App.Tests as its floors: line none \u2192 62.4 %, branch none \u2192 50.0 % (", StringComparison.Ordinal)
            && m.Message.EndsWith("; adopted below 80.0 %: later test runs fail only below these floors, and each -p:AeosRatchetUpdate=true loop raises them by at most 2 points.", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAdoptedFloorPassesAtItsLevelAndFailsBelowIt()
    {
        WriteAdopted(line: 62.4, branch: 50);

        Assert.True(Coverage(Cobertura("same.xml", 0.624, 0.5)).Execute());
        Assert.Empty(_engine.Errors);

        Assert.False(Coverage(Cobertura("lower.xml", 0.62, 0.5)).Execute());
        var error = Assert.Single(_engine.Errors);
        Assert.Equal("AEOS9101", error.Code);
        Assert.Equal("Line coverage of App.Tests is 62.0 %, below its floor of 62.4 % (aeos.ratchet.json; adopted below 80.0 % by the accept step; it only rises).", error.Message);
    }

    [Fact]
    public void AnUpdateRaisesAnAdoptedFloorByAtMostTwoPoints()
    {
        WriteAdopted(line: 62.4, branch: 50);

        Assert.True(Coverage(Cobertura("r.xml", 0.7, 0.51), update: true).Execute());

        var project = RatchetDocument.Parse(File.ReadAllText(RatchetFile)).Projects["App.Tests"];
        Assert.Equal((64.4, 51.0, true, 1), (project.LineFloor, project.BranchFloor, project.CoverageAdopted, project.Loops));
        Assert.Contains(_engine.Messages, m => m.Message == "Aeos ratchet: line coverage floor of App.Tests: 62.4 \u2192 64.4 %");
        Assert.Contains("branch coverage target for App.Tests was 52.0 %; measured 51.0 %", Assert.Single(_engine.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnceAnAdoptedFloorReachesEightyTheUsualFloorApplies()
    {
        WriteAdopted(line: 79.0, branch: 78.5);

        Assert.True(Coverage(Cobertura("r.xml", 0.9, 0.9), update: true).Execute());

        var text = File.ReadAllText(RatchetFile);
        var project = RatchetDocument.Parse(text).Projects["App.Tests"];
        Assert.Equal((81.0, 80.5), (project.LineFloor, project.BranchFloor));
        Assert.DoesNotContain("adopted", text, StringComparison.Ordinal);
        Assert.Equal((81.0, 80.5), (project.LineFloorInForce, project.BranchFloorInForce));
    }

    [Fact]
    public void ARecordedFloorBelowEightyWithoutAdoptionIsStillRaisedToEighty()
    {
        File.WriteAllText(RatchetFile, "{\"schemaVersion\": 1, \"projects\": {\"App.Tests\": {\"coverage\": {\"line\": 60, \"branch\": 60}}}}");

        Assert.False(Coverage(Cobertura("r.xml", 0.7, 0.9)).Execute());

        Assert.Contains("below its floor of 80.0 %", Assert.Single(_engine.Errors).Message, StringComparison.Ordinal);
    }

    private void WriteAdopted(double line, double branch) => File.WriteAllText(RatchetFile, FormattableString.Invariant(
        $"{{\"schemaVersion\": 1, \"projects\": {{\"App.Tests\": {{\"loops\": 0, \"coverage\": {{\"line\": {line}, \"branch\": {branch}, \"adopted\": true}}}}}}}}"));

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

    private AeosCoverage Coverage(string report, bool update = false, bool accept = false) => new()
    {
        Accept = accept,
        BuildEngine = _engine,
        Reports = new ITaskItem[] { new TaskItem(report) },
        RatchetFile = RatchetFile,
        ProjectName = "App.Tests",
        Update = update,
    };
}
