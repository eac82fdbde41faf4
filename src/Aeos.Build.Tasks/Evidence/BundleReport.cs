using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Aeos.Build.Tasks.Ratchet;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>
/// The reports of the evidence bundle, made from the projects' metrics records, the licence verdicts and
/// the progress log: <c>reports/summary.md</c>, <c>reports/index.html</c> (one self-contained page: no
/// script, no external style sheet, image or font) and <c>reports/inventory.yaml</c> (AEOS standard §8.2).
/// Nothing in them depends on the time of the build, so an unchanged build leaves them byte for byte.
/// </summary>
internal sealed partial class BundleReport
{
    private const int TrendLoops = 10;
    private const int MovesShown = 30;

    private readonly List<ProjectRecord> _records;
    private readonly List<LicenseRecord> _licenses;
    private readonly IReadOnlyList<JsonObject> _log;
    private readonly string _linkPrefix;

    /// <param name="linkPrefix">What turns a source path of a record into a link from the reports folder.</param>
    public BundleReport(IEnumerable<ProjectRecord> records, IEnumerable<LicenseRecord> licenses, IReadOnlyList<JsonObject> log, string linkPrefix)
    {
        _records = records.OrderBy(r => r.Project, StringComparer.Ordinal).ToList();
        _licenses = licenses.OrderBy(l => l.IsDisallowed ? 0 : 1).ThenBy(l => l.Package, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Version, StringComparer.Ordinal).ThenBy(l => l.Project, StringComparer.Ordinal).ToList();
        _log = log;
        _linkPrefix = linkPrefix;
    }

    public string Markdown()
    {
        var builder = new StringBuilder("# Aeos evidence summary\n\n").Append(Headline()).Append("\n\n");
        foreach (var table in Tables())
        {
            table.WriteMarkdown(builder);
        }

        return builder.ToString();
    }

