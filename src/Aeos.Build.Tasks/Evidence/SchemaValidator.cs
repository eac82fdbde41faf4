using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>
/// Checks a JSON value against one of the JSON Schemas that Aeos ships, before Aeos writes the value.
/// It knows the keywords those schemas use (<c>type</c>, <c>required</c>, <c>properties</c>,
/// <c>additionalProperties</c>, <c>items</c>, <c>enum</c>, <c>const</c>, <c>minimum</c>, <c>maximum</c>,
/// <c>minLength</c>, <c>pattern</c>, <c>$ref</c> to <c>#/$defs/…</c>) and rejects a schema that uses
/// any other assertion, so a schema cannot silently ask for more than is checked. A test compares it with
/// a complete JSON Schema implementation on the shipped schemas.
/// </summary>
internal sealed class SchemaValidator
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$defs", "$comment", "title", "description", "format", "examples", "default",
    };

    private readonly JsonObject _root;

    public SchemaValidator(JsonObject schema)
    {
        _root = schema;
    }

    /// <summary>The problems found, each as "<c>/json/pointer: problem</c>"; empty when the value is valid.</summary>
    public IReadOnlyList<string> Validate(JsonNode value)
    {
        var problems = new List<string>();
        Check(_root, value, string.Empty, problems);
        return problems;
    }

    private void Check(JsonNode schema, JsonNode value, string path, List<string> problems)
    {
        if (schema is JsonLiteral { Kind: JsonKind.True })
        {
            return;
        }

        if (schema is not JsonObject rules)
        {
            problems.Add(Where(path) + "no value is allowed here");
            return;
        }

        foreach (var rule in rules.Properties)
        {
            CheckRule(rule.Key, rule.Value, rules, value, path, problems);
        }
    }

    private void CheckRule(string keyword, JsonNode argument, JsonObject rules, JsonNode value, string path, List<string> problems)
    {
        switch (keyword)
        {
            case "$ref": Check(Resolve(argument), value, path, problems); break;
            case "type": CheckType(argument, value, path, problems); break;
            case "required": CheckRequired(argument, value, path, problems); break;
            case "properties": CheckProperties((JsonObject)argument, value, path, problems); break;
            case "additionalProperties": CheckAdditional(argument, rules["properties"] as JsonObject, value, path, problems); break;
            case "items": CheckItems(argument, value, path, problems); break;
            default: CheckValueRule(keyword, argument, value, path, problems); break;
        }
    }

    private static void CheckValueRule(string keyword, JsonNode argument, JsonNode value, string path, List<string> problems)
    {
        switch (keyword)
        {
            case "enum": CheckEnum((JsonArray)argument, value, path, problems); break;
            case "const": CheckEnum(new[] { argument }, value, path, problems); break;
            case "minimum": CheckBound(argument, value, path, problems, minimum: true); break;
            case "maximum": CheckBound(argument, value, path, problems, minimum: false); break;
            case "minLength": CheckLength(argument, value, path, problems); break;
            case "pattern": CheckPattern(argument, value, path, problems); break;
            default:
                if (!Annotations.Contains(keyword))
                {
                    throw new NotSupportedException("the schema keyword '" + keyword + "' is not supported by Aeos's validator");
                }

                break;
        }
    }

    private JsonNode Resolve(JsonNode reference)
    {
        const string Prefix = "#/$defs/";
        var text = ((JsonString)reference).Value;
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || (_root["$defs"] as JsonObject)?[text.Substring(Prefix.Length)] is not { } target)
        {
            throw new NotSupportedException("the schema reference '" + text + "' cannot be resolved");
        }

        return target;
    }

    private static void CheckType(JsonNode argument, JsonNode value, string path, List<string> problems)
    {
        var allowed = argument is JsonArray list ? list.Items.Select(i => ((JsonString)i).Value) : new[] { ((JsonString)argument).Value };
        if (!allowed.Any(type => HasType(value, type)))
        {
            problems.Add(Where(path) + "expected " + string.Join(" or ", allowed) + ", found " + value.KindDescription);
        }
    }

    private static bool HasType(JsonNode value, string type) => type switch
    {
        "object" => value.Kind == JsonKind.Object,
        "array" => value.Kind == JsonKind.Array,
        "string" => value.Kind == JsonKind.String,
        "number" => value.Kind == JsonKind.Number,
        "integer" => value is JsonNumber number && Math.Floor(number.Value) == number.Value,
        "boolean" => value.Kind is JsonKind.True or JsonKind.False,
        "null" => value.Kind == JsonKind.Null,
        _ => throw new NotSupportedException("the schema type '" + type + "' is not a JSON Schema type"),
    };

    private static void CheckRequired(JsonNode argument, JsonNode value, string path, List<string> problems)
    {
        if (value is not JsonObject target)
        {
            return;
        }

        foreach (var name in ((JsonArray)argument).Items.Select(i => ((JsonString)i).Value).Where(n => target[n] is null))
        {
            problems.Add(Where(path) + "the property \"" + name + "\" is missing");
        }
    }

    private void CheckProperties(JsonObject properties, JsonNode value, string path, List<string> problems)
    {
        if (value is not JsonObject target)
        {
            return;
        }

        foreach (var property in target.Properties)
        {
            if (properties[property.Key] is { } schema)
            {
                Check(schema, property.Value, path + "/" + property.Key, problems);
            }
        }
    }

    private void CheckAdditional(JsonNode argument, JsonObject? properties, JsonNode value, string path, List<string> problems)
    {
        if (value is not JsonObject target)
        {
            return;
        }

        foreach (var property in target.Properties.Where(p => properties?[p.Key] is null))
        {
            if (argument is JsonLiteral { Kind: JsonKind.False })
            {
                problems.Add(Where(path) + "the property \"" + property.Key + "\" is not allowed");
            }
            else
            {
                Check(argument, property.Value, path + "/" + property.Key, problems);
            }
        }
    }

    private void CheckItems(JsonNode argument, JsonNode value, string path, List<string> problems)
    {
        if (value is not JsonArray array)
        {
            return;
        }

        for (var i = 0; i < array.Items.Count; i++)
        {
            Check(argument, array.Items[i], path + "/" + i.ToString(CultureInfo.InvariantCulture), problems);
        }
    }

    private static void CheckEnum(IEnumerable<JsonNode> allowed, JsonNode value, string path, List<string> problems)
    {
        if (!allowed.Any(a => SameValue(a, value)))
        {
            problems.Add(Where(path) + "the value is not one of those the schema allows");
        }
    }

    private static void CheckEnum(JsonArray allowed, JsonNode value, string path, List<string> problems) =>
        CheckEnum(allowed.Items, value, path, problems);

    private static bool SameValue(JsonNode a, JsonNode b) => (a, b) switch
    {
        (JsonString x, JsonString y) => x.Value == y.Value,
        (JsonNumber x, JsonNumber y) => x.Value.Equals(y.Value),
        (JsonObject or JsonArray, _) => throw new NotSupportedException("enum and const of objects or arrays are not supported"),
        _ => a.Kind == b.Kind,
    };

    private static void CheckBound(JsonNode argument, JsonNode value, string path, List<string> problems, bool minimum)
    {
        if (value is not JsonNumber number)
        {
            return;
        }

        var bound = ((JsonNumber)argument).Value;
        if (minimum ? number.Value < bound : number.Value > bound)
        {
            problems.Add(Where(path) + number.Text + " is " + (minimum ? "below the minimum " : "above the maximum ") + ((JsonNumber)argument).Text);
        }
    }

    private static void CheckLength(JsonNode argument, JsonNode value, string path, List<string> problems)
    {
        if (value is JsonString text && text.Value.Length < ((JsonNumber)argument).Value)
        {
            problems.Add(Where(path) + "the string is shorter than " + ((JsonNumber)argument).Text + " characters");
        }
    }

    private static void CheckPattern(JsonNode argument, JsonNode value, string path, List<string> problems)
    {
        var pattern = ((JsonString)argument).Value;
        if (value is JsonString text && !Regex.IsMatch(text.Value, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            problems.Add(Where(path) + "\"" + text.Value + "\" does not match the pattern " + pattern);
        }
    }

    private static string Where(string path) => (path.Length == 0 ? "/" : path) + ": ";
}
