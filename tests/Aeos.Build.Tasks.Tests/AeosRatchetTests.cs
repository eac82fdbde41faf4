using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Aeos.Build.Tasks.Ratchet;
using Aeos.Build.Tasks.Sarif;
using Aeos.Shared.Baseline;
using Microsoft.Build.Utilities;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class AeosRatchetTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _root.Dispose();

    private string Baseline => _root.File("aeos.baseline.json");

    private string RatchetFile => _root.File("aeos.ratchet.json");

    [Fact]
    public void AcceptRecordsEveryUnsuppressedViolationAndTheWarningsCeiling()
    {
        var log = new SarifBuilder()
            .Metric("AEOS1003", _root.File("src/A.cs"), 3, "M:A.Run", 60, level: "error")
            .Other("AEOS4005", _root.File("src/A.cs"), 9, "Catch swallows the exception")
            .Other("CS0168", _root.File("src/A.cs"), 12, "unused variable")
            .Build();

        Assert.True(Ratchet("App", log, accept: true).Execute());

        var entries = BaselineDocument.Parse(File.ReadAllText(Baseline)).Entries;
        Assert.Equal(new[] { "AEOS1003", "AEOS4005" }, entries.Select(e => e.Rule));
        Assert.Equal(("src/A.cs", "M:A.Run", "60"), (entries[0].File, entries[0].Symbol, entries[0].Value));
        Assert.Equal(1, RatchetDocument.Parse(File.ReadAllText(RatchetFile)).Projects["App"].WarningsCeiling);
    }

    [Fact]
    public void AcceptKeepsWhatIsRecordedAndOnlyAdds()
    {
        WriteBaseline(new BaselineEntry("AEOS1003", "other/B.cs", "M:B.Run", "70", null, 0));

        Assert.True(Ratchet("App", new SarifBuilder().Metric("AEOS1003", _root.File("src/A.cs"), 3, "M:A.Run", 60).Build(), accept: true).Execute());

        Assert.Equal(new[] { "other/B.cs", "src/A.cs" }, BaselineDocument.Parse(File.ReadAllText(Baseline)).Entries.Select(e => e.File));
    }

    [Fact]
    public void UpdatePrunesPaidDebtLowersImprovedValuesAndNeverTouchesOtherProjects()
    {
        WriteBaseline(
            new BaselineEntry("AEOS1003", "src/A.cs", "M:A.Fixed", "80", null, 0),
            new BaselineEntry("AEOS1003", "src/A.cs", "M:A.Better", "80", null, 0),
            new BaselineEntry("AEOS1003", "src/A.cs", "M:A.Worse", "60", null, 0),
            new BaselineEntry("AEOS1003", "lib/B.cs", "M:B.Elsewhere", "90", null, 0));
        var log = new SarifBuilder()
            .Metric("AEOS1003", _root.File("src/A.cs"), 3, "M:A.Better", 55, baselined: true)
            .Metric("AEOS1003", _root.File("src/A.cs"), 30, "M:A.Worse", 65)
            .Build();

        Assert.True(Ratchet("App", log, update: true, compile: "src/A.cs").Execute());

        var entries = BaselineDocument.Parse(File.ReadAllText(Baseline)).Entries.ToDictionary(e => e.Symbol, e => e.Value);
        Assert.Equal(new[] { "M:A.Better", "M:A.Worse", "M:B.Elsewhere" }, entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("55", "60", "90"), (entries["M:A.Better"], entries["M:A.Worse"], entries["M:B.Elsewhere"]));
        var moves = _engine.Messages.Select(m => m.Message).Where(m => m!.StartsWith("Aeos ratchet:", StringComparison.Ordinal)).ToList();
        Assert.Contains("Aeos ratchet: removed AEOS1003 in src/A.cs (M:A.Fixed): fixed", moves);
        Assert.Contains("Aeos ratchet: lowered AEOS1003 in src/A.cs (M:A.Better): 80 \u2192 55", moves);
        Assert.Equal(1, RatchetDocument.Parse(File.ReadAllText(RatchetFile)).Projects["App"].Loops);
    }

    [Fact]
    public void UpdateRaisesAnImprovedMinimumLikeCoverage()
    {
        WriteBaseline(new BaselineEntry("AEOS1005", "<App>", string.Empty, "62.5", null, 0));
        var log = new SarifBuilder().Metric("AEOS1005", null, 0, string.Empty, 71.5, baselined: true, limit: "80").Build();

        Assert.True(Ratchet("App", log, update: true).Execute());

        Assert.Equal("71.5", BaselineDocument.Parse(File.ReadAllText(Baseline)).Entries.Single().Value);
        Assert.Contains(_engine.Messages, m => m.Message == "Aeos ratchet: raised AEOS1005 in <App> (): 62.5 \u2192 71.5");
    }

    [Fact]
    public void UpdateLowersTheCeilingButNeverRaisesIt()
    {
        File.WriteAllText(RatchetFile, "{\"schemaVersion\": 1, \"projects\": {\"App\": {\"loops\": 4, \"warningsCeiling\": 3}}}");
        var two = new SarifBuilder().Other("CS0168", _root.File("a.cs"), 1, "x").Other("CA1822", _root.File("a.cs"), 2, "y").Build();

        Assert.True(Ratchet("App", two, update: true).Execute());
        Assert.Equal(2, RatchetDocument.Parse(File.ReadAllText(RatchetFile)).Projects["App"].WarningsCeiling);

        var three = new SarifBuilder().Other("CS0168", _root.File("a.cs"), 1, "x").Other("CA1822", _root.File("a.cs"), 2, "y").Other("CA1822", _root.File("a.cs"), 3, "z").Build();
        Assert.False(Ratchet("App", three, update: true).Execute());
        Assert.Equal("AEOS9401", Assert.Single(_engine.Errors).Code);
        Assert.Equal(2, RatchetDocument.Parse(File.ReadAllText(RatchetFile)).Projects["App"].WarningsCeiling);
    }

    [Fact]
    public void EveryBuildFailsAboveTheCeiling()
    {
        File.WriteAllText(RatchetFile, "{\"schemaVersion\": 1, \"projects\": {\"App\": {\"warningsCeiling\": 1}}}");
        var log = new SarifBuilder()
            .Other("CS0168", _root.File("src/a.cs"), 4, "unused")
            .Other("AEOS4005", _root.File("src/b.cs"), 12, "swallowed")
            .Metric("AEOS1003", _root.File("src/b.cs"), 30, "M:B.Run", 60, baselined: true)
            .Other("CA1822", _root.File("src/b.cs"), 40, "raised to error", level: "error")
            .Build();
        var summary = SarifReader.Summarize(log);

        Assert.False(Ratchet("App", log, summary: summary).Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9401", RatchetFile), (error.Code, error.File));
        Assert.Equal("App has 2 warnings, more than its ceiling of 1 recorded in aeos.ratchet.json: fix the new warnings (the ceiling only goes down). The warnings: src/a.cs(4,5): CS0168; src/b.cs(12,5): AEOS4005.", error.Message);
        Assert.True(Ratchet("Other", new SarifBuilder().Build(), summary: summary).Execute());
    }

    [Fact]
    public void ALongListOfWarningsIsCutAfterTwenty()
    {
        File.WriteAllText(RatchetFile, "{\"schemaVersion\": 1, \"projects\": {\"App\": {\"warningsCeiling\": 0}}}");
        var log = new SarifBuilder();
        for (var line = 1; line <= 23; line++)
        {
            log.Other("CS0168", _root.File("a.cs"), line, "unused");
        }

        Assert.False(Ratchet("App", log.Build()).Execute());

        var message = Assert.Single(_engine.Errors).Message!;
        Assert.Contains("a.cs(20,5): CS0168; and 3 more.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("a.cs(21,5)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABaselinedMetricThatGotWorseShowsItsRecordedAndItsNewValue()
    {
        WriteBaseline(
            new BaselineEntry("AEOS1003", "src/A.cs", "M:A.Worse", "55", null, 0),
            new BaselineEntry("AEOS1003", "src/A.cs", "M:A.Same", "70", null, 0));
        var log = new SarifBuilder()
            .Metric("AEOS1003", _root.File("src/A.cs"), 3, "M:A.Worse", 60)
            .Metric("AEOS1003", _root.File("src/A.cs"), 30, "M:A.Same", 70, baselined: true)
            .Metric("AEOS1003", _root.File("src/A.cs"), 60, "M:A.New", 52)
            .Build();

        Assert.True(Ratchet("App", log).Execute());

        var lines = _engine.Messages.Select(m => m.Message!).Where(m => m.StartsWith("Aeos baseline:", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "Aeos baseline: AEOS1003 of 'M:A.Worse' in src/A.cs got worse: 55 recorded in aeos.baseline.json, 60 now; it is reported until it is back at 55." }, lines);
    }

    [Theory]
    [InlineData("aeos.baseline.json", "{\"schemaVersion\": 1, \"entries\": [}", 1, 34)]
    [InlineData("aeos.ratchet.json", "{\"schemaVersion\": 1, \"projects\": {\"App\": {\"ceiling\": 2}}}", 1, 54)]
    public void ABrokenFileIsAnErrorNamingItsPositionAndIsLeftUntouched(string name, string content, int line, int column)
    {
        File.WriteAllText(_root.File(name), content);

        Assert.False(Ratchet("App", new SarifBuilder().Metric("AEOS1003", _root.File("a.cs"), 1, "M:A", 60).Build(), accept: true).Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9001", _root.File(name), line, column), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        Assert.Equal(content, File.ReadAllText(_root.File(name)));
    }

    [Fact]
    public void ParallelProjectsSharingOneBaselineLoseNothing()
    {
        Parallel.For(0, 12, i =>
        {
            var log = new SarifBuilder().Metric("AEOS1003", _root.File("p" + i + "/A.cs"), 3, "M:P" + i + ".Run", 60 + i).Build();
            Assert.True(Ratchet("P" + i, log, accept: true, engine: new RecordingBuildEngine(), sarifName: "p" + i + ".sarif").Execute());
        });

        var entries = BaselineDocument.Parse(File.ReadAllText(Baseline)).Entries;
        Assert.Equal(12, entries.Count);
        Assert.Equal(12, RatchetDocument.Parse(File.ReadAllText(RatchetFile)).Projects.Count);
    }

    private void WriteBaseline(params BaselineEntry[] entries) =>
        File.WriteAllText(Baseline, new BaselineDocument(entries).Serialize());

    private AeosRatchet Ratchet(
        string project,
        string sarif,
        bool accept = false,
        bool update = false,
        string? compile = null,
        SarifSummary? summary = null,
        RecordingBuildEngine? engine = null,
        string sarifName = "app.sarif")
    {
        File.WriteAllText(_root.File(sarifName), sarif);
        var summaryFile = _root.File(sarifName + ".summary.json");
        File.WriteAllText(summaryFile, (summary ?? SarifReader.Summarize(sarif)).ToJson(), Encoding.UTF8);
        return new AeosRatchet
        {
            BuildEngine = engine ?? _engine,
            SarifFile = _root.File(sarifName),
            SummaryFile = summaryFile,
            BaselineFile = Baseline,
            RatchetFile = RatchetFile,
            ProjectName = project,
            AssemblyName = project,
            CompileFiles = compile is null ? Array.Empty<TaskItem>() : new[] { new TaskItem(_root.File(compile)) },
            Accept = accept,
            Update = update,
        };
    }
}
