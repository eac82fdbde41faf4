using System;
using System.IO;
using Microsoft.Build.Framework;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class ReportSummaryTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void PrintsTheSummaryLineAtHighImportance()
    {
        File.WriteAllText(_directory.File("aeos.summary.json"), "{\"errors\": 1, \"warnings\": 2, \"notes\": 0, \"baselined\": 0, \"suppressed\": 0}");

        Assert.True(Task().Execute());

        var line = Assert.Single(_engine.Messages, m => m.Importance == MessageImportance.High);
        Assert.Equal("Aeos: 3 violations (1 error, 2 warnings), 0 baselined \u2014 " + _directory.File("App.sarif"), line.Message);
    }

    [Fact]
    public void NoSummaryIsNotAnError()
    {
        Assert.True(Task().Execute());

        Assert.Empty(_engine.Errors);
        Assert.DoesNotContain(_engine.Messages, m => m.Importance == MessageImportance.High);
    }

    [Fact]
    public void ACorruptSummaryIsAnErrorNamingIt()
    {
        File.WriteAllText(_directory.File("aeos.summary.json"), "{\"errors\": \"many\"}");

        Assert.False(Task().Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9001", _directory.File("aeos.summary.json"), 1, 12), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
    }

    private ReportSummary Task() => new()
    {
        BuildEngine = _engine,
        SummaryFile = _directory.File("aeos.summary.json"),
        EvidenceFile = _directory.File("App.sarif"),
    };
}
