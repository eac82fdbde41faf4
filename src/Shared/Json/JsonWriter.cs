using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Aeos.Shared.Json;

/// <summary>
/// Writes JSON deterministically: two-space indentation, '\n' line ends, properties in the order the
/// caller gives them, and a final newline, so that Aeos files diff cleanly under version control.
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _builder = new();
    private readonly Stack<bool> _hasItems = new();
    private readonly bool _indented;
    private bool _afterPropertyName;

    /// <param name="indented">False writes the whole value on one line (for JSON Lines files).</param>
    public JsonWriter(bool indented = true)
    {
        _indented = indented;
    }

    public override string ToString() => _builder.ToString();

    /// <summary>The finished document, ending with a newline.</summary>
    public string ToDocument() => _builder.ToString() + "\n";

    public JsonWriter StartObject() => Open('{');

    public JsonWriter EndObject() => Close('}');

    public JsonWriter StartArray() => Open('[');

    public JsonWriter EndArray() => Close(']');

    public JsonWriter PropertyName(string name)
    {
        BeforeValue();
        AppendString(name);
        _builder.Append(_indented ? ": " : ":");
        _afterPropertyName = true;
        return this;
    }

    public JsonWriter String(string? value)
    {
        if (value is null)
        {
            return Null();
        }

        BeforeValue();
        AppendString(value);
        return this;
    }

    public JsonWriter Number(long value)
    {
        BeforeValue();
        _builder.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public JsonWriter Number(double value)
    {
        BeforeValue();
        _builder.Append(value.ToString("R", CultureInfo.InvariantCulture));
        return this;
    }

    public JsonWriter Boolean(bool value)
    {
        BeforeValue();
        _builder.Append(value ? "true" : "false");
        return this;
    }

    public JsonWriter Null()
    {
        BeforeValue();
        _builder.Append("null");
        return this;
    }

    public JsonWriter Property(string name, string? value) => PropertyName(name).String(value);

    public JsonWriter Property(string name, long value) => PropertyName(name).Number(value);

    public JsonWriter Property(string name, bool value) => PropertyName(name).Boolean(value);

    /// <summary>Writes a parsed value again, numbers exactly as they were written.</summary>
    public JsonWriter Value(JsonNode node)
    {
        switch (node)
        {
            case JsonObject value:
                StartObject();
                foreach (var property in value.Properties)
                {
                    PropertyName(property.Key).Value(property.Value);
                }

                return EndObject();
            case JsonArray value:
                StartArray();
                foreach (var item in value.Items)
                {
                    Value(item);
                }

                return EndArray();
            case JsonString value:
                return String(value.Value);
            case JsonNumber value:
                BeforeValue();
                _builder.Append(value.Text);
                return this;
            default:
                return node.Kind == JsonKind.Null ? Null() : Boolean(node.Kind == JsonKind.True);
        }
    }

    private JsonWriter Open(char bracket)
    {
        BeforeValue();
        _builder.Append(bracket);
        _hasItems.Push(false);
        return this;
    }

    private JsonWriter Close(char bracket)
    {
        var hadItems = _hasItems.Pop();
        if (hadItems)
        {
            NewLine();
        }

        _builder.Append(bracket);
        return this;
    }

    private void BeforeValue()
    {
        if (_afterPropertyName)
        {
            _afterPropertyName = false;
            return;
        }

        if (_hasItems.Count == 0)
        {
            return;
        }

        if (_hasItems.Peek())
        {
            _builder.Append(',');
        }
        else
        {
            _hasItems.Pop();
            _hasItems.Push(true);
        }

        NewLine();
    }

    private void NewLine()
    {
        if (!_indented)
        {
            return;
        }

        _builder.Append('\n');
        _builder.Append(' ', _hasItems.Count * 2);
    }

    private void AppendString(string value)
    {
        _builder.Append('"');
        foreach (var c in value)
        {
            AppendCharacter(c);
        }

        _builder.Append('"');
    }

    private void AppendCharacter(char c)
    {
        switch (c)
        {
            case '"': _builder.Append("\\\""); break;
            case '\\': _builder.Append("\\\\"); break;
            case '\n': _builder.Append("\\n"); break;
            case '\r': _builder.Append("\\r"); break;
            case '\t': _builder.Append("\\t"); break;
            case '\b': _builder.Append("\\b"); break;
            case '\f': _builder.Append("\\f"); break;
            default:
                if (c < ' ')
                {
                    _builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    _builder.Append(c);
                }

                break;
        }
    }
}
