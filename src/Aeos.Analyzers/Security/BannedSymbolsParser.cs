using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Aeos.Analyzers.Security;

/// <summary>
/// Reads a banned-symbols file in the format of Microsoft's BannedApiAnalyzers: one documentation-comment
/// ID per line, an optional <c>;message</c>, blank lines and <c>//</c> comment lines ignored. Adds the
/// Aeos extensions <c>!ID</c> (an allowed exception) and <c>M:Type.Method*</c> (every overload).
/// Pure: text in, entries and problems out.
/// </summary>
internal static class BannedSymbolsParser
{
    private const string Prefixes = "TMPFEN";

    /// <summary>The entries of <paramref name="text"/> and a problem for every malformed line.</summary>
    public static (ImmutableArray<BannedSymbolEntry> Entries, ImmutableArray<BannedSymbolProblem> Problems) Parse(string path, SourceText text)
    {
        var entries = ImmutableArray.CreateBuilder<BannedSymbolEntry>();
        var problems = ImmutableArray.CreateBuilder<BannedSymbolProblem>();
        foreach (var line in text.Lines)
        {
            var content = line.ToString();
            var trimmed = content.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var separator = trimmed.IndexOf(';');
            var id = (separator < 0 ? trimmed : trimmed.Substring(0, separator)).Trim();
            var message = separator < 0 ? string.Empty : trimmed.Substring(separator + 1).Trim();
            var isAllowed = id.StartsWith("!", StringComparison.Ordinal);
            if (isAllowed)
            {
                id = id.Substring(1).TrimStart();
            }

            var problem = Validate(id);
            if (problem is null)
            {
                entries.Add(new BannedSymbolEntry(id, message, isAllowed, path, line.LineNumber + 1, line.Span));
            }
            else
            {
                problems.Add(new BannedSymbolProblem(path, line.LineNumber + 1, line.Span, text.Lines.GetLinePositionSpan(line.Span), trimmed, problem));
            }
        }

        return (entries.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>Null when <paramref name="id"/> is a well-formed documentation-comment ID, otherwise what is wrong.</summary>
    internal static string? Validate(string id)
    {
        if (id.Length < 3 || id[1] != ':' || Prefixes.IndexOf(id[0]) < 0)
        {
            return "expected a documentation-comment ID starting with T:, M:, P:, F:, E: or N:";
        }

        var name = id.Substring(2);
        if (HasWhitespace(name))
        {
            return "a documentation-comment ID has no spaces";
        }

        if (name.IndexOf('*') >= 0 && (id[0] != 'M' || name.IndexOf('*') != name.Length - 1 || name.IndexOf('(') >= 0))
        {
            return "'*' is only allowed at the end of an M: ID without parameters, to ban every overload";
        }

        return Balanced(name) ? null : "unbalanced brackets in the parameter list";
    }

    private static bool HasWhitespace(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Balanced(string name)
    {
        var open = new Stack<char>();
        foreach (var c in name)
        {
            if (c is '(' or '[' or '{')
            {
                open.Push(c);
            }
            else if (c is ')' or ']' or '}' && (open.Count == 0 || open.Pop() != Opening(c)))
            {
                return false;
            }
        }

        return open.Count == 0;
    }

    private static char Opening(char closing) => closing switch
    {
        ')' => '(',
        ']' => '[',
        _ => '{',
    };
}
