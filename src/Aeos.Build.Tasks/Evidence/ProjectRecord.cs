using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>One function that exceeds a metric limit, with every metric the analysis log gives for it.</summary>
internal sealed class WorstFunction
{
    public string Symbol { get; set; } = string.Empty;

    /// <summary>The source file relative to the folder that holds the artifacts folder, forward slashes.</summary>
    public string File { get; set; } = string.Empty;

    public int Line { get; set; }

    public bool Baselined { get; set; }

    /// <summary>Rule ID → measured value and limit.</summary>
    public SortedDictionary<string, (double Value, double Limit)> Metrics { get; } = new(StringComparer.Ordinal);

    /// <summary>How far over its limit the function is at worst: value / limit of its worst metric.</summary>
    public double Severity => Metrics.Values.Max(m => m.Limit <= 0 ? m.Value + 1 : m.Value / m.Limit);
}

/// <summary>
/// What one project's last build showed, kept as <c>evidence/&lt;Project&gt;.metrics.json</c>: the numbers
/// of the progress log's <c>metrics_after</c> (and of the next build's <c>metrics_before</c>), the gates in
/// force, violations by rule and the worst functions. The reports are made from these files.
/// </summary>
internal sealed class ProjectRecord
{
    public const int SchemaVersion = 1;

    public string Project { get; set; } = string.Empty;

    public SortedDictionary<string, double> Metrics { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Gates { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> Rules { get; } = new(StringComparer.Ordinal);

    public List<WorstFunction> Worst { get; } = new();

    /// <summary>The test project's quarantines in force (<c>Test: until yyyy-MM-dd (#ticket)</c>); written only when there are some.</summary>
    public SortedSet<string> Quarantined { get; } = new(StringComparer.Ordinal);

    public string Serialize()
    {
        var writer = new JsonWriter().StartObject().Property("schemaVersion", SchemaVersion).Property("project", Project);
        WriteMetrics(writer.PropertyName("metrics"), Metrics);
        writer.PropertyName("gates").StartArray();
        foreach (var gate in Gates)
        {
            writer.String(gate);
        }

        writer.EndArray().PropertyName("rules").StartObject();
        foreach (var rule in Rules)
        {
            writer.Property(rule.Key, rule.Value);
        }

        writer.EndObject().PropertyName("worst").StartArray();
        foreach (var function in Worst)
        {
            WriteFunction(writer, function);
        }

        writer.EndArray();
        if (Quarantined.Count > 0)
        {
            writer.PropertyName("quarantined").StartArray();
            foreach (var test in Quarantined)
            {
                writer.String(test);
            }

            writer.EndArray();
        }

        return writer.EndObject().ToDocument();
    }

    public static void WriteMetrics(JsonWriter writer, IEnumerable<KeyValuePair<string, double>> metrics)
    {
        writer.StartObject();
        foreach (var metric in metrics)
        {
            writer.PropertyName(metric.Key).Number(metric.Value);
        }

        writer.EndObject();
    }

    private static void WriteFunction(JsonWriter writer, WorstFunction function)
    {
        writer.StartObject().Property("symbol", function.Symbol).Property("file", function.File).Property("line", function.Line).Property("baselined", function.Baselined);
        writer.PropertyName("metrics").StartObject();
        foreach (var metric in function.Metrics)
        {
            writer.PropertyName(metric.Key).StartObject().PropertyName("value").Number(metric.Value.Value).PropertyName("limit").Number(metric.Value.Limit).EndObject();
        }

        writer.EndObject().EndObject();
    }

    /// <exception cref="JsonParseException">The text is not a record this class wrote.</exception>
    public static ProjectRecord Parse(string text)
    {
        var root = JsonParser.Parse(text) as JsonObject ?? throw new JsonParseException("a metrics record must be a JSON object", 1, 1);
        var record = new ProjectRecord { Project = (root["project"] as JsonString)?.Value ?? string.Empty };
        foreach (var metric in Expect<JsonObject>(root, "metrics").Properties)
        {
            record.Metrics[metric.Key] = Number(metric.Value);
        }

        foreach (var gate in Expect<JsonArray>(root, "gates").Items.OfType<JsonString>())
        {
            record.Gates.Add(gate.Value);
        }

        foreach (var rule in Expect<JsonObject>(root, "rules").Properties)
        {
            record.Rules[rule.Key] = (int)Number(rule.Value);
        }

        record.Worst.AddRange(Expect<JsonArray>(root, "worst").Items.OfType<JsonObject>().Select(ParseFunction));
        foreach (var test in (root["quarantined"] as JsonArray)?.Items.OfType<JsonString>() ?? Enumerable.Empty<JsonString>())
        {
            record.Quarantined.Add(test.Value);
        }

        return record;
    }

    private static WorstFunction ParseFunction(JsonObject item)
    {
        var function = new WorstFunction
        {
            Symbol = (item["symbol"] as JsonString)?.Value ?? string.Empty,
            File = (item["file"] as JsonString)?.Value ?? string.Empty,
            Line = (int)Number(item["line"]),
            Baselined = item["baselined"]?.Kind == JsonKind.True,
        };
        foreach (var metric in Expect<JsonObject>(item, "metrics").Properties)
        {
            var pair = metric.Value as JsonObject ?? throw new JsonParseException("\"" + metric.Key + "\" must be an object with a value and a limit", metric.Value.Line, metric.Value.Column);
            function.Metrics[metric.Key] = (Number(pair["value"]), Number(pair["limit"]));
        }

        return function;
    }

    private static T Expect<T>(JsonObject owner, string name)
        where T : JsonNode =>
        owner[name] as T ?? throw new JsonParseException("\"" + name + "\" is missing or of the wrong kind", owner.Line, owner.Column);

    private static double Number(JsonNode? node) =>
        node is JsonNumber number ? number.Value : throw new JsonParseException("a number was expected", node?.Line ?? 1, node?.Column ?? 1);

    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
