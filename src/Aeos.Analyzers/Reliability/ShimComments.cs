using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aeos.Analyzers.Reliability;

/// <summary>A <c>TODO</c>, <c>HACK</c> or <c>FIXME</c> comment: the comment, its marker word and the text its plan is read from.</summary>
internal readonly struct ShimComment
{
    public ShimComment(SyntaxTrivia comment, string marker, string text)
    {
        Comment = comment;
        Marker = marker;
        Text = text;
    }

    /// <summary>The comment that starts with the marker.</summary>
    public SyntaxTrivia Comment { get; }

    /// <summary>The marker word in capitals.</summary>
    public string Marker { get; }

    /// <summary>The marker's line and the comment lines that continue it.</summary>
    public string Text { get; }
}

/// <summary>
/// Finds the shim comments of a tree: an ordinary comment (<c>//</c> or <c>/* */</c>) whose text, or a line of it, starts with
/// the whole word <c>TODO</c>, <c>HACK</c> or <c>FIXME</c> in any case. Documentation comments, text in disabled <c>#if</c>
/// regions, strings and identifiers are not comments here. The <c>//</c> lines that directly follow a marker in the same
/// block (no blank line, no other marker) continue it.
/// </summary>
internal static class ShimComments
{
    private static readonly string[] Markers = { "TODO", "HACK", "FIXME" };

    /// <summary>Every shim comment in the trivia of <paramref name="root"/>.</summary>
    public static List<ShimComment> Find(SyntaxNode root)
    {
        var found = new List<ShimComment>();
        foreach (var token in root.DescendantTokens())
        {
            if (token.HasLeadingTrivia)
            {
                Collect(token.LeadingTrivia, found);
            }

            if (token.HasTrailingTrivia)
            {
                Collect(token.TrailingTrivia, found);
            }
        }

        return found;
    }

    private static void Collect(SyntaxTriviaList trivia, List<ShimComment> found)
    {
        for (var i = 0; i < trivia.Count; i++)
        {
            var kind = trivia[i].Kind();
            if (kind == SyntaxKind.SingleLineCommentTrivia && CommentMarker(trivia[i].ToString()) is { } marker)
            {
                found.Add(new ShimComment(trivia[i], marker, WithContinuation(trivia, i)));
            }
            else if (kind == SyntaxKind.MultiLineCommentTrivia && FromBlock(trivia[i]) is { } block)
            {
                found.Add(block);
            }
        }
    }

    /// <summary>The marker a comment starts with, or null (for documentation comments too).</summary>
    private static string? CommentMarker(string comment) => IsDocumentation(comment) ? null : Marker(comment);

    /// <summary><c>///</c> and <c>/** */</c>, which the compiler lexes as plain comments when it does not parse documentation.</summary>
    private static bool IsDocumentation(string comment) =>
        (comment.StartsWith("///", StringComparison.Ordinal) && !comment.StartsWith("////", StringComparison.Ordinal))
        || (comment.StartsWith("/**", StringComparison.Ordinal) && !comment.StartsWith("/**/", StringComparison.Ordinal));

    /// <summary>The marker word (in capitals) that <paramref name="line"/> starts with after spaces, slashes and stars, or null.</summary>
    private static string? Marker(string line)
    {
        var start = 0;
        while (start < line.Length && (char.IsWhiteSpace(line[start]) || line[start] == '/' || line[start] == '*'))
        {
            start++;
        }

        foreach (var marker in Markers)
        {
            if (string.Compare(line, start, marker, 0, marker.Length, StringComparison.OrdinalIgnoreCase) == 0 && !IsWordCharacter(line, start + marker.Length))
            {
                return marker;
            }
        }

        return null;
    }

    private static bool IsWordCharacter(string text, int index) =>
        index < text.Length && (char.IsLetterOrDigit(text[index]) || text[index] == '_');

    private static ShimComment? FromBlock(SyntaxTrivia comment)
    {
        var text = comment.ToString();
        if (IsDocumentation(text))
        {
            return null;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Marker(lines[i]) is { } marker)
            {
                return new ShimComment(comment, marker, string.Join("\n", lines, i, lines.Length - i));
            }
        }

        return null;
    }

    /// <summary>The marker comment at <paramref name="start"/> and the plain <c>//</c> lines right under it.</summary>
    private static string WithContinuation(SyntaxTriviaList trivia, int start)
    {
        var text = new StringBuilder(trivia[start].ToString());
        var lineBreaks = 0;
        for (var i = start + 1; i < trivia.Count && lineBreaks < 2; i++)
        {
            var current = trivia[i];
            if (current.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                lineBreaks++;
            }
            else if (current.IsKind(SyntaxKind.SingleLineCommentTrivia) && Marker(current.ToString()) is null)
            {
                text.Append('\n').Append(current.ToString());
                lineBreaks = 0;
            }
            else if (!current.IsKind(SyntaxKind.WhitespaceTrivia))
            {
                break;
            }
        }

        return text.ToString();
    }
}
