using System.Text;

namespace Aeos.Shared.Json;

/// <summary>The lexical half of <see cref="JsonParser"/>: strings with their escapes, and numbers.</summary>
internal sealed partial class JsonParser
{
    // The one-letter escapes of RFC 8259 and the characters they stand for, position by position.
    private const string EscapeLetters = "\"\\/bfnrt";
    private const string EscapedCharacters = "\"\\/\b\f\n\r\t";

    private string ParseString()
    {
        _position++; // opening quote
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("unterminated string");
            }

            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw Error(c == '\n' || c == '\r' ? "unterminated string (line break inside a string)" : "control character inside a string");
            }

            if (c == '\\')
            {
                builder.Append(ParseEscape());
                continue;
            }

            builder.Append(c);
            _position++;
        }
    }

    private char ParseEscape()
    {
        _position++; // backslash
        if (_position >= _text.Length)
        {
            throw Error("unterminated string");
        }

        var c = _text[_position++];
        if (c == 'u')
        {
            return ParseHexEscape();
        }

        var index = EscapeLetters.IndexOf(c);
        if (index < 0)
        {
            _position -= 2; // point at the backslash
            throw Error("invalid escape sequence '\\" + c + "'");
        }

        return EscapedCharacters[index];
    }

    private char ParseHexEscape()
    {
        var code = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = _position < _text.Length ? HexValue(_text[_position]) : -1;
            if (digit < 0)
            {
                throw Error("invalid \\u escape; four hexadecimal digits were expected");
            }

            code = (code * 16) + digit;
            _position++;
        }

        return (char)code;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private string ParseNumber()
    {
        var start = _position;
        TryConsume('-');
        if (TryConsume('0'))
        {
            // A leading zero stands alone.
        }
        else if (!ConsumeDigits())
        {
            throw Error("invalid number; a digit was expected");
        }

        if (TryConsume('.') && !ConsumeDigits())
        {
            throw Error("invalid number; a digit was expected after '.'");
        }

        if (_position < _text.Length && (_text[_position] == 'e' || _text[_position] == 'E'))
        {
            _position++;
            if (!TryConsume('+'))
            {
                TryConsume('-');
            }

            if (!ConsumeDigits())
            {
                throw Error("invalid number; a digit was expected in the exponent");
            }
        }

        return _text.Substring(start, _position - start);
    }

    private bool ConsumeDigits()
    {
        var start = _position;
        while (_position < _text.Length && IsDigit(_text[_position]))
        {
            _position++;
        }

        return _position > start;
    }
}
