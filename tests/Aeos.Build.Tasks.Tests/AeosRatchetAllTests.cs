using System;
using System.IO;
using System.Linq;
using System.Text;
using Aeos.Build.Tasks.Ratchet;
using Aeos.Build.Tasks.Sarif;
using Aeos.Shared.Baseline;
using Microsoft.Build.Utilities;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

/// <summary>The ratchet with BaselineAll: every warning of the log, not only Aeos rules, is judged against the baseline.</summary>
public sealed class AeosRatchetAllTests : IDisposable
{
    private const string Code = "namespace Shop;\n\npublic class Cart\n{\n    public int Add(int value)\n    {\n        int unused;\n        return value;\n    }\n\n    public int Remove(int value) => value;\n}\n";

    private readonly TemporaryDirectory _root = new();
    private readonly RecordingBuildEngine _engine = new();

    public AeosRatchetAllTests()
    {
        Directory.CreateDirectory(_root.File("src"));
        File.WriteAllText(Source, Code);
    }

    public void Dispose() => _root.Dispose();

    private string Source => _root.File("src/Cart.cs");

    private string Baseline => _root.File("aeos.baseline.json");

    private string RatchetFile => _root.File("aeos.ratchet.json");

    private string Log => new SarifBuilder()
        .Other("CS0168", Source, 7, "The variable 'unused' is declared but never used")
        .Other("CA1822", Source, 11, "Member 'Remove' does not access instance data and can be marked as static")
        .Metric("AEOS1003", Source, 5, "M:Shop.Cart.Add(System.Int32)", 60)
        .Build();

    [Fact]
    public void AcceptRecordsEveryWarningWithItsContainingMemberAndSaysWhat()
    {
        Assert.True(Ratchet(Log, accept: true).Execute());

        var entries = BaselineDocument.Parse(File.ReadAllText(Baseline)).Entries;
        Assert.Equal(
            new[] { "AEOS1003 M:Shop.Cart.Add(System.Int32)", "CA1822 Shop.Cart.Remove(int)", "CS0168 Shop.Cart.Add(int)" },
            entries.Select(e => e.Rule + " " + e.Symbol));
        Assert.Equal(0, RatchetDocument.Parse(File.ReadAllText(RatchetFile)).Projects["App"].WarningsCeiling);
        Assert.Contains(_engine.Messages, m => m.Message!.Contains("accepted 3 violation(s) of App", StringComparison.Ordinal) && m.Message.Contains("AEOS1003 \u00d71, CA1822 \u00d71, CS0168 \u00d71", StringComparison.Ordinal));
    }

