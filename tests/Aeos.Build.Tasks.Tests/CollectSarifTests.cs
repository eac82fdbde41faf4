using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class CollectSarifTests : IDisposable
{
    private const string Sarif = """{"version": "2.1.0", "runs": [{"results": [{"ruleId": "AEOS1003", "level": "warning"}]}]}""";

    private readonly TemporaryDirectory _directory = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void CopiesTheLogAndRecordsTheSummary()
    {
        File.WriteAllText(_directory.File("app.sarif"), Sarif);

        Assert.True(Task().Execute());

        Assert.Equal(Sarif, File.ReadAllText(_directory.File("evidence/App.sarif")));
        Assert.Contains("\"warnings\": 1", File.ReadAllText(_directory.File("obj/aeos.summary.json")), StringComparison.Ordinal);
        Assert.Empty(_engine.Errors);
    }

    [Fact]
    public void SameContentIsNotRewrittenButMarkedCurrent()
    {
        File.WriteAllText(_directory.File("app.sarif"), Sarif);
        Assert.True(Task().Execute());
        var evidence = _directory.File("evidence/App.sarif");
        File.SetLastWriteTimeUtc(evidence, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.True(Task().Execute());

        Assert.True(File.GetLastWriteTimeUtc(evidence) > new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(Sarif, File.ReadAllText(evidence));
    }

    [Fact]
    public void ACorruptLogIsAnErrorNamingFileAndPositionAndTheEvidenceIsKept()
    {
        File.WriteAllText(_directory.File("app.sarif"), Sarif);
        Assert.True(Task().Execute());
        File.WriteAllText(_directory.File("app.sarif"), "{\"version\": \"2.1.0\",\n  \"runs\": [ {\"results\": [ ] }");

        Assert.False(Task().Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9001", _directory.File("app.sarif"), 2, 30), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        Assert.Contains("unexpected end of text; ',' or ']' was expected", error.Message, StringComparison.Ordinal);
        Assert.Equal(Sarif, File.ReadAllText(_directory.File("evidence/App.sarif")));
    }

    [Fact]
    public void AMissingLogIsAnErrorNamingTheFile()
    {
        Assert.False(Task().Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("AEOS9001", error.Code);
        Assert.Contains(_directory.File("app.sarif"), error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_directory.File("evidence/App.sarif")));
    }

    [Fact]
    public void WritesLeaveNoTemporaryFilesBehind()
    {
        File.WriteAllText(_directory.File("app.sarif"), Sarif);
        Assert.True(Task().Execute());
        File.WriteAllText(_directory.File("app.sarif"), Sarif.Replace("warning", "error", StringComparison.Ordinal));
        Assert.True(Task().Execute());

        var files = Directory.GetFiles(_directory.Path, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "App.sarif", "aeos.summary.json", "app.sarif" }, files);
    }

    [Fact]
    public void ALogOfAProjectThatDidNotCompileLeavesNoSummaryAndKeepsTheEvidence()
    {
        File.WriteAllText(_directory.File("app.sarif"), Sarif);
        Assert.True(Task().Execute());
        File.WriteAllText(_directory.File("app.sarif"), CompilerLog("error", DefaultError));

        Assert.True(Task().Execute());

        Assert.False(File.Exists(_directory.File("obj/aeos.summary.json")));
        Assert.Equal(Sarif, File.ReadAllText(_directory.File("evidence/App.sarif")));
        Assert.Empty(_engine.Errors);
        Assert.DoesNotContain(_engine.Messages, m => m.Importance == Microsoft.Build.Framework.MessageImportance.High);
    }

    [Theory]
    [InlineData("error", "")] // a compiler warning raised to an error: its default level stays warning
    [InlineData("warning", DefaultError)] // hypothetical, but a warning is no failed compilation
    public void ACompilerWarningRaisedToAnErrorStillGivesASummary(string level, string defaultConfiguration)
    {
        File.WriteAllText(_directory.File("app.sarif"), CompilerLog(level, defaultConfiguration));

        Assert.True(Task().Execute());

        Assert.True(File.Exists(_directory.File("obj/aeos.summary.json")));
        Assert.True(File.Exists(_directory.File("evidence/App.sarif")));
    }

    private const string DefaultError = "\"defaultConfiguration\": { \"level\": \"error\" },";

    private static string CompilerLog(string level, string defaultConfiguration) =>
        "{\"version\": \"2.1.0\", \"runs\": [{\"results\": [{\"ruleId\": \"CS0029\", \"level\": \"" + level + "\"}],"
        + " \"tool\": {\"driver\": {\"name\": \"csc\", \"rules\": [{\"id\": \"CS0029\", " + defaultConfiguration
        + " \"properties\": {\"category\": \"Compiler\", \"tags\": [\"Compiler\", \"Telemetry\", \"NotConfigurable\"]}}]}}}]}";

    private CollectSarif Task() => new()
    {
        BuildEngine = _engine,
        SarifFile = _directory.File("app.sarif"),
        EvidenceFile = _directory.File("evidence/App.sarif"),
        SummaryFile = _directory.File("obj/aeos.summary.json"),
    };
}
