using System.Text;

namespace Aeos.Build.Tasks.Baseline;

/// <summary>
/// A copy of C# source text in which comments, string and character literals and preprocessor lines are
/// blanked out (each character becomes a space, line breaks are kept), so that braces, semicolons and
/// parentheses left in it are the code's own and every offset still points at the same character.
/// </summary>
internal static class SourceMask
{
    public static string Apply(string text)
    {
        var masked = new StringBuilder(text);
        var i = 0;
        while (i < text.Length)
        {
            var end = LiteralEnd(text, i);
            if (end > i)
            {
                Blank(masked, i, end);
                i = end;
            }
            else
            {
                i++;
            }
        }

        return masked.ToString();
    }

    /// <summary>Where the comment, literal or directive starting at <paramref name="i"/> ends; <paramref name="i"/> when none starts there.</summary>
    private static int LiteralEnd(string text, int i)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        return c switch
        {
            '/' when next == '/' => LineEnd(text, i),
            '/' when next == '*' => After(text, "*/", i + 2),
            '#' when StartsLine(text, i) => LineEnd(text, i),
            '\'' => QuotedEnd(text, i + 1, '\''),
            '"' or '@' or '$' => StringEnd(text, i),
            _ => i,
        };
    }

    private static int StringEnd(string text, int i)
    {
        var start = i;
        var verbatim = false;
        while (start < text.Length && text[start] is '@' or '$')
        {
            verbatim |= text[start] == '@';
            start++;
        }

        if (start >= text.Length || text[start] != '"')
        {
            return i;
        }

        var quotes = 0;
        while (start + quotes < text.Length && text[start + quotes] == '"')
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            return After(text, new string('"', quotes), start + quotes);
        }

        return verbatim ? VerbatimEnd(text, start + 1) : QuotedEnd(text, start + 1, '"');
    }

    /// <summary>The end of a regular literal: the unescaped closing quote, or the end of the line.</summary>
    private static int QuotedEnd(string text, int i, char quote)
    {
        while (i < text.Length && text[i] != quote && text[i] != '\n')
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return System.Math.Min(i + 1, text.Length);
    }

    private static int VerbatimEnd(string text, int i)
    {
        while (i < text.Length)
        {
            if (text[i] == '"' && (i + 1 >= text.Length || text[i + 1] != '"'))
            {
                return i + 1;
            }

            i += text[i] == '"' ? 2 : 1;
        }

        return text.Length;
    }

    private static int After(string text, string terminator, int from)
    {
        var at = text.IndexOf(terminator, from, System.StringComparison.Ordinal);
        return at < 0 ? text.Length : at + terminator.Length;
    }

    private static int LineEnd(string text, int i)
    {
        var at = text.IndexOf('\n', i);
        return at < 0 ? text.Length : at;
    }

    private static bool StartsLine(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] is ' ' or '\t')
        {
            j--;
        }

        return j < 0 || text[j] == '\n';
    }

    private static void Blank(StringBuilder masked, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (masked[j] is not ('\n' or '\r'))
            {
                masked[j] = ' ';
            }
        }
    }
}
