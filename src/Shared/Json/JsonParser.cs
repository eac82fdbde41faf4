using System.Globalization;

namespace Aeos.Shared.Json;

/// <summary>
/// A strict RFC 8259 JSON parser that records where every value starts, so that a bad Aeos file is
/// reported with its line, column and problem. A leading byte-order mark is accepted.
/// </summary>
internal sealed partial class JsonParser
{
    // Deeper nesting than any Aeos file or SARIF log has: a guard against stack exhaustion on hostile input.
    private const int MaxDepth = 256;

    private readonly string _text;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private int _depth;

    private JsonParser(string text)
    {
        _text = text;
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _position = 1;
            _lineStart = 1;
        }
    }

    private int Column => _position - _lineStart + 1;

    /// <summary>Parses one JSON value that makes up the whole text.</summary>
    /// <exception cref="JsonParseException">The text is not valid JSON.</exception>
    public static JsonNode Parse(string text)
    {
        var parser = new JsonParser(text);
        parser.SkipWhitespace();
        var value = parser.ParseValue();
        parser.SkipWhitespace();
        if (parser._position < text.Length)
        {
            throw parser.Error("unexpected " + parser.DescribeCurrent() + " after the end of the JSON value");
        }

        return value;
    }

    private JsonNode ParseValue()
    {
        if (_position >= _text.Length)
        {
            throw Error("unexpected end of text; a value was expected");
        }

        var line = _line;
        var column = Column;
        switch (_text[_position])
        {
            case '{':
                return ParseObject(line, column);
            case '[':
                return ParseArray(line, column);
            case '"':
                return new JsonString(ParseString(), line, column);
            case 't':
                ExpectWord("true");
                return new JsonLiteral(JsonKind.True, line, column);
            case 'f':
                ExpectWord("false");
                return new JsonLiteral(JsonKind.False, line, column);
            case 'n':
                ExpectWord("null");
                return new JsonLiteral(JsonKind.Null, line, column);
            default:
                return ParseNumberValue(line, column);
        }
    }

    private JsonNumber ParseNumberValue(int line, int column)
    {
        if (_text[_position] == '-' || IsDigit(_text[_position]))
        {
            return new JsonNumber(ParseNumber(), line, column);
        }

        throw Error("unexpected " + DescribeCurrent() + "; a value was expected");
    }

    private JsonObject ParseObject(int line, int column)
    {
        Enter();
        var result = new JsonObject(line, column);
        _position++;
        SkipWhitespace();
        if (TryConsume('}'))
        {
            _depth--;
            return result;
        }

        while (true)
        {
            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != '"')
            {
                throw Error("unexpected " + DescribeCurrent() + "; a property name in double quotes was expected");
            }

            var nameLine = _line;
            var nameColumn = Column;
            var name = ParseString();
            SkipWhitespace();
            if (!TryConsume(':'))
            {
                throw Error("unexpected " + DescribeCurrent() + "; ':' was expected after property name \"" + name + "\"");
            }

            SkipWhitespace();
            var value = ParseValue();
            if (!result.TryAdd(name, value))
            {
                throw new JsonParseException("duplicate property \"" + name + "\"", nameLine, nameColumn);
            }

            SkipWhitespace();
            if (TryConsume('}'))
            {
                _depth--;
                return result;
            }

            if (!TryConsume(','))
            {
                throw Error("unexpected " + DescribeCurrent() + "; ',' or '}' was expected");
            }
        }
    }

    private JsonArray ParseArray(int line, int column)
    {
        Enter();
        var result = new JsonArray(line, column);
        _position++;
        SkipWhitespace();
        if (TryConsume(']'))
        {
            _depth--;
            return result;
        }

        while (true)
        {
            SkipWhitespace();
            result.Add(ParseValue());
            SkipWhitespace();
            if (TryConsume(']'))
            {
                _depth--;
                return result;
            }

            if (!TryConsume(','))
            {
                throw Error("unexpected " + DescribeCurrent() + "; ',' or ']' was expected");
            }
        }
    }

    private void ExpectWord(string word)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            throw Error("unexpected " + DescribeCurrent() + "; a value was expected");
        }

        _position += word.Length;
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Error("nesting deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
        }
    }

    private bool TryConsume(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            switch (_text[_position])
            {
                case ' ':
                case '\t':
                case '\r':
                    _position++;
                    break;
                case '\n':
                    _position++;
                    _line++;
                    _lineStart = _position;
                    break;
                default:
                    return;
            }
        }
    }

    private string DescribeCurrent()
    {
        if (_position >= _text.Length)
        {
            return "end of text";
        }

        var c = _text[_position];
        return c < ' ' ? "control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : "'" + c + "'";
    }

    private JsonParseException Error(string problem) => new(problem, _line, Column);

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
