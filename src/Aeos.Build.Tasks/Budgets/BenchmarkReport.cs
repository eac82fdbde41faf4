using System.Collections.Generic;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Budgets;

/// <summary>One benchmark of a BenchmarkDotNet report: its median and the margin of its confidence interval, in nanoseconds.</summary>
internal sealed class BenchmarkResult
{
    public BenchmarkResult(string name, double median, double margin)
    {
        Name = name;
        Median = median;
        Margin = margin;
    }

    /// <summary>BenchmarkDotNet's <c>FullName</c>: type, method and parameters.</summary>
    public string Name { get; }

    public double Median { get; }

    /// <summary>Half the width of the report's confidence interval of the mean: the run's own noise band.</summary>
    public double Margin { get; }
}

/// <summary>Reads BenchmarkDotNet's full JSON report (<c>*-report-full.json</c>, exporter <c>fulljson</c>).</summary>
internal static class BenchmarkReport
{
    /// <exception cref="JsonParseException">The text is not such a report; the exception names the position.</exception>
    public static List<BenchmarkResult> Parse(string text)
    {
        var root = JsonParser.Parse(text) as JsonObject ?? throw new JsonParseException("a BenchmarkDotNet report must be a JSON object", 1, 1);
        var benchmarks = root["Benchmarks"] as JsonArray ?? throw new JsonParseException("\"Benchmarks\" is missing; is this a *-report-full.json of BenchmarkDotNet?", root.Line, root.Column);
        var results = new List<BenchmarkResult>();
        foreach (var node in benchmarks.Items)
        {
            var benchmark = node as JsonObject ?? throw new JsonParseException("a benchmark must be an object", node.Line, node.Column);
            var name = (benchmark["FullName"] as JsonString)?.Value ?? throw new JsonParseException("a benchmark without \"FullName\"", benchmark.Line, benchmark.Column);

            // A benchmark that failed to run has no statistics: there is nothing to judge.
            if (benchmark["Statistics"] is not JsonObject statistics)
            {
                continue;
            }

            var interval = statistics["ConfidenceInterval"] as JsonObject ?? throw new JsonParseException("the statistics of \"" + name + "\" have no \"ConfidenceInterval\"", statistics.Line, statistics.Column);
            results.Add(new BenchmarkResult(name, Nanoseconds(statistics, "Median", name), Nanoseconds(interval, "Margin", name)));
        }

        return results;
    }

    private static double Nanoseconds(JsonObject owner, string property, string benchmark) =>
        owner[property] is JsonNumber number && number.Value >= 0
            ? number.Value
            : throw new JsonParseException("\"" + property + "\" of \"" + benchmark + "\" must be a number of nanoseconds of at least 0", owner[property]?.Line ?? owner.Line, owner[property]?.Column ?? owner.Column);
}
