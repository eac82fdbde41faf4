using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Aeos.Build.Tasks.Evidence;
using Aeos.Shared.Json;
using Xunit;

namespace Aeos.Build.Tasks.Tests.Evidence;

public sealed class BundleReportTests
{
    [Fact]
    public void TheHtmlReportIsOneWellFormedPageWithoutExternalAssets()
    {
        var html = Report().Html();

        var page = XDocument.Parse(html);
        Assert.Equal("html", page.Root!.Name.LocalName);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(8, page.Descendants("section").Count());
        Assert.Contains("&lt;T&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWorstFunctionsAreTheTwentyWorstOfAllProjectsWithLinksToTheirSource()
    {
        var report = Report();

        var markdown = report.Markdown();
        var section = markdown[markdown.IndexOf("## The 20 worst functions", StringComparison.Ordinal)..markdown.IndexOf("## Baseline", StringComparison.Ordinal)];
        var rows = section.Split('\n').Where(l => l.StartsWith("| M:", StringComparison.Ordinal)).ToList();
        Assert.Equal(20, rows.Count);
        Assert.StartsWith("| M:B.F29 | [b/F.cs:29](../../b/F.cs) | 39 / 10 |", rows[0], StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.Contains("M:A.F0 ", StringComparison.Ordinal));
    }

    [Fact]
    public void MarkdownCellsEscapeTheTableSeparator()
    {
        var record = new ProjectRecord { Project = "A|B" };

        var markdown = new BundleReport(new[] { record }, Array.Empty<LicenseRecord>(), Array.Empty<JsonObject>(), "../../").Markdown();

        Assert.Contains("| A\\|B |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TheInventoryFollowsTheStandardsShapeWithTheNumbersOfAllProjects()
    {
        var yaml = Report().Yaml();

        Assert.Equal(
            "build:\n  reproducible: true\n  lockfiles_verified: false\ndependencies:\n  count: 2\n  disallowed:\n    - \"Copyleft.Lib@2.0.0 (GPL-3.0-only)\"\n" +
            "security:\n  critical_vulns: 1\n  high_vulns: 0\n  secrets_found: 3\ncontracts:\n  schemas_valid: true\n  breaking_changes: true\n",
            yaml);
    }

    [Fact]
    public void AnEmptySectionSaysNone()
    {
        var report = new BundleReport(new[] { new ProjectRecord { Project = "A" } }, Array.Empty<LicenseRecord>(), Array.Empty<JsonObject>(), string.Empty);

        var markdown = report.Markdown();
        var html = report.Html();

        Assert.Contains("## Licences\n\n", markdown, StringComparison.Ordinal);
        Assert.Matches(@"## Licences\n\n[^\n]+\n\nnone\n\n## Ratchet moves", markdown);
        Assert.Equal(7, html.Split("<p class=\"none\">none</p>").Length - 1);
        Assert.DoesNotContain("<table>\n<thead><tr><th>Package", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ACoverageGateBelowItsFloorIsMarkedFailedAndOneAtItsFloorPassed()
    {
        var below = new ProjectRecord { Project = "Shop.Tests" };
        below.Metrics["coverage"] = 0.407;
        below.Metrics["branch_coverage"] = 0.9;
        below.Metrics["coverage_floor"] = 0.8;
        below.Metrics["branch_coverage_floor"] = 0.8;
        var at = new ProjectRecord { Project = "Util.Tests" };
        at.Metrics["coverage"] = 0.79951;
        at.Metrics["branch_coverage"] = 0.85;
        at.Metrics["coverage_floor"] = 0.8;
        at.Metrics["branch_coverage_floor"] = 0.8;

        var report = new BundleReport(new[] { below, at }, Array.Empty<LicenseRecord>(), Array.Empty<JsonObject>(), string.Empty);

        var markdown = report.Markdown();
        Assert.Contains("| Shop.Tests | 40.7 % | 80.0 % | 90.0 % | 80.0 % | **failed** |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Util.Tests | 80.0 % | 80.0 % | 85.0 % | 80.0 % | passed |", markdown, StringComparison.Ordinal);
        Assert.Contains("<td class=\"failed\">failed</td>", report.Html(), StringComparison.Ordinal);
        Assert.Single(XDocument.Parse(report.Html()).Descendants("td"), td => (string?)td.Attribute("class") == "failed");
    }

    [Fact]
    public void TheInventorysDependencyCountIsTheProjectsShippedPackagesOfItsMetrics()
    {
        using var directory = new TemporaryDirectory();
        var sbom = directory.File("App.cdx.json");
        File.WriteAllText(sbom, "{\"components\": ["
            + "{\"purl\": \"pkg:nuget/Nice.Lib@1.0.0\", \"scope\": \"required\"},"
            + "{\"purl\": \"pkg:nuget/Other.Lib@2.0.0\", \"scope\": \"required\"},"
            + "{\"purl\": \"pkg:nuget/Some.Analyzer@1.0.0\", \"scope\": \"excluded\"},"
            + "{\"name\": \"App.Core\", \"type\": \"library\"}]}");
        var licenses = new[]
        {
            new LicenseRecord { Project = "App", Package = "Nice.Lib", Version = "1.0.0", License = "MIT", Verdict = "allowed" },
            new LicenseRecord { Project = "App", Package = "Other.Lib", Version = "2.0.0", License = "MIT", Verdict = "allowed" },
            new LicenseRecord { Project = "App", Package = "Some.Analyzer", Version = "1.0.0", License = "MIT", Verdict = "development" },
        };
        var record = new ProjectRecord { Project = "App" };
        record.Metrics["dependencies"] = BuildFacts.SbomPackages(sbom);

        var yaml = new BundleReport(new[] { record }, licenses, Array.Empty<JsonObject>(), string.Empty).Yaml();

        Assert.Equal(2, record.Metrics["dependencies"]);
        Assert.Contains("dependencies:\n  count: 2\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePackagesOfSeveralProjectsAreOneRowEach()
    {
        var markdown = Report().Markdown();

        Assert.Contains("| Nice.Lib | 1.0.0 | MIT | allowed | A, B |", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("| Copyleft.Lib |", StringComparison.Ordinal) < markdown.IndexOf("| Nice.Lib |", StringComparison.Ordinal), "disallowed first");
    }

    [Fact]
    public void TheBaselineTrendSumsEachLoopsProjects()
    {
        var log = new[]
        {
            Line("01ARYZ6S41TSV4RRFFQ69G5FAV", "build:A", 5, "2026-12-01T10:00:00.000Z"),
            Line("01ARYZ6S41TSV4RRFFQ69G5FAV", "build:B", 2, "2026-12-01T10:00:01.000Z"),
            Line("01ARYZ6S42TSV4RRFFQ69G5FAV", "build:A", 3, "2026-12-01T11:00:00.000Z"),
            Line("01ARYZ6S43TSV4RRFFQ69G5FAV", "test:B", 2, "2026-12-01T12:00:00.000Z"),
        };

        var markdown = new BundleReport(Array.Empty<ProjectRecord>(), Array.Empty<LicenseRecord>(), log, string.Empty).Markdown();

        // A loop that built only A keeps B's last size; a test run of B does not count B twice.
        Assert.Contains("| 01ARYZ6S43TSV4RRFFQ69G5FAV | 2026-12-01T12:00:00.000Z | 5 |\n| 01ARYZ6S42TSV4RRFFQ69G5FAV | 2026-12-01T11:00:00.000Z | 5 |\n| 01ARYZ6S41TSV4RRFFQ69G5FAV | 2026-12-01T10:00:01.000Z | 7 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void RunsOfEveryProjectLogAreMergedIntoOneSarifLog()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("B.sarif"), new SarifBuilder().Other("AEOS4005", "/src/b.cs", 2, "b").Build());
        File.WriteAllText(directory.File("A.sarif"), new SarifBuilder().Other("AEOS4005", "/src/a.cs", 1, "a").Build());
        File.WriteAllText(directory.File("Old.sarif"), "{\"version\": \"1.0.0\", \"runLogs\": []}");

        var merged = (JsonObject)JsonParser.Parse(SarifMerger.Merge(Directory.GetFiles(directory.Path)));

        Assert.Equal("2.1.0", ((JsonString)merged["version"]!).Value);
        var runs = ((JsonArray)merged["runs"]!).Items.Cast<JsonObject>().ToList();
        Assert.Equal(2, runs.Count);
        Assert.Contains("\"text\": \"a\"", new JsonWriter().Value(runs[0]).ToString(), StringComparison.Ordinal);
    }

    private static BundleReport Report()
    {
        var a = new ProjectRecord { Project = "A" };
        var b = new ProjectRecord { Project = "B<T>" };
        for (var i = 0; i < 15; i++)
        {
            a.Worst.Add(Function("M:A.F" + i, "a/F.cs", i, 10 + i));
            b.Worst.Add(Function("M:B.F" + (i + 15), "b/F.cs", i + 15, 25 + i));
        }

        a.Metrics["deterministic"] = 1;
        b.Metrics["deterministic"] = 1;
        a.Metrics["secrets_found"] = 1;
        b.Metrics["secrets_found"] = 2;
        b.Metrics["vulnerabilities_critical"] = 1;
        b.Metrics["api_breaking"] = 1;
        var licenses = new List<LicenseRecord>
        {
            new() { Project = "A", Package = "Nice.Lib", Version = "1.0.0", License = "MIT", Verdict = "allowed" },
            new() { Project = "B", Package = "Nice.Lib", Version = "1.0.0", License = "MIT", Verdict = "allowed" },
            new() { Project = "B", Package = "Copyleft.Lib", Version = "2.0.0", License = "GPL-3.0-only", Verdict = "denied" },
            new() { Project = "B", Package = "Some.Analyzer", Version = "1.0.0", License = "MIT", Verdict = "development" },
        };
        return new BundleReport(new[] { b, a }, licenses, Array.Empty<JsonObject>(), "../../");
    }

    private static WorstFunction Function(string symbol, string file, int line, double cyclomatic)
    {
        var function = new WorstFunction { Symbol = symbol, File = file, Line = line };
        function.Metrics["AEOS1001"] = (cyclomatic, 10);
        return function;
    }

    private static JsonObject Line(string loop, string area, double baseline, string time) =>
        (JsonObject)JsonParser.Parse("{\"timestamp\":\"" + time + "\",\"loop_id\":\"" + loop + "\",\"area\":\"" + area + "\",\"actions\":[],\"metrics_after\":{\"baseline_size\":" + baseline.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}}");
}