    [Fact]
    public void BaselinedWarningsPassAndSurviveLineShifts()
    {
        Assert.True(Ratchet(Log, accept: true).Execute());
        File.WriteAllText(Source, Code.Replace("namespace Shop;\n", "namespace Shop;\n\n// moved down\n", StringComparison.Ordinal));
        var shifted = new SarifBuilder()
            .Other("CS0168", Source, 9, "The variable 'unused' is declared but never used")
            .Other("CA1822", Source, 13, "Member 'Remove' does not access instance data and can be marked as static")
            .Metric("AEOS1003", Source, 7, "M:Shop.Cart.Add(System.Int32)", 60, baselined: true)
            .Build();

        Assert.True(Ratchet(shifted).Execute(), string.Join("\n", _engine.Errors.Select(e => e.Message)));

        Assert.Empty(_engine.Errors);
        Assert.Contains(_engine.Messages, m => m.Message!.StartsWith("Aeos baseline (all diagnostics): 0 new warning(s) in App", StringComparison.Ordinal) && m.Message.Contains("2 baselined warning(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void ANewWarningFailsAloneAtItsPositionWithItsIdAndMessage()
    {
        Assert.True(Ratchet(Log, accept: true).Execute());
        var added = new SarifBuilder()
            .Other("CS0168", Source, 7, "The variable 'unused' is declared but never used")
            .Other("CA1822", Source, 11, "Member 'Remove' does not access instance data and can be marked as static")
            .Other("CA1822", Source, 5, "Member 'Add' does not access instance data and can be marked as static")
            .Metric("AEOS1003", Source, 5, "M:Shop.Cart.Add(System.Int32)", 60, baselined: true)
            .Build();

        Assert.False(Ratchet(added).Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9501", Source, 5, 5), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        Assert.StartsWith("CA1822: Member 'Add' does not access instance data and can be marked as static (a warning not in aeos.baseline.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(_engine.Messages, m => m.Message!.StartsWith("Aeos baseline (all diagnostics): 1 new warning(s) in App, 1 of them error(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void AProjectThatDoesNotTreatWarningsAsErrorsKeepsThemWarningsUnderItsCeiling()
    {
        File.WriteAllText(RatchetFile, "{\"schemaVersion\": 1, \"projects\": {\"App\": {\"warningsCeiling\": 1}}}");

        Assert.True(Ratchet(new SarifBuilder().Other("CS0168", Source, 7, "unused").Build(), warningsAsErrors: false).Execute());
        Assert.False(Ratchet(Log, warningsAsErrors: false).Execute());

        Assert.Equal("AEOS9401", Assert.Single(_engine.Errors).Code);
    }

    [Fact]
    public void WarningsAsErrorsAndWarningsNotAsErrorsDecideWhichNewWarningsFail()
    {
        var ratchet = Ratchet(Log, warningsAsErrors: false);
        ratchet.WarningsAsErrors = "CS0168;nullable";
        Assert.False(ratchet.Execute());
        Assert.Equal(new[] { "AEOS9501 CS0168" }, _engine.Errors.Select(e => e.Code + " " + e.Message!.Split(':')[0]));

        _engine.Errors.Clear();
        var exempt = Ratchet(Log);
        exempt.WarningsNotAsErrors = "CA1822,AEOS1003";
        Assert.False(exempt.Execute());
        Assert.Equal(new[] { "AEOS9501 CS0168" }, _engine.Errors.Select(e => e.Code + " " + e.Message!.Split(':')[0]));
    }

    [Fact]
    public void UpdatePrunesFixedWarningsOnlyWhenItJudgesEveryDiagnostic()
    {
        Assert.True(Ratchet(Log, accept: true).Execute());
        var fixedCa = new SarifBuilder()
            .Other("CS0168", Source, 7, "The variable 'unused' is declared but never used")
            .Metric("AEOS1003", Source, 5, "M:Shop.Cart.Add(System.Int32)", 60, baselined: true)
            .Build();

        var aeosOnly = Ratchet(fixedCa, update: true);
        aeosOnly.BaselineAll = false;
        aeosOnly.Execute(); // fails on the ceiling (it counts CS0168 there): only what it leaves in the baseline matters here
        _engine.Errors.Clear();
        Assert.Contains(BaselineDocument.Parse(File.ReadAllText(Baseline)).Entries, e => e.Rule == "CA1822");

        Assert.True(Ratchet(fixedCa, update: true).Execute());
        Assert.Equal(new[] { "AEOS1003", "CS0168" }, BaselineDocument.Parse(File.ReadAllText(Baseline)).Entries.Select(e => e.Rule).Order(StringComparer.Ordinal));
        Assert.Contains(_engine.Messages, m => m.Message == "Aeos ratchet: removed CA1822 in src/Cart.cs (Shop.Cart.Remove(int)): fixed");
    }

    [Fact]
    public void AnAcceptSuppressionCountsAsNotSuppressedAndIsRecorded()
    {
        var log = Log.Replace(
            "\"properties\": {\n",
            "\"suppressions\": [{\"kind\": \"inSource\", \"properties\": {\"suppressionType\": \"DiagnosticSuppressor { Suppression Justification: Being recorded by an accept build (AeosBaselineAccept=true) }\"}}],\n\"properties\": {\n",
            StringComparison.Ordinal);
        Assert.Equal(SuppressionKind.None, SarifReader.Read(log).Single(r => r.RuleId == "AEOS1003").Suppression);

        Assert.True(Ratchet(log, accept: true).Execute());

        Assert.Contains(BaselineDocument.Parse(File.ReadAllText(Baseline)).Entries, e => e.Rule == "AEOS1003");
    }

    [Fact]
    public void WarningsAsErrorsOnTheCommandLineIsAWarning()
    {
        var ratchet = Ratchet(Log, accept: true);
        ratchet.CompilerTreatedWarningsAsErrors = true;

        Assert.True(ratchet.Execute());

        Assert.Equal("AEOS9502", Assert.Single(_engine.Warnings).Code);
    }

    private AeosRatchet Ratchet(string sarif, bool accept = false, bool update = false, bool warningsAsErrors = true)
    {
        File.WriteAllText(_root.File("app.sarif"), sarif);
        var summaryFile = _root.File("app.summary.json");
        File.WriteAllText(summaryFile, SarifReader.Summarize(sarif).ToJson(), Encoding.UTF8);
        return new AeosRatchet
        {
            BuildEngine = _engine,
            SarifFile = _root.File("app.sarif"),
            SummaryFile = summaryFile,
            BaselineFile = Baseline,
            RatchetFile = RatchetFile,
            ProjectName = "App",
            AssemblyName = "App",
            CompileFiles = new[] { new TaskItem(Source) },
            Accept = accept,
            Update = update,
            BaselineAll = true,
            TreatWarningsAsErrors = warningsAsErrors,
        };
    }
}
