using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Aeos.EndToEnd.Tests;

/// <summary>
/// <c>AeosBaselineAll=true</c> on the legacy sample (warnings as errors), against the packed package: every
/// warning of the compiler's log is adopted, each new CS, CA or Aeos warning fails alone at its position,
/// and an analysis-level upgrade is adopted in one accept build.
/// </summary>
[Collection(PackedPackageGroup.Name)]
public sealed partial class BaselineAllTests
{
    private const string Solution = "Legacy/Legacy.sln";
    private const string Baseline = "Legacy/aeos.baseline.json";
    private const string All = "-p:AeosBaselineAll=true";
    private const string Minimum = "-p:AnalysisLevel=latest-minimum";
    private const string Recommended = "-p:AnalysisLevel=latest-recommended";
    private const string Accept = "-p:AeosBaselineAccept=true";

    private readonly PackageFixture _fixture;

    public BaselineAllTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void EveryWarningIsAdoptedNewOnesFailAloneAtTheirPositionAndAnUpgradeIsAdoptedInOneBuild()
    {
        var legacy = AdoptAtMinimum("all-upgrade");

        FailsAlone(legacy, "Legacy/Legacy.Billing/Discounts.cs", Unreachable, "Discounts.cs(11,9): CS0162", sticky: true);
        FailsAlone(legacy, "Legacy/Legacy.Billing/Rounding.cs", InstanceRounding, "Rounding.cs(9,20): CA1822", sticky: false);
        FailsAlone(legacy, "Legacy/Legacy.Billing/Refunds.cs", SwallowingRefunds, "Refunds.cs(13,9): AEOS4005", sticky: false);

        // The upgrade: a higher analysis level brings new CA warnings; the build names each, one accept records them.
        var upgraded = legacy.BuildSolution(Solution, All, Recommended);
        Assert.True(upgraded.ExitCode != 0, upgraded.ToString());
        var named = NewWarnings(upgraded);
        Assert.Contains("Labels.cs(9,45): CA1304", named);
        Assert.Contains("Labels.cs(9,50): CA1311", named);
        Assert.All(named, n => Assert.Matches(@": CA\d{4}$", n));

        var adopted = legacy.BuildSolution(Solution, All, Recommended, Accept);
        Assert.True(adopted.ExitCode == 0, adopted.ToString());
        Assert.Contains("CA1304 \u00d71", adopted.Output, StringComparison.Ordinal);
        var next = legacy.BuildSolution(Solution, All, Recommended);
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Contains("warning CA1304", next.Output, StringComparison.Ordinal);

        // A corrupt baseline is AEOS9001 at its position and stays as it was.
        var broken = legacy.Read(Baseline).Replace("\"hash\": \"", "\"hash\": 0x\"", StringComparison.Ordinal);
        legacy.Write(Baseline, broken);
        var refused = legacy.BuildSolution(Solution, All, Recommended, Accept);
        Assert.True(refused.ExitCode != 0, refused.ToString());
        Assert.Matches(@"aeos\.baseline\.json\(\d+,\d+\): error AEOS9001: ", refused.Output);
        Assert.Equal(broken, legacy.Read(Baseline));
    }

    /// <summary>The legacy sample plus CS, CA and Aeos debt, adopted at the minimum analysis level in one parallel accept build.</summary>
    private Consumer AdoptAtMinimum(string name)
    {
        var legacy = _fixture.CreateConsumer(name);
        legacy.Delete(Baseline);
        legacy.Delete("Legacy/aeos.ratchet.json");
        legacy.Write("Legacy/Legacy.Inventory/Shelf.cs", Shelf);
        legacy.Write("Legacy/Legacy.Inventory/Labels.cs", Labels);

        var before = legacy.BuildSolution(Solution, All, Minimum);
        Assert.True(before.ExitCode != 0, before.ToString());
        Assert.Contains("Shelf.cs(11,13): CS0168", NewWarnings(before));

        var accept = legacy.BuildSolution(Solution, "-m", All, Minimum, Accept);
        Assert.True(accept.ExitCode == 0, accept.ToString());
        Assert.Matches(@"Aeos baseline: accepted \d+ violation\(s\) of Legacy\.Inventory into .*CA1822 \u00d71, CS0168 \u00d71", accept.Output);
        var baseline = legacy.Read(Baseline);
        Assert.Contains("\"schemaVersion\": 2", baseline, StringComparison.Ordinal);
        Assert.Contains("\"symbol\": \"Legacy.Inventory.Shelf.Count(int)\"", baseline, StringComparison.Ordinal);

        var after = legacy.BuildSolution(Solution, All, Minimum);
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.Contains("Shelf.cs(11,13): warning CS0168", after.Output, StringComparison.Ordinal);
        Assert.Contains("Shelf.cs(9,16): warning CA1822", after.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(": error ", after.Output, StringComparison.Ordinal);
        return legacy;
    }

    /// <summary>A file with one new warning fails the build with exactly one AEOS9501, at the warning; a second build without changes fails the same way.</summary>
    private static void FailsAlone(Consumer legacy, string file, string content, string expected, bool sticky)
    {
        legacy.Write(file, content);
        var build = legacy.BuildSolution(Solution, All, Minimum);
        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { expected }, NewWarnings(build));
        Assert.Contains("1 new warning(s) in Legacy.Billing, 1 of them error(s)", build.Output, StringComparison.Ordinal);
        if (sticky)
        {
            var again = legacy.BuildSolution(Solution, All, Minimum);
            Assert.True(again.ExitCode != 0, again.ToString());
            Assert.Equal(new[] { expected }, NewWarnings(again));
        }

        legacy.Delete(file);
    }

    /// <summary>The distinct "file(line,column): rule" of the build's AEOS9501 errors.</summary>
    private static string[] NewWarnings(CommandResult build) =>
        NewWarningLine().Matches(build.Output)
            .Select(m => Path.GetFileName(m.Groups["file"].Value) + "(" + m.Groups["position"].Value + "): " + m.Groups["rule"].Value)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

    [GeneratedRegex(@"(?<file>[^\s:]+\.cs)\((?<position>\d+,\d+)\): error AEOS9501: (?<rule>[A-Za-z]+\d+):")]
    private static partial Regex NewWarningLine();
}
