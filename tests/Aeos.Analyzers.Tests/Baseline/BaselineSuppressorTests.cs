using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Aeos.Analyzers.Baseline;
using Aeos.Analyzers.Metrics;
using Aeos.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Aeos.Analyzers.Tests.Baseline;

/// <summary>The suppressor against the real AEOS1003 analyzer: recorded debt is suppressed while it does not grow.</summary>
public sealed class BaselineSuppressorTests
{
    private const string Source = """
        public class Orders
        {
            public void Import()
            {
                int a = 1;
                int b = a + 1;
                System.Console.WriteLine(b);
            }

            public void Export()
            {
                int a = 1;
                System.Console.WriteLine(a);
            }
        }
        """;

    private static readonly Dictionary<string, string> LimitOne = new() { ["aeos.max_function_lines"] = "1" };

    [Fact]
    public async Task RecordedDebtIsSuppressedWithTheBaselineJustification()
    {
        var diagnostics = await Run(Baseline(("M:Orders.Import", 3), ("M:Orders.Export", 2)));

        Assert.All(diagnostics, d => Assert.True(d.IsSuppressed, d.ToString()));
        Assert.Equal(2, diagnostics.Length);
    }

    [Fact]
    public async Task AMethodThatGotWorseIsReportedAgain()
    {
        var diagnostics = await Run(Baseline(("M:Orders.Import", 2), ("M:Orders.Export", 2)));

        var reported = Assert.Single(diagnostics, d => !d.IsSuppressed);
        Assert.Equal("3", reported.Properties["value"]);
    }

    [Fact]
    public async Task ANewViolationIsReported()
    {
        var diagnostics = await Run(Baseline(("M:Orders.Import", 3)));

        Assert.Equal("M:Orders.Export", Assert.Single(diagnostics, d => !d.IsSuppressed).Properties["symbol"]);
    }

    [Fact]
    public async Task ABrokenBaselineSuppressesNothingAndDoesNotCrash()
    {
        var diagnostics = await Run("{ this is not json");

        Assert.Equal(2, diagnostics.Count(d => !d.IsSuppressed));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task AFileInAnotherFolderIsAnotherFile()
    {
        var diagnostics = await Run(Baseline(("M:Orders.Import", 3)), baselinePath: "/elsewhere/aeos.baseline.json");

        Assert.Equal(2, diagnostics.Count(d => !d.IsSuppressed));
    }

    [Fact]
    public void EveryRuleOfTheCatalogueCanBeBaselined()
    {
        var suppressed = new BaselineSuppressor().SupportedSuppressions.Select(s => s.SuppressedDiagnosticId).ToHashSet();

        Assert.All(Documentation.RuleDocumentationTests.AllDescriptors(), d => Assert.Contains(d.Id, suppressed));
        Assert.All(new BaselineSuppressor().SupportedSuppressions.Where(s => s.Id.StartsWith("AEOSB", System.StringComparison.Ordinal)), s => Assert.Contains("aeos.baseline.json", s.Justification.ToString(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal));
        Assert.All(new BaselineSuppressor().SupportedSuppressions.Where(s => s.Id.StartsWith("AEOSA", System.StringComparison.Ordinal)), s => Assert.DoesNotContain("aeos.baseline.json", s.Justification.ToString(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAcceptBuildSuppressesTheRestWithTheAcceptJustification()
    {
        var options = new Dictionary<string, string>(LimitOne) { ["build_property.AeosBaselineAccept"] = "true" };

        var diagnostics = await Run(Baseline(("M:Orders.Import", 3)), options: options);

        Assert.All(diagnostics, d => Assert.True(d.IsSuppressed, d.ToString()));
        Assert.Equal(2, diagnostics.Length);
    }

    [Fact]
    public async Task AnAcceptBuildWithoutABaselineSuppressesEverythingItWillRecord()
    {
        var options = new Dictionary<string, string>(LimitOne) { ["build_property.AeosBaselineAccept"] = "true" };

        var diagnostics = await Run("{ this is not json", options: options);

        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.True(d.IsSuppressed, d.ToString()));
    }

    [Fact]
    public async Task OnlyAnAcceptBuildSuppressesWhatIsNotRecorded()
    {
        var options = new Dictionary<string, string>(LimitOne) { ["build_property.AeosBaselineAccept"] = "false" };

        var diagnostics = await Run("{ this is not json", options: options);

        Assert.Equal(2, diagnostics.Count(d => !d.IsSuppressed));
    }

    private static string Baseline(params (string Symbol, int Value)[] entries) =>
        "{\"schemaVersion\": 1, \"entries\": ["
        + string.Join(",", entries.Select(e => "{\"rule\": \"AEOS1003\", \"file\": \"Test.cs\", \"symbol\": \"" + e.Symbol + "\", \"value\": " + e.Value + "}"))
        + "]}";

    private static async Task<ImmutableArray<Diagnostic>> Run(string baseline, string baselinePath = "/src/aeos.baseline.json", Dictionary<string, string>? options = null)
    {
        var diagnostics = await AnalyzerRunner.RunAsync(
            ImmutableArray.Create<DiagnosticAnalyzer>(new SyntaxMetricsAnalyzer(), new BaselineSuppressor()),
            Source,
            ImmutableArray.Create<AdditionalText>(new AnalyzerRunner.InMemoryText(baselinePath, baseline)),
            options ?? LimitOne);
        return diagnostics.Where(d => d.Id == "AEOS1003").ToImmutableArray();
    }
}
