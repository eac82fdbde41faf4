// Compiled into both the analyzers (netstandard2.0) and the MSBuild tasks (net472, net8.0): Aeos files
// are read the same way on both sides, and neither side depends on a JSON library that MSBuild or the
// compiler host might load in another version.
using System;
using System.Collections.Generic;
using System.Globalization;

namespace Aeos.Shared.Json;

/// <summary>The kinds of JSON value.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A parsed JSON value with the 1-based line and column where it starts in its text.</summary>
internal abstract class JsonNode
{
    protected JsonNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public abstract JsonKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>A short name of the kind for error messages: "an object", "a string" …</summary>
    public string KindDescription => Describe(Kind);

    public static string Describe(JsonKind kind) => kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True or JsonKind.False => "a boolean",
        _ => "null",
    };
}

/// <summary>A JSON object; property order is kept as written.</summary>
internal sealed class JsonObject : JsonNode
{
    private readonly List<KeyValuePair<string, JsonNode>> _properties = new();
    private readonly Dictionary<string, JsonNode> _byName = new(StringComparer.Ordinal);

    public JsonObject(int line, int column)
        : base(line, column)
    {
    }

    public override JsonKind Kind => JsonKind.Object;

    public IReadOnlyList<KeyValuePair<string, JsonNode>> Properties => _properties;

    /// <summary>Adds a property; returns false when the name is already present.</summary>
    public bool TryAdd(string name, JsonNode value)
    {
        if (_byName.ContainsKey(name))
        {
            return false;
        }

        _byName.Add(name, value);
        _properties.Add(new KeyValuePair<string, JsonNode>(name, value));
        return true;
    }

    public JsonNode? this[string name] => _byName.TryGetValue(name, out var value) ? value : null;
}

/// <summary>A JSON array.</summary>
internal sealed class JsonArray : JsonNode
{
    private readonly List<JsonNode> _items = new();

    public JsonArray(int line, int column)
        : base(line, column)
    {
    }

    public override JsonKind Kind => JsonKind.Array;

    public IReadOnlyList<JsonNode> Items => _items;

    public void Add(JsonNode item) => _items.Add(item);
}

/// <summary>A JSON string.</summary>
internal sealed class JsonString : JsonNode
{
    public JsonString(string value, int line, int column)
        : base(line, column)
    {
        Value = value;
    }

    public override JsonKind Kind => JsonKind.String;

    public string Value { get; }
}

/// <summary>A JSON number, kept as written so that no precision is lost on a round trip.</summary>
internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(string text, int line, int column)
        : base(line, column)
    {
        Text = text;
    }

    public override JsonKind Kind => JsonKind.Number;

    public string Text { get; }

    public double Value => double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The value as a whole number, when it is one that fits in 64 bits.</summary>
    public bool TryGetInt64(out long value) =>
        long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}

/// <summary>A JSON literal: <c>true</c>, <c>false</c> or <c>null</c>.</summary>
internal sealed class JsonLiteral : JsonNode
{
    public JsonLiteral(JsonKind kind, int line, int column)
        : base(line, column)
    {
        Kind = kind;
    }

    public override JsonKind Kind { get; }
}

/// <summary>Text that is not valid JSON: the message says what was expected where.</summary>
internal sealed class JsonParseException : Exception
{
    public JsonParseException(string problem, int line, int column)
        : base(string.Format(CultureInfo.InvariantCulture, "line {0}, column {1}: {2}", line, column, problem))
    {
        Problem = problem;
        Line = line;
        Column = column;
    }

    public string Problem { get; }

    public int Line { get; }

    public int Column { get; }
}
