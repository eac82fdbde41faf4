using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Aeos.EndToEnd.Tests;

/// <summary>
/// Adopting Aeos on the legacy sample (two projects, warnings as errors, one shared baseline), with the
/// commands of the README's "Adopting Aeos on an existing code base", against the packed package.
/// </summary>
[Collection(PackedPackageGroup.Name)]
public sealed partial class LegacyAdoptionTests
{
    private const string Solution = "Legacy/Legacy.sln";
    private const string Baseline = "Legacy/aeos.baseline.json";
    private const string Ratchet = "Legacy/aeos.ratchet.json";
    private const string Invoice = "Legacy/Legacy.Billing/InvoiceCalculator.cs";
    private const string Stock = "Legacy/Legacy.Inventory/StockReport.cs";

    private readonly PackageFixture _fixture;

    public LegacyAdoptionTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void DebtIsAcceptedOnceThenMayOnlyShrink()
    {
        var legacy = Adopt("scenario");

        // A new violation fails the build, and only it is reported.
        legacy.Write("Legacy/Legacy.Billing/Refunds.cs", "namespace Legacy.Billing;\n\n/// <summary>Refunds.</summary>\npublic static class Refunds\n{\n    /// <summary>Refunds.</summary>\n    public static void Run()\n    {\n        try { Console.WriteLine(); } catch (IOException) { }\n    }\n}\n");
        var added = legacy.BuildSolution(Solution);
        Assert.True(added.ExitCode != 0, added.ToString());
        Assert.Equal(new[] { "Refunds.cs: AEOS4005" }, Violations(added));
        legacy.Delete("Legacy/Legacy.Billing/Refunds.cs");

        // A baselined method that gets worse fails the build again.
        var original = legacy.Read(Invoice);
        legacy.Write(Invoice, original.Replace("        return total;", "        total += Charge(lines, 99);\n        return total;", StringComparison.Ordinal));
        var worse = legacy.BuildSolution(Solution);
        Assert.True(worse.ExitCode != 0, worse.ToString());
        Assert.Equal(new[] { "InvoiceCalculator.cs: AEOS1003" }, Violations(worse));
        legacy.Write(Invoice, original);

        // Paying a debt and running the ratchet removes its entry for good.
        var longReport = legacy.Read(Stock);
        legacy.Write(Stock, ShortReport);
        var update = legacy.BuildSolution(Solution, "-p:AeosRatchetUpdate=true");
        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.Contains("Aeos ratchet: removed AEOS1003 in Legacy.Inventory/StockReport.cs", update.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("StockReport", legacy.Read(Baseline), StringComparison.Ordinal);
        Assert.Contains("\"Legacy.Inventory\": {\n      \"loops\": 1,", legacy.Read(Ratchet), StringComparison.Ordinal);

        legacy.Write(Stock, longReport);
        var reintroduced = legacy.BuildSolution(Solution);
        Assert.True(reintroduced.ExitCode != 0, reintroduced.ToString());
        Assert.Equal(new[] { "StockReport.cs: AEOS1003" }, Violations(reintroduced));
    }

    [Fact]
    public void ABrokenBaselineFailsTheBuildNamingItsPositionAndIsNotOverwritten()
    {
        var legacy = Adopt("broken");
        var broken = legacy.Read(Baseline).Replace("\"value\": 59", "\"value\": fifty-nine", StringComparison.Ordinal);
        legacy.Write(Baseline, broken);

        var build = legacy.BuildSolution(Solution, "-p:AeosRatchetUpdate=true");

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Matches(@"aeos\.baseline\.json\(\d+,\d+\): error AEOS9001: .*is not a valid Aeos file: unexpected 'f'; a value was expected", build.Output);
        Assert.Equal(broken, legacy.Read(Baseline));
    }

    /// <summary>The sample as it stands before adoption (no baseline), built once, then adopted in a parallel build.</summary>
    private Consumer Adopt(string name)
    {
        var legacy = _fixture.CreateConsumer(name);
        legacy.Delete(Baseline);
        legacy.Delete(Ratchet);

        var before = legacy.BuildSolution(Solution);
        Assert.True(before.ExitCode != 0, before.ToString());
        Assert.Equal(new[] { "InvoiceCalculator.cs: AEOS1003", "PaymentGateway.cs: AEOS4005", "StockReport.cs: AEOS1003" }, Violations(before));

        // The adoption command succeeds although the rules are errors here (TreatWarningsAsErrors), and says what it recorded.
        var accept = legacy.BuildSolution(Solution, "-m", "-p:AeosBaselineAccept=true");
        Assert.True(accept.ExitCode == 0, accept.ToString());
        Assert.Contains("Aeos baseline: accepted 2 violation(s) of Legacy.Billing into ", accept.Output, StringComparison.Ordinal);
        Assert.Contains(": AEOS1003 \u00d71, AEOS4005 \u00d71; warnings ceiling 0.", accept.Output, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(legacy.Read(Baseline), "\"rule\""));

        var after = legacy.BuildSolution(Solution);
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.Contains("Aeos: 0 violations (0 errors, 0 warnings), 2 baselined", after.Output, StringComparison.Ordinal);
        Assert.Contains("Aeos: 0 violations (0 errors, 0 warnings), 1 baselined", after.Output, StringComparison.Ordinal);
        return legacy;
    }

    /// <summary>The distinct "file: rule" pairs of the build's Aeos errors.</summary>
    private static string[] Violations(CommandResult build) =>
        ErrorLine().Matches(build.Output)
            .Select(m => Path.GetFileName(m.Groups["file"].Value) + ": " + m.Groups["rule"].Value)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

    [GeneratedRegex(@"(?<file>[^\s:]+\.cs)\(\d+,\d+\): error (?<rule>AEOS\d{4})")]
    private static partial Regex ErrorLine();

    private const string ShortReport = """
        namespace Legacy.Inventory;

        /// <summary>The nightly stock report.</summary>
        public static class StockReport
        {
            /// <summary>One line per stock position.</summary>
            /// <param name="stock">Units in stock per position.</param>
            /// <returns>The report lines.</returns>
            public static IReadOnlyList<string> Render(IReadOnlyList<int> stock) =>
                Enumerable.Range(1, 53).Select(position => Row(stock, position)).ToList();

            private static string Row(IReadOnlyList<int> stock, int position) =>
                position < stock.Count ? position + ": " + stock[position] : position + ": -";
        }
        """;
}
