using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Aeos.Tests.Shared;
using Json.Schema;
using Xunit;

namespace Aeos.EndToEnd.Tests;

/// <summary>
/// The evidence bundle of a parallel build of the multi-project legacy sample against the packed package:
/// every file of GATES.md's layout, valid against its published schema, one loop ID for the build, nothing
/// rewritten by a build that changes nothing, and the evidence of a test run.
/// </summary>
[Collection(PackedPackageGroup.Name)]
public sealed class EvidenceBundleTests
{
    private const string Solution = "Legacy/Legacy.sln";
    private static readonly string[] Projects = { "Legacy.Billing", "Legacy.Billing.Tests", "Legacy.Inventory" };

    private readonly PackageFixture _fixture;

    public EvidenceBundleTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void AParallelBuildLeavesAValidBundleThatAnUnchangedBuildDoesNotTouch()
    {
        var legacy = _fixture.CreateConsumer("evidence");
        var artifacts = Path.Combine(legacy.Directory, "Legacy", "artifacts");

        var build = legacy.BuildSolution(Solution, "-m:2");
        Assert.True(build.ExitCode == 0, build.ToString());

        foreach (var file in ExpectedFiles())
        {
            Assert.True(File.Exists(Path.Combine(artifacts, file)), file + " is missing; the bundle holds:\n" + string.Join("\n", Directory.GetFiles(artifacts, "*", SearchOption.AllDirectories)));
        }

        // The accepted API surfaces to commit live beside the libraries, the bundle holds copies.
        foreach (var library in new[] { "Legacy.Billing", "Legacy.Inventory" })
        {
            var accepted = Path.Combine(legacy.Directory, "Legacy", library, library + ".api.txt");
            Assert.True(File.Exists(accepted), accepted + " is missing");
            Assert.Equal(File.ReadAllText(accepted), File.ReadAllText(Path.Combine(artifacts, "contracts", library + ".api.txt")));
        }

        AssertSarifValid(artifacts);
        foreach (var sbom in Directory.GetFiles(Path.Combine(artifacts, "sbom"), "*.cdx.json"))
        {
            Assert.Empty(CycloneDxSchema.Problems(File.ReadAllText(sbom)));
        }

        AssertOwnFilesValid(artifacts);
        AssertChecksumsMatchOutputs(legacy);
        var lines = File.ReadAllLines(Path.Combine(artifacts, "progress", "progress.log.jsonl"));
        Assert.Equal(Projects.Select(p => "build:" + p), lines.Select(l => (string)JsonNode.Parse(l)!["area"]!).OrderBy(a => a, StringComparer.Ordinal));
        Assert.Single(lines.Select(l => (string)JsonNode.Parse(l)!["loop_id"]!).Distinct());

        var before = Snapshot(artifacts);
        var again = legacy.BuildSolution(Solution, "-m:2");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(before, Snapshot(artifacts));
    }

