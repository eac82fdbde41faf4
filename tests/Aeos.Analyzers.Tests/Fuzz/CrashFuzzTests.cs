using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace Aeos.Analyzers.Tests.Fuzz;

/// <summary>
/// Issue 12 §1: every Aeos analyzer, suppressor and code fix over mutated copies of real C# (the repository's own
/// sources and test inputs), as an IDE sees them mid-keystroke. Any exception fails the test with the mutation and
/// a minimal reproducer. <c>AEOS_FUZZ_COUNT</c> sets the number of mutants (default 2,000) and
/// <c>AEOS_FUZZ_SEEDS</c> a folder of C# files to mutate instead (a fetched code base); see CONTRIBUTING.md.
/// </summary>
public sealed class CrashFuzzTests
{
    public const string CountVariable = "AEOS_FUZZ_COUNT";

    private const int DefaultCount = 2000;
    private const int RandomSeed = 20261206;

    private readonly ITestOutputHelper _output;

    public CrashFuzzTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task NoAnalyzerOrCodeFixThrowsOnMutatedCode()
    {
        var harness = await FuzzHarness.CreateAsync();
        var seeds = FuzzSeeds.Load();
        var mutants = Mutator.Mutants(seeds, Count(), new Random(RandomSeed)).ToList();

        var report = await FuzzCampaign.RunAsync(harness, mutants);

        _output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0} mutants of {1} seed files in {2} projects; {3} analyzers reported {4} diagnostics; {5} code fixes computed {6} actions; {7} crash(es)",
            report.Mutants, seeds.Count, report.Projects, harness.Analyzers.Length, harness.Diagnostics, harness.Fixers.Length, harness.FixActions, report.Crashes.Count));
        Assert.True(report.Mutants >= Math.Min(Count(), DefaultCount), "Too few mutants: " + report.Mutants);
        Assert.True(report.Crashes.Count == 0, report.Describe());
        Assert.True(harness.Diagnostics > report.Mutants, "The rules hardly ran: " + harness.Diagnostics + " diagnostics");
        Assert.True(harness.FixActions > report.Mutants, "The code fixes hardly ran: " + harness.FixActions + " actions");
    }

    [Fact]
    public void SeedsIncludeSourcesAndTestInputs()
    {
        var seeds = FuzzSeeds.Load();

        Assert.Contains(seeds, s => s.Name.StartsWith("src/Aeos.Analyzers/", StringComparison.Ordinal));
        Assert.Contains(seeds, s => s.Name.Contains("#input", StringComparison.Ordinal) && !s.Text.Contains("[|", StringComparison.Ordinal));
        Assert.True(seeds.Count > 500, "Seeds: " + seeds.Count);
    }

    private static int Count() =>
        int.TryParse(Environment.GetEnvironmentVariable(CountVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : DefaultCount;
}
