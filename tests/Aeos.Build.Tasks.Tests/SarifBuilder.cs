using System.Collections.Generic;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Tests;

/// <summary>Writes SARIF 2.1 logs shaped like the compiler's, for the ratchet's tests.</summary>
internal sealed class SarifBuilder
{
    private readonly List<(string Rule, string Level, string? File, int Line, string Message, string? Symbol, string? Value, string Limit, bool Baselined)> _results = new();

    public SarifBuilder Metric(string rule, string? file, int line, string symbol, double value, string level = "warning", bool baselined = false, string limit = "50")
    {
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _results.Add((rule, level, file, line, "'" + symbol + "' is " + text, symbol, text, limit, baselined));
        return this;
    }

    public SarifBuilder Other(string rule, string file, int line, string message, string level = "warning")
    {
        _results.Add((rule, level, file, line, message, null, null, string.Empty, false));
        return this;
    }

    public string Build()
    {
        var writer = new JsonWriter().StartObject().Property("version", "2.1.0").PropertyName("runs").StartArray().StartObject().PropertyName("results").StartArray();
        foreach (var result in _results)
        {
            writer.StartObject().Property("ruleId", result.Rule).Property("level", result.Level)
                .PropertyName("message").StartObject().Property("text", result.Message).EndObject();
            if (result.File is not null)
            {
                writer.PropertyName("locations").StartArray().StartObject().PropertyName("physicalLocation").StartObject()
                    .PropertyName("artifactLocation").StartObject().Property("uri", "file://" + result.File).EndObject()
                    .PropertyName("region").StartObject().Property("startLine", result.Line).Property("startColumn", 5).EndObject()
                    .EndObject().EndObject().EndArray();
            }

            if (result.Baselined)
            {
                writer.PropertyName("suppressions").StartArray().StartObject().Property("kind", "inSource")
                    .PropertyName("properties").StartObject().Property("suppressionType", "DiagnosticSuppressor { Suppression Justification: Legacy debt recorded in aeos.baseline.json }").EndObject()
                    .EndObject().EndArray();
            }

            if (result.Symbol is not null)
            {
                writer.PropertyName("properties").StartObject().PropertyName("customProperties").StartObject()
                    .Property("symbol", result.Symbol).Property("value", result.Value).Property("limit", result.Limit).EndObject().EndObject();
            }

            writer.EndObject();
        }

        return writer.EndArray().EndObject().EndArray().EndObject().ToDocument();
    }
}
