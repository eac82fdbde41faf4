using System;
using System.Collections.Generic;
using System.Globalization;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>
/// One line of <c>progress/progress.log.jsonl</c>: exactly the fields of the AEOS standard §8.1, in its
/// order (schema: <c>schemas/aeos.progress.schema.json</c>).
/// </summary>
internal sealed class ProgressEntry
{
    public DateTime Timestamp { get; set; }

    public string LoopId { get; set; } = string.Empty;

    public string Area { get; set; } = string.Empty;

    public List<string> Assumptions { get; } = new();

    public List<string> Actions { get; } = new();

    public SortedDictionary<string, double> MetricsBefore { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, double> MetricsAfter { get; } = new(StringComparer.Ordinal);

    public bool Breaking { get; set; }

    public bool Validated { get; set; }

    public List<string> GatesAdded { get; } = new();

    public List<string> Artifacts { get; } = new();

    public List<string> NextSteps { get; } = new();

    public List<string> Risks { get; } = new();

    public List<string> Rollbacks { get; } = new();

    /// <summary>The entry as one line of JSON, without the line end.</summary>
    public string ToJsonLine()
    {
        var writer = new JsonWriter(indented: false).StartObject()
            .Property("timestamp", Timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))
            .Property("loop_id", LoopId)
            .Property("area", Area);
        Strings(writer, "assumptions", Assumptions);
        Strings(writer, "actions", Actions);
        ProjectRecord.WriteMetrics(writer.PropertyName("metrics_before"), MetricsBefore);
        ProjectRecord.WriteMetrics(writer.PropertyName("metrics_after"), MetricsAfter);
        writer.PropertyName("contracts").StartObject().Property("breaking", Breaking).Property("validated", Validated).EndObject();
        Strings(writer, "gates_added", GatesAdded);
        Strings(writer, "artifacts", Artifacts);
        Strings(writer, "next_steps", NextSteps);
        Strings(writer, "risks", Risks);
        Strings(writer, "rollbacks", Rollbacks);
        return writer.EndObject().ToString();
    }

    private static void Strings(JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.PropertyName(name).StartArray();
        foreach (var value in values)
        {
            writer.String(value);
        }

        writer.EndArray();
    }
}