    [Fact]
    public void ATestRunAddsItsResultsAndCoverageToTheBundleEvenWhenItsGateFails()
    {
        var legacy = _fixture.CreateConsumer("evidence-test");
        var artifacts = Path.Combine(legacy.Directory, "Legacy", "artifacts");

        var test = legacy.Dotnet("test", Solution, "--collect", "XPlat Code Coverage", "--logger", "trx");

        // The sample's tests cover far less than the 80 % floor: the gate fails, the evidence is still written.
        Assert.True(test.ExitCode != 0, test.ToString());
        Assert.Contains("error AEOS9101", test.Output, StringComparison.Ordinal);
        var evidence = Path.Combine(artifacts, "evidence");
        Assert.True(File.Exists(Path.Combine(evidence, "Legacy.Billing.Tests.trx")), test.ToString());
        Assert.True(File.Exists(Path.Combine(evidence, "Legacy.Billing.Tests.coverage.cobertura.xml")), test.ToString());
        var last = JsonNode.Parse(File.ReadAllLines(Path.Combine(artifacts, "progress", "progress.log.jsonl"))[^1])!;
        Assert.Equal("test:Legacy.Billing.Tests", (string)last["area"]!);
        Assert.True((double)last["metrics_after"]!["coverage"]! < 0.8);
        var summary = File.ReadAllText(Path.Combine(artifacts, "reports", "summary.md"));
        Assert.Contains("| Legacy.Billing.Tests | ", summary[summary.IndexOf("## Coverage", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void ABreakingApiChangeFailsTheBuildAndStillLeavesItsEvidence()
    {
        var legacy = _fixture.CreateConsumer("evidence-api");
        var artifacts = Path.Combine(legacy.Directory, "Legacy", "artifacts");
        var first = legacy.BuildSolution(Solution);
        Assert.True(first.ExitCode == 0, first.ToString());
        const string Stock = "Legacy/Legacy.Inventory/StockReport.cs";
        legacy.Write(Stock, legacy.Read(Stock).Replace("public static IReadOnlyList<string> Render(", "internal static IReadOnlyList<string> Render(", StringComparison.Ordinal));

        var broken = legacy.BuildSolution(Solution);

        Assert.True(broken.ExitCode != 0, broken.ToString());
        Assert.Contains("error AEOS9301", broken.Output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine("Legacy.Inventory", "Legacy.Inventory.api.txt") + "(", broken.Output, StringComparison.Ordinal);
        Assert.Contains("# result: breaking, rejected", File.ReadAllText(Path.Combine(artifacts, "contracts", "Legacy.Inventory.api.diff")), StringComparison.Ordinal);
        var last = JsonNode.Parse(File.ReadAllLines(Path.Combine(artifacts, "progress", "progress.log.jsonl")).Last(l => l.Contains("build:Legacy.Inventory", StringComparison.Ordinal)))!;
        Assert.True((bool)last["contracts"]!["breaking"]!);
        Assert.Contains("breaking_changes: true", File.ReadAllText(Path.Combine(artifacts, "reports", "inventory.yaml")), StringComparison.Ordinal);

        // Sticky: the next build fails the same way until the change is reverted, accepted or the major version rises.
        var again = legacy.BuildSolution(Solution);
        Assert.True(again.ExitCode != 0, again.ToString());
        Assert.Contains("error AEOS9301", again.Output, StringComparison.Ordinal);
    }

    private static IEnumerable<string> ExpectedFiles()
    {
        foreach (var project in Projects)
        {
            yield return "evidence/" + project + ".sarif";
            yield return "evidence/" + project + ".metrics.json";
            yield return "evidence/" + project + ".sha256";
            yield return "evidence/" + project + ".licenses.json";
            yield return "sbom/" + project + ".cdx.json";
        }

        yield return "contracts/Legacy.Billing.api.txt";
        yield return "contracts/Legacy.Inventory.api.txt";
        yield return "contracts/aeos.progress.schema.json";
        yield return "contracts/aeos.baseline.schema.json";
        yield return "evidence/solution.sarif";
        yield return "snapshot/environment.json";
        yield return "reports/summary.md";
        yield return "reports/index.html";
        yield return "reports/inventory.yaml";
        yield return "progress/progress.log.jsonl";
    }

    private static void AssertSarifValid(string artifacts)
    {
        var schema = PublishedSchemas.Sarif();
        Assert.False(schema.Evaluate(JsonNode.Parse("{\"version\": \"2.1.0\", \"runs\": [{}]}")).IsValid, "the SARIF schema must refuse a run without its tool");
        foreach (var file in Directory.GetFiles(Path.Combine(artifacts, "evidence"), "*.sarif"))
        {
            var result = schema.Evaluate(JsonNode.Parse(File.ReadAllText(file)), new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, file + ": " + PublishedSchemas.Describe(result));
        }
    }

    private static void AssertOwnFilesValid(string artifacts)
    {
        var progress = PublishedSchemas.Own("aeos.progress.schema.json");
        foreach (var line in File.ReadAllLines(Path.Combine(artifacts, "progress", "progress.log.jsonl")))
        {
            var result = progress.Evaluate(JsonNode.Parse(line), new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, line + ": " + PublishedSchemas.Describe(result));
        }

        var environment = PublishedSchemas.Own("aeos.environment.schema.json").Evaluate(JsonNode.Parse(File.ReadAllText(Path.Combine(artifacts, "snapshot", "environment.json"))), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(environment.IsValid, PublishedSchemas.Describe(environment));

        foreach (var (schema, pattern) in new[] { ("aeos.metrics.schema.json", "*.metrics.json"), ("aeos.license-report.schema.json", "*.licenses.json") })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(artifacts, "evidence"), pattern))
            {
                var result = PublishedSchemas.Own(schema).Evaluate(JsonNode.Parse(File.ReadAllText(file)), new EvaluationOptions { OutputFormat = OutputFormat.List });
                Assert.True(result.IsValid, file + ": " + PublishedSchemas.Describe(result));
            }
        }
    }

    private static void AssertChecksumsMatchOutputs(Consumer legacy)
    {
        var checksums = File.ReadAllLines(Path.Combine(legacy.Directory, "Legacy", "artifacts", "evidence", "Legacy.Inventory.sha256"));
        var dll = checksums.Single(l => l.EndsWith("  Legacy.Inventory.dll", StringComparison.Ordinal));
        var output = Directory.GetFiles(Path.Combine(legacy.Directory, "Legacy", "Legacy.Inventory", "bin"), "Legacy.Inventory.dll", SearchOption.AllDirectories).Single();
        Assert.Equal(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(output))).ToLowerInvariant(), dll[..64]);
    }

    /// <summary>Every file of the bundle with its last write time and bytes.</summary>
    private static string[] Snapshot(string artifacts) =>
        Directory.GetFiles(artifacts, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => f + " " + File.GetLastWriteTimeUtc(f).Ticks + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            .ToArray();
}
