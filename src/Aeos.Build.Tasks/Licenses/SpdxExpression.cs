using System;
using System.Collections.Generic;

namespace Aeos.Build.Tasks.Licenses;

/// <summary>
/// Evaluates an SPDX licence expression (SPDX specification, annex "SPDX License Expressions") against a
/// judgement of its single licences. Precedence from tightest: <c>WITH</c>, <c>AND</c>, <c>OR</c>;
/// parentheses group. <c>A OR B</c> is as good as the better side (the user may choose), <c>A AND B</c>
/// as bad as the worse side (both apply). Operators are upper case, as the specification requires.
/// </summary>
internal sealed class SpdxExpression
{
    private static readonly char[] Whitespace = { ' ', '\t', '\r', '\n' };

    private readonly List<string> _tokens;
    private readonly Func<string, string?, LicenseVerdict> _judge;
    private int _position;

    private SpdxExpression(List<string> tokens, Func<string, string?, LicenseVerdict> judge)
    {
        _tokens = tokens;
        _judge = judge;
    }

    /// <summary>
    /// The verdict on <paramref name="expression"/>: <paramref name="judge"/> rates each licence (with its
    /// <c>WITH</c> exception or null) as <see cref="LicenseVerdict.Allowed"/>, <see cref="LicenseVerdict.Flagged"/>
    /// or <see cref="LicenseVerdict.Denied"/>.
    /// </summary>
    /// <exception cref="FormatException">The text is not a licence expression.</exception>
    public static LicenseVerdict Evaluate(string expression, Func<string, string?, LicenseVerdict> judge)
    {
        var parser = new SpdxExpression(Tokenize(expression), judge);
        var verdict = parser.ParseOr();
        if (parser._position < parser._tokens.Count)
        {
            throw new FormatException("unexpected '" + parser._tokens[parser._position] + "' in licence expression '" + expression + "'");
        }

        return verdict;
    }

    /// <summary>A licence identifier: idstring of the specification, optionally with "+" (or later) or a DocumentRef prefix.</summary>
    public static bool IsIdentifier(string token)
    {
        if (token.Length == 0 || token is "AND" or "OR" or "WITH")
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!IsIdentifierCharacter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdentifierCharacter(char c) => (c < 128 && char.IsLetterOrDigit(c)) || c is '.' or '-' or '+' or ':';

    private LicenseVerdict ParseOr()
    {
        var verdict = ParseAnd();
        while (TryConsume("OR"))
        {
            verdict = Better(verdict, ParseAnd());
        }

        return verdict;
    }

    private LicenseVerdict ParseAnd()
    {
        var verdict = ParseWith();
        while (TryConsume("AND"))
        {
            verdict = Worse(verdict, ParseWith());
        }

        return verdict;
    }

    private LicenseVerdict ParseWith()
    {
        if (TryConsume("("))
        {
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        var license = Identifier();
        return _judge(license, TryConsume("WITH") ? Identifier() : null);
    }

    private string Identifier()
    {
        var token = _position < _tokens.Count ? _tokens[_position] : "end of expression";
        if (!IsIdentifier(token))
        {
            throw new FormatException("a licence identifier was expected, not '" + token + "'");
        }

        _position++;
        return token;
    }

    private void Expect(string token)
    {
        if (!TryConsume(token))
        {
            throw new FormatException("'" + token + "' was expected");
        }
    }

    private bool TryConsume(string token)
    {
        if (_position < _tokens.Count && string.Equals(_tokens[_position], token, StringComparison.Ordinal))
        {
            _position++;
            return true;
        }

        return false;
    }

    private static List<string> Tokenize(string expression)
    {
        var spaced = expression.Replace("(", " ( ").Replace(")", " ) ");
        return new List<string>(spaced.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries));
    }

    // The verdicts are ordered Denied < Flagged < Allowed.
    private static LicenseVerdict Better(LicenseVerdict a, LicenseVerdict b) => a > b ? a : b;

    private static LicenseVerdict Worse(LicenseVerdict a, LicenseVerdict b) => a < b ? a : b;
}
