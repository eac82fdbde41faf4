using System;
using System.IO;
using Aeos.Build.Tasks.Budgets;
using Aeos.Build.Tasks.Ratchet;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class AeosSizeBudgetTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _root.Dispose();

    private string RatchetFile => _root.File("aeos.ratchet.json");

    [Theory]
    [InlineData(0, 8192)]
    [InlineData(10_000, 18_432)]
    [InlineData(1_000_000, 1_050_624)]
    public void TheCeilingIsTheSizePlusFivePercentAtLeastEightKibRoundedUpToKib(long bytes, long ceiling)
    {
        Assert.Equal(ceiling, SizeCeiling.For(bytes));
    }

    [Fact]
    public void AFileAboveItsCeilingIsAeos9701NamingFileSizesAndCeiling()
    {
        Ceiling("App.dll", 10_240);
        var file = Artifact("App.dll", 12_000);

        Assert.False(Budget(file).Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9701", file), (error.Code, error.File));
        Assert.Equal("App.dll of App is 12,000 bytes, above its size ceiling of 10,240 bytes (1,760 bytes more; aeos.ratchet.json). Make it smaller, or accept the new size with -p:AeosBaselineAccept=true and review the diff.", error.Message);
    }

    [Fact]
    public void AFileWithinItsCeilingPassesAndNothingIsWrittenWithoutAnUpdate()
    {
        Ceiling("App.dll", 20_480);
        var before = File.ReadAllText(RatchetFile);

        var budget = Budget(Artifact("App.dll", 1_000));
        Assert.True(budget.Execute());

        Assert.Empty(_engine.Errors);
        Assert.Equal(before, File.ReadAllText(RatchetFile));
        Assert.Equal(new[] { "App.dll=1000" }, budget.Sizes);
    }

    [Fact]
    public void TheUpdateRecordsAMissingCeilingAndLowersOneTheFileShrankBelowNeverRaisesOne()
    {
        var budget = Budget(Artifact("App.dll", 100_000));
        budget.Update = true;
        Assert.True(budget.Execute());
        Assert.Equal(108_544, Read("App.dll"));
        Assert.Equal(new[] { "recorded the size of App.dll (App): none \u2192 108544 bytes" }, budget.Moves);

        var shrunk = Budget(Artifact("App.dll", 50_000));
        shrunk.Update = true;
        Assert.True(shrunk.Execute());
        Assert.Equal(58_368, Read("App.dll"));
        Assert.Equal(new[] { "size ceiling of App.dll (App): 108544 \u2192 58368 bytes" }, shrunk.Moves);

        var grown = Budget(Artifact("App.dll", 55_000));
        grown.Update = true;
        Assert.True(grown.Execute());
        Assert.Equal(58_368, Read("App.dll"));
        Assert.Empty(grown.Moves);
    }

    [Fact]
    public void TheAcceptStepRecordsTodaysSizeAlsoAboveTheCeilingAndTheBudgetNameKeysThePackage()
    {
        Ceiling("App.nupkg", 1_024);
        var package = new TaskItem(Artifact("App.1.2.3.nupkg", 30_000));
        package.SetMetadata("Budget", "App.nupkg");
        var budget = new AeosSizeBudget { BuildEngine = _engine, RatchetFile = RatchetFile, ProjectName = "App", Files = new ITaskItem[] { package }, Accept = true };

        Assert.True(budget.Execute());

        Assert.Empty(_engine.Errors);
        Assert.Equal(38_912, Read("App.nupkg"));
    }

    [Fact]
    public void ABrokenRatchetFileIsAeos9001AndLeftAlone()
    {
        File.WriteAllText(RatchetFile, "{ \"schemaVersion\": 1, \"projects\": { \"App\": { \"sizes\": { \"App.dll\": -1 } } } }");
        var budget = Budget(Artifact("App.dll", 10));
        budget.Update = true;

        Assert.False(budget.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9001", 1, 68), (error.Code, error.LineNumber, error.ColumnNumber));
        Assert.Contains("the size ceiling of \"App.dll\" in project \"App\" must be a whole number of bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("-1", File.ReadAllText(RatchetFile), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFilesAreNotJudged()
    {
        Assert.True(Budget(_root.File("absent.dll")).Execute());

        Assert.False(File.Exists(RatchetFile));
    }

    private AeosSizeBudget Budget(string file) => new()
    {
        BuildEngine = _engine,
        RatchetFile = RatchetFile,
        ProjectName = "App",
        Files = new ITaskItem[] { new TaskItem(file) },
    };

    private string Artifact(string name, int bytes)
    {
        var path = _root.File(name);
        File.WriteAllBytes(path, new byte[bytes]);
        return path;
    }

    private void Ceiling(string name, long bytes)
    {
        var ratchet = File.Exists(RatchetFile) ? RatchetDocument.Parse(File.ReadAllText(RatchetFile)) : new RatchetDocument();
        ratchet.For("App").SizeCeilings[name] = bytes;
        File.WriteAllText(RatchetFile, ratchet.Serialize());
    }

    private long Read(string name) => RatchetDocument.Parse(File.ReadAllText(RatchetFile)).Projects["App"].SizeCeilings[name];
}