    public string Html()
    {
        var builder = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>Aeos evidence</title>\n<style>\n")
            .Append("body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1f24;max-width:70rem}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}")
            .Append("table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left;vertical-align:top}th{background:#f3f4f6}")
            .Append("tbody tr:nth-child(even){background:#fafbfc}p.headline{font-size:1.05rem}a{color:#0b5cad}td.failed{background:#ffebe9;color:#a40e26;font-weight:600}p.none{color:#57606a}\n</style>\n</head>\n<body>\n<h1>Aeos evidence</h1>\n<p class=\"headline\">")
            .Append(ReportTable.Html(Headline())).Append("</p>\n");
        foreach (var table in Tables())
        {
            table.WriteHtml(builder);
        }

        return builder.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>The inventory summary of the AEOS standard §8.2.</summary>
    public string Yaml()
    {
        var disallowed = _licenses.Where(l => l.IsDisallowed).Select(l => l.Package + "@" + l.Version + " (" + l.License + ")").Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();
        var builder = new StringBuilder("build:\n")
            .Append("  reproducible: ").Append(Bool(_records.Count > 0 && _records.All(r => Metric(r, "deterministic") > 0))).Append('\n')
            .Append("  lockfiles_verified: ").Append(Bool(_records.Count > 0 && _records.All(r => Metric(r, "lockfile_verified") > 0))).Append('\n')
            .Append("dependencies:\n  count: ").Append(DistinctPackages()).Append('\n')
            .Append("  disallowed:").Append(disallowed.Count == 0 ? " []\n" : "\n" + string.Concat(disallowed.Select(d => "    - " + Quote(d) + "\n")))
            .Append("security:\n")
            .Append("  critical_vulns: ").Append(Sum("vulnerabilities_critical")).Append('\n')
            .Append("  high_vulns: ").Append(Sum("vulnerabilities_high")).Append('\n')
            .Append("  secrets_found: ").Append(Sum("secrets_found")).Append('\n')
            .Append("contracts:\n")
            .Append("  schemas_valid: ").Append(Bool(_records.All(r => Metric(r, "schemas_invalid") == 0))).Append('\n')
            .Append("  breaking_changes: ").Append(Bool(_records.Any(r => Metric(r, "api_breaking") > 0))).Append('\n');
        return builder.ToString();
    }

    private string Headline() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} project(s): {1} violation(s) ({2} error(s)), {3} baselined, baseline of {4} entries, {5} shipped package(s), {6} disallowed licence(s).",
        _records.Count, Sum("violations"), Sum("errors"), Sum("baselined"), Sum("baseline_size"), DistinctPackages(), _licenses.Count(l => l.IsDisallowed));

    private IEnumerable<ReportTable> Tables()
    {
        yield return ByProject();
        yield return ByRule();
        yield return WorstFunctions();
        yield return Baseline();
        yield return Coverage();
        yield return Licenses();
        yield return RatchetMoves();
        yield return BuildGates();
    }

    private ReportTable ByProject()
    {
        var table = new ReportTable("Violations by project", "Unsuppressed Aeos results of each project's last build; warnings count every analyzer and the compiler.", "Project", "Violations", "Errors", "Warnings", "Baselined", "Baseline entries", "Gates in force");
        foreach (var record in _records)
        {
            table.Add(record.Project, Count(record, "violations"), Count(record, "errors"), Count(record, "warnings"), Count(record, "baselined"), Count(record, "baseline_size"), string.Join("; ", record.Gates));
        }

        return table;
    }

    private ReportTable ByRule()
    {
        var table = new ReportTable("Violations by rule", "Unsuppressed Aeos results by rule and project.", "Rule", "Total", "Projects");
        var rules = _records.SelectMany(r => r.Rules.Select(rule => (Rule: rule.Key, Project: r.Project, Count: rule.Value))).Where(r => r.Count > 0).GroupBy(r => r.Rule, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            table.Add(new ReportCell(rule.Key, "https://github.com/aeos-analyzers/Aeos.Analyzers/blob/main/docs/rules/" + rule.Key + ".md"), rule.Sum(r => r.Count).ToString(CultureInfo.InvariantCulture), string.Join(", ", rule.Select(r => r.Project + " (" + r.Count.ToString(CultureInfo.InvariantCulture) + ")")));
        }

        return table;
    }

    private ReportTable WorstFunctions()
    {
        var table = new ReportTable("The 20 worst functions", "Functions over a metric limit (baselined ones included), worst first by value over limit. A function within every limit is not listed.", "Function", "Where", "Cyclomatic (AEOS1001)", "Cognitive (AEOS1002)", "Lines (AEOS1003)", "Baselined");
        var worst = _records.SelectMany(r => r.Worst).OrderByDescending(f => f.Severity).ThenBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).Take(RecordBuilder.WorstCount);
        foreach (var function in worst)
        {
            var where = function.File + ":" + function.Line.ToString(CultureInfo.InvariantCulture);
            table.Add(function.Symbol, new ReportCell(where, Link(function.File)), Measure(function, "AEOS1001"), Measure(function, "AEOS1002"), Measure(function, "AEOS1003"), function.Baselined ? "yes" : "no");
        }

        return table;
    }

    private ReportTable Baseline()
    {
        var table = new ReportTable("Baseline", "Recorded legacy debt now " + Sum("baseline_size") + " entries; its size at the end of each of the last loops (newest first):", "Loop", "Last entry", "Baseline entries");
        foreach (var loop in Loops().Take(TrendLoops))
        {
            table.Add(loop.Id, loop.Time, ProjectRecord.Format(loop.BaselineSize));
        }

        return table;
    }

    private ReportTable Coverage()
    {
        var table = new ReportTable("Coverage", "Line and branch coverage of each test project's last test run against the floor in force (AEOS9101).", "Test project", "Line", "Line floor", "Branch", "Branch floor", "Gate");
        foreach (var record in _records.Where(r => r.Metrics.ContainsKey("coverage")))
        {
            var line = Metric(record, "coverage");
            var branch = Metric(record, "branch_coverage");
            var passed = !record.Metrics.ContainsKey("coverage_floor")
                || (CoverageFloor.Percent(line) >= Floor(record, "coverage_floor") && CoverageFloor.Percent(branch) >= Floor(record, "branch_coverage_floor"));
            table.Add(record.Project, Percent(line), FloorText(record, "coverage_floor"), Percent(branch), FloorText(record, "branch_coverage_floor"), ReportCell.Verdict(passed));
        }

        return table;
    }

    private ReportTable Licenses()
    {
        var table = new ReportTable("Licences", "Every resolved package's licence and the policy's verdict (aeos.licenses.json), disallowed first; development-only packages (analyzers, build tools, test projects' packages) are listed, not judged.", "Package", "Version", "Licence", "Verdict", "Projects");
        foreach (var package in _licenses.GroupBy(l => (l.Package, l.Version, l.License, l.Verdict)))
        {
            var license = package.Key.License.Length == 0 ? "unknown" : package.Key.License;
            table.Add(package.Key.Package, package.Key.Version, license, package.Key.Verdict, string.Join(", ", package.Select(l => l.Project).Distinct()));
        }

        return table;
    }

    private ReportTable RatchetMoves()
    {
        var table = new ReportTable("Ratchet moves", "Every number the ratchet changed, newest first (from the progress log).", "Time", "Area", "Move");
        var moves = _log.SelectMany(e => Texts(e, "actions").Where(a => a.StartsWith("ratchet:", StringComparison.Ordinal)).Select(a => (Time: Text(e, "timestamp"), Area: Text(e, "area"), Move: a)));
        foreach (var move in moves.Reverse().Take(MovesShown))
        {
            table.Add(move.Time, move.Area, move.Move);
        }

        return table;
    }

    /// <summary>
    /// The loops of the log, newest first, each with the baseline's size after it: the sum over all
    /// projects of the size each last reported up to that loop (a loop that built one project leaves the
    /// others' numbers as they were).
    /// </summary>
    private IEnumerable<(string Id, string Time, double BaselineSize)> Loops()
    {
        var latest = new Dictionary<string, double>(StringComparer.Ordinal);
        var loops = new List<(string Id, string Time, double BaselineSize)>();
        foreach (var loop in _log.GroupBy(e => Text(e, "loop_id"), StringComparer.Ordinal))
        {
            foreach (var entry in loop)
            {
                var area = Text(entry, "area");
                latest[area.Substring(area.IndexOf(':') + 1)] = After(entry, "baseline_size");
            }

            loops.Add((loop.Key, loop.Max(e => Text(e, "timestamp")) ?? string.Empty, latest.Values.Sum()));
        }

        return loops.OrderByDescending(l => l.Time, StringComparer.Ordinal);
    }

    private string? Link(string file)
    {
        if (file.Length == 0)
        {
            return null;
        }

        return file[0] == '/' || (file.Length > 1 && file[1] == ':') ? "file:///" + file.TrimStart('/') : _linkPrefix + file;
    }

    /// <summary>The distinct packages that ship with the projects (development-only ones left out).</summary>
    private int DistinctPackages() => _licenses.Where(l => !l.IsDevelopment).Select(l => l.Package.ToUpperInvariant() + "@" + l.Version).Distinct().Count();

    private string Sum(string metric) => ProjectRecord.Format(_records.Sum(r => Metric(r, metric)));

    private static double Metric(ProjectRecord record, string metric) => record.Metrics.TryGetValue(metric, out var value) ? value : 0;

    private static string Count(ProjectRecord record, string metric) => ProjectRecord.Format(Metric(record, metric));

    private static string Measure(WorstFunction function, string rule) =>
        function.Metrics.TryGetValue(rule, out var metric) ? ProjectRecord.Format(metric.Value) + " / " + ProjectRecord.Format(metric.Limit) : "\u2013";

    /// <summary>The floor in percent at one decimal, as the gate compares it.</summary>
    private static double Floor(ProjectRecord record, string metric) => CoverageFloor.Percent(Metric(record, metric));

    private static string FloorText(ProjectRecord record, string metric) => record.Metrics.ContainsKey(metric) ? Percent(Metric(record, metric)) : "\u2013";

    private static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Text(JsonObject entry, string name) => (entry[name] as JsonString)?.Value ?? string.Empty;

    private static IEnumerable<string> Texts(JsonObject entry, string name) =>
        (entry[name] as JsonArray)?.Items.OfType<JsonString>().Select(s => s.Value) ?? Enumerable.Empty<string>();

    private static double After(JsonObject entry, string metric) =>
        (entry["metrics_after"] as JsonObject)?[metric] is JsonNumber number ? number.Value : 0;
}
