using System;
using System.IO;
using System.Linq;
using System.Text;
using Aeos.Build.Tasks.Licenses;
using Json.Schema;
using Xunit;
using SystemJson = System.Text.Json.Nodes;
using Aeos.Tests.Shared;

namespace Aeos.Build.Tasks.Tests;

public sealed class AeosLicenseGateTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _root.Dispose();

    private string ReportFile => _root.File("App.licenses.json");

    private string PolicyFile => _root.File("aeos.licenses.json");

    [Fact]
    public void ADeniedLicenceIsAeos9201NamingPackageVersionAndLicence()
    {
        File.WriteAllText(PolicyFile, "{ \"schemaVersion\": 1, \"denied\": [\"GPL-3.0-only\"] }");
        Write(new LicenseResult("Copyleft.Lib", "2.1.0", "GPL-3.0-only", LicenseVerdict.Denied, null));

        Assert.False(Gate().Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9201", PolicyFile), (error.Code, error.File));
        Assert.Contains("package Copyleft.Lib 2.1.0 under the licence 'GPL-3.0-only'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("App ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FlaggedAndUnknownLicencesAreWarnings()
    {
        Write(
            new LicenseResult("Weak.Copyleft", "1.0.0", "MPL-2.0", LicenseVerdict.Flagged, null),
            new LicenseResult("Old.Style", "3.0.0", "https://example.com/eula", LicenseVerdict.Unknown, null),
            new LicenseResult("Nothing.Declared", "1.0.0", null, LicenseVerdict.Unknown, null));

        Assert.True(Gate().Execute());

        Assert.Empty(_engine.Errors);
        Assert.Equal(new[] { "AEOS9202", "AEOS9203", "AEOS9203" }, _engine.Warnings.Select(w => w.Code));
        Assert.Contains("Weak.Copyleft 1.0.0 under the licence 'MPL-2.0'", _engine.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("Old.Style 3.0.0", _engine.Warnings[1].Message, StringComparison.Ordinal);
        Assert.Contains("none declared", _engine.Warnings[2].Message, StringComparison.Ordinal);
        Assert.Equal("test.proj", _engine.Warnings[0].File); // no policy file: the project is named
    }

    [Fact]
    public void AllowedExceptedAndDevelopmentOnlyPackagesAreOnlyListed()
    {
        Write(
            new LicenseResult("Fine", "1.0.0", "MIT", LicenseVerdict.Allowed, null),
            new LicenseResult("Bought", "1.0.0", "LicenseRef-Commercial", LicenseVerdict.Excepted, "licence bought"),
            new LicenseResult("Analyzer", "1.0.0", "GPL-3.0-only", LicenseVerdict.Development, null));

        Assert.True(Gate().Execute());

        Assert.Empty(_engine.Errors);
        Assert.Empty(_engine.Warnings);
        Assert.Contains(_engine.Messages, m => m.Message!.Contains("Analyzer 1.0.0 (GPL-3.0-only): development", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnreadableReportIsAeos9001()
    {
        File.WriteAllText(ReportFile, "{ \"packages\": [{ \"id\": \"A\", \"version\": \"1\", \"verdict\": \"fine\" }], \"project\": \"App\", \"policy\": \"default\" }");

        Assert.False(Gate().Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9001", 1, 56), (error.Code, error.LineNumber, error.ColumnNumber));
    }

    [Fact]
    public void TheReportRoundTripsAndValidatesAgainstItsSchema()
    {
        var results = Enum.GetValues<LicenseVerdict>()
            .Select(v => new LicenseResult("P" + (int)v, "1.0.0", v == LicenseVerdict.Unknown ? null : "MIT", v, v == LicenseVerdict.Excepted ? "why" : null))
            .ToArray();
        var text = new LicenseReport("App", "default", results).Serialize();
        var schema = JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Combine("schemas", "aeos.license-report.schema.json")));

        Assert.Equal(text, LicenseReport.Parse(text).Serialize());
        Assert.True(schema.Evaluate(SystemJson.JsonNode.Parse(text)).IsValid, text);
        Assert.False(schema.Evaluate(SystemJson.JsonNode.Parse(text.Replace("\"excepted\"", "\"fine\"", StringComparison.Ordinal))).IsValid);
    }

    private void Write(params LicenseResult[] results) =>
        File.WriteAllText(ReportFile, new LicenseReport("App", "aeos.licenses.json", results).Serialize(), Encoding.UTF8);

    private AeosLicenseGate Gate() => new()
    {
        BuildEngine = _engine,
        LicenseReportFile = ReportFile,
        LicensePolicyFile = PolicyFile,
    };
}
