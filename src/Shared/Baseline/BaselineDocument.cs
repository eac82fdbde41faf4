using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Aeos.Shared.Json;

namespace Aeos.Shared.Baseline;

/// <summary>
/// The content of <c>aeos.baseline.json</c> (schema: <c>schemas/aeos.baseline.schema.json</c>). Reading is
/// strict and names the position of any problem; writing is sorted and stable so the file diffs cleanly.
/// </summary>
internal sealed class BaselineDocument
{
    /// <summary>The version written. Version 1 (Aeos rules only) is still read; the next write makes it 2.</summary>
    public const int SchemaVersion = 2;

    private static readonly Regex RuleId = new("^AEOS[0-9]{4}$", RegexOptions.CultureInvariant);
    private static readonly Regex AnyRuleId = new("^[A-Za-z][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant);
    private static readonly Regex HashText = new("^[0-9a-f]{16}$", RegexOptions.CultureInvariant);
    private static readonly string[] KnownProperties = { "rule", "file", "symbol", "value", "hash", "occurrence" };

    public BaselineDocument(IEnumerable<BaselineEntry> entries)
    {
        Entries = entries.OrderBy(e => e, Comparer<BaselineEntry>.Default).ToList();
    }

    /// <summary>The entries, sorted by file, rule, symbol, hash and occurrence.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <exception cref="JsonParseException">The text is not a valid baseline; the exception names the position.</exception>
    public static BaselineDocument Parse(string text)
    {
        var root = JsonParser.Parse(text) as JsonObject ?? throw new JsonParseException("a baseline must be a JSON object", 1, 1);
        foreach (var property in root.Properties)
        {
            if (property.Key is not ("schemaVersion" or "entries"))
            {
                throw new JsonParseException("unknown property \"" + property.Key + "\" in the baseline", property.Value.Line, property.Value.Column);
            }
        }

        var number = Version(root);
        var entries = Require<JsonArray>(root, "entries", "an array");
        var result = new List<BaselineEntry>();
        var keys = new HashSet<string>();
        foreach (var item in entries.Items)
        {
            var entry = ParseEntry(item as JsonObject ?? throw new JsonParseException("each entry must be an object", item.Line, item.Column), number);
            if (!keys.Add(entry.Key))
            {
                throw new JsonParseException("duplicate entry for " + entry.Rule + " in " + entry.File + " (" + entry.Symbol + ")", item.Line, item.Column);
            }

            result.Add(entry);
        }

        return new BaselineDocument(result);
    }

    private static long Version(JsonObject root)
    {
        var version = Require<JsonNumber>(root, "schemaVersion", "a number");
        if (!version.TryGetInt64(out var number) || number < 1 || number > SchemaVersion)
        {
            throw new JsonParseException("unsupported schemaVersion " + version.Text + "; this version of Aeos reads 1 and " + SchemaVersion.ToString(CultureInfo.InvariantCulture), version.Line, version.Column);
        }

        return number;
    }

    public string Serialize()
    {
        var writer = new JsonWriter().StartObject()
            .Property("schemaVersion", SchemaVersion)
            .PropertyName("entries").StartArray();
        foreach (var entry in Entries)
        {
            writer.StartObject()
                .Property("rule", entry.Rule)
                .Property("file", entry.File)
                .Property("symbol", entry.Symbol);
            if (entry.IsMetric)
            {
                writer.PropertyName("value").Number(entry.NumericValue);
            }
            else
            {
                writer.Property("hash", entry.Hash);
            }

            if (entry.Occurrence > 0)
            {
                writer.Property("occurrence", entry.Occurrence);
            }

            writer.EndObject();
        }

        return writer.EndArray().EndObject().ToDocument();
    }

    private static BaselineEntry ParseEntry(JsonObject item, long version)
    {
        foreach (var property in item.Properties)
        {
            if (!KnownProperties.Contains(property.Key))
            {
                throw new JsonParseException("unknown property \"" + property.Key + "\" in a baseline entry", property.Value.Line, property.Value.Column);
            }
        }

        var rule = version == 1
            ? Checked(Require<JsonString>(item, "rule", "a string"), r => RuleId.IsMatch(r.Value), r => "\"rule\" must be an Aeos rule ID such as AEOS1003 in a version 1 baseline, not \"" + r.Value + "\"")
            : Checked(Require<JsonString>(item, "rule", "a string"), r => AnyRuleId.IsMatch(r.Value), r => "\"rule\" must be a diagnostic ID such as AEOS1003 or CS0168, not \"" + r.Value + "\"");
        var file = Checked(Require<JsonString>(item, "file", "a string"), f => f.Value.Length > 0, _ => "\"file\" must not be empty");
        var symbol = Require<JsonString>(item, "symbol", "a string").Value;
        var value = Optional<JsonNumber>(item, "value", "a number");
        var hash = Optional<JsonString>(item, "hash", "a string");
        if ((value is null) == (hash is null))
        {
            throw new JsonParseException("an entry needs exactly one of \"value\" (metric rules) and \"hash\" (other rules)", item.Line, item.Column);
        }

        if (value is not null && !RuleId.IsMatch(rule.Value))
        {
            throw new JsonParseException("only Aeos metric rules record a \"value\"; an entry of " + rule.Value + " records a \"hash\"", value.Line, value.Column);
        }

        if (hash is not null)
        {
            Checked(hash, h => HashText.IsMatch(h.Value), _ => "\"hash\" must be 16 lower-case hexadecimal digits");
        }

        return new BaselineEntry(rule.Value, file.Value, symbol, value?.Text, hash?.Value, Occurrence(item));
    }

    private static int Occurrence(JsonObject item)
    {
        var occurrence = Optional<JsonNumber>(item, "occurrence", "a number");
        long index = 0;
        if (occurrence is not null && (!occurrence.TryGetInt64(out index) || index < 0 || index > int.MaxValue))
        {
            throw new JsonParseException("\"occurrence\" must be a whole number of at least 0", occurrence.Line, occurrence.Column);
        }

        return (int)index;
    }

    private static T Checked<T>(T node, System.Func<T, bool> isValid, System.Func<T, string> problem)
        where T : JsonNode =>
        isValid(node) ? node : throw new JsonParseException(problem(node), node.Line, node.Column);

    private static T Require<T>(JsonObject owner, string name, string expected)
        where T : JsonNode =>
        Optional<T>(owner, name, expected) ?? throw new JsonParseException("\"" + name + "\" is missing; " + expected + " was expected", owner.Line, owner.Column);

    private static T? Optional<T>(JsonObject owner, string name, string expected)
        where T : JsonNode
    {
        var node = owner[name];
        return node switch
        {
            null => null,
            T typed => typed,
            _ => throw new JsonParseException("\"" + name + "\" must be " + expected + ", not " + node.KindDescription, node.Line, node.Column),
        };
    }
}
