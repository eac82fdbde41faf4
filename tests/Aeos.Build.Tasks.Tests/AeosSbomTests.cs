using System;
using System.IO;
using System.Linq;
using Aeos.Build.Tasks.Licenses;
using Aeos.Build.Tasks.Sbom;
using Aeos.Shared.Json;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class AeosSbomTests : IDisposable
{
    private readonly SampleRestore _restore = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _restore.Dispose();

    private string SbomFile => _restore.File("artifacts/sbom/App.cdx.json");

    private string ReportFile => _restore.File("artifacts/evidence/App.licenses.json");

    private string PolicyFile => _restore.File("aeos.licenses.json");

    [Fact]
    public void WritesTheSbomAndTheVerdictOnEveryPackage()
    {
        Assert.True(Sbom().Execute(), string.Join("\n", _engine.Errors.Select(e => e.Message)));

        Assert.Contains("\"specVersion\": \"1.6\"", File.ReadAllText(SbomFile), StringComparison.Ordinal);
        var report = LicenseReport.Parse(File.ReadAllText(ReportFile));
        Assert.Equal(("App", "default"), (report.Project, report.Policy));
        Assert.Equal(
            new[]
            {
                "Analyzer.Helper 1.0.0 https://example.com/license development",
                "Analyzer.Pack 3.0.0 GPL-3.0-only development",
                "App.Lib 1.0.0 MIT allowed",
                "Shared 2.0.0 Apache-2.0 OR GPL-2.0-only allowed",
                "Tool.Dev 1.0.0+build.5 file:docs/LICENSE.txt development",
                "Tool.Helper 1.0.0 - development",
            },
            report.Results.Select(r => $"{r.Id} {r.Version} {r.License ?? "-"} {LicenseReport.Name(r.Verdict)}"));
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void ASecondRunWithTheSameInputWritesTheSameBytesAndRewritesNothing()
    {
        Assert.True(Sbom().Execute());
        var sbom = File.ReadAllBytes(SbomFile);
        var report = File.ReadAllBytes(ReportFile);

        var again = Sbom();
        Assert.True(again.Execute());

        Assert.False(again.SbomWritten);
        Assert.Equal(sbom, File.ReadAllBytes(SbomFile));
        Assert.Equal(report, File.ReadAllBytes(ReportFile));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(SbomFile)!, "*.tmp"));
    }

    [Fact]
    public void TheToolIsAeosWithTheVersionOfTheTaskAssembly()
    {
        Assert.True(Sbom().Execute());

        var metadata = (JsonObject)((JsonObject)JsonParser.Parse(File.ReadAllText(SbomFile)))["metadata"]!;
        var tool = (JsonObject)((JsonArray)((JsonObject)metadata["tools"]!)["components"]!).Items.Single();
        Assert.Equal(("Aeos.Analyzers", typeof(AeosSbom).Assembly.GetName().Version!.ToString(3)), (((JsonString)tool["name"]!).Value, ((JsonString)tool["version"]!).Value));
    }

    [Fact]
    public void ThePolicyFileDecidesAndExceptionsCarryTheirReason()
    {
        File.WriteAllText(PolicyFile, """
            { "schemaVersion": 1, "allowed": ["MIT"], "exceptions": [{ "package": "shared", "reason": "Reviewed: Apache-2.0 is fine here" }] }
            """);

        Assert.True(Sbom().Execute());

        var report = LicenseReport.Parse(File.ReadAllText(ReportFile));
        Assert.Equal("aeos.licenses.json", report.Policy);
        var shared = report.Results.Single(r => r.Id == "Shared");
        Assert.Equal((LicenseVerdict.Excepted, "Reviewed: Apache-2.0 is fine here"), (shared.Verdict, shared.Reason));
    }

    [Fact]
    public void AnUnreadableAssetsFileIsAeos9001WithItsPosition()
    {
        File.WriteAllText(_restore.AssetsFile, "{\n  \"targets\": [\n");

        Assert.False(Sbom().Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9001", _restore.AssetsFile, 3, 1), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        Assert.False(File.Exists(SbomFile));
    }

    [Fact]
    public void ABadPolicyFileIsAeos9001WithItsPositionAndStaysAsItWas()
    {
        Assert.True(Sbom().Execute());
        var report = File.ReadAllBytes(ReportFile);
        const string bad = "{\n  \"schemaVersion\": 1,\n  \"denied\": [\"GPL 3\"]\n}";
        File.WriteAllText(PolicyFile, bad);

        Assert.False(Sbom().Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9001", PolicyFile, 3, 14), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        Assert.Contains("\"denied\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(bad, File.ReadAllText(PolicyFile));
        Assert.Equal(report, File.ReadAllBytes(ReportFile));
    }

    [Fact]
    public void ATestProjectsPackagesAreAllDevelopmentOnly()
    {
        var task = Sbom();
        task.IsTestProject = true;

        Assert.True(task.Execute());

        Assert.All(LicenseReport.Parse(File.ReadAllText(ReportFile)).Results, r => Assert.Equal(LicenseVerdict.Development, r.Verdict));
    }

    private AeosSbom Sbom() => new()
    {
        BuildEngine = _engine,
        AssetsFile = _restore.AssetsFile,
        SbomFile = SbomFile,
        LicenseReportFile = ReportFile,
        LicensePolicyFile = PolicyFile,
        ProjectName = "App",
        ProjectVersion = "1.0.0",
        TargetFramework = "net8.0",
        PackagesFolder = _restore.PackagesFolder,
    };
}
