using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Documentation;

/// <summary>How well a declaration is documented.</summary>
internal enum DocumentationState
{
    /// <summary>No XML documentation comment on any declaration of the member.</summary>
    Missing = 0,

    /// <summary>A documentation comment, but without a <c>&lt;summary&gt;</c> that holds text (or an <c>&lt;inheritdoc/&gt;</c>).</summary>
    NoSummary = 1,

    /// <summary>A <c>&lt;summary&gt;</c> with text, or <c>&lt;inheritdoc/&gt;</c>.</summary>
    Documented = 2,
}

/// <summary>
/// Reads XML documentation comments from syntax trivia, whatever the documentation mode the code was
/// parsed with. With <see cref="DocumentationMode.Parse"/> or <see cref="DocumentationMode.Diagnose"/>
/// (a build with <c>GenerateDocumentationFile</c>) <c>///</c> and <c>/** */</c> are structured
/// documentation trivia; with <see cref="DocumentationMode.None"/> (the default of a command-line build
/// without it) the compiler lexes them as ordinary comments that start with <c>///</c> or <c>/**</c>.
/// Both are read as text, so the answer does not depend on the project's settings.
/// </summary>
internal static class DocumentationComments
{
    /// <summary>The best state over every declaration of <paramref name="symbol"/>: a partial member is documented when any part is.</summary>
    public static DocumentationState StateOf(ISymbol symbol, CancellationToken cancellationToken)
    {
        var best = DocumentationState.Missing;
        foreach (var declaration in DeclarationsOf(symbol))
        {
            var state = StateOf(declaration.GetSyntax(cancellationToken));
            if (state > best)
            {
                best = state;
            }
        }

        return best;
    }

    /// <summary>The state of one declaration: a member, type, enum member, or a variable of a field or event declaration.</summary>
    public static DocumentationState StateOf(SyntaxNode declaration) => Classify(CommentText(CommentedNode(declaration)));

    /// <summary>True when the declaration carries any documentation comment, complete or not.</summary>
    public static bool HasComment(SyntaxNode declaration) => CommentText(CommentedNode(declaration)).Length > 0;

    /// <summary>Classifies the text of the documentation comments in front of a declaration.</summary>
    public static DocumentationState Classify(string comment)
    {
        if (comment.Length == 0)
        {
            return DocumentationState.Missing;
        }

        if (FindTag(comment, "inheritdoc", 0) >= 0)
        {
            return DocumentationState.Documented;
        }

        for (var start = FindTag(comment, "summary", 0); start >= 0; start = FindTag(comment, "summary", start + 1))
        {
            if (SummaryHasText(comment, start))
            {
                return DocumentationState.Documented;
            }
        }

        return DocumentationState.NoSummary;
    }

    private static IEnumerable<SyntaxReference> DeclarationsOf(ISymbol symbol)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            yield return reference;
        }

        if (symbol is IMethodSymbol { PartialImplementationPart: { } implementation })
        {
            foreach (var reference in implementation.DeclaringSyntaxReferences)
            {
                yield return reference;
            }
        }
    }

    /// <summary>The node whose leading trivia holds the comment: a field's or event's whole declaration for one of its variables.</summary>
    private static SyntaxNode CommentedNode(SyntaxNode declaration) =>
        declaration is VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field } ? field : declaration;

    private static string CommentText(SyntaxNode node)
    {
        var text = new StringBuilder();
        foreach (var trivia in node.GetLeadingTrivia())
        {
            if (IsDocumentationComment(trivia))
            {
                text.Append(trivia.ToFullString()).Append('\n');
            }
        }

        return text.ToString();
    }

    private static bool IsDocumentationComment(SyntaxTrivia trivia)
    {
        switch (trivia.Kind())
        {
            case SyntaxKind.SingleLineDocumentationCommentTrivia:
            case SyntaxKind.MultiLineDocumentationCommentTrivia:
                return true;
            case SyntaxKind.SingleLineCommentTrivia:
                // Documentation mode None: "///" is a documentation comment, "////" is not (as the compiler decides).
                var line = trivia.ToString();
                return line.StartsWith("///", StringComparison.Ordinal) && !line.StartsWith("////", StringComparison.Ordinal);
            case SyntaxKind.MultiLineCommentTrivia:
                var block = trivia.ToString();
                return block.StartsWith("/**", StringComparison.Ordinal) && !block.StartsWith("/**/", StringComparison.Ordinal);
            default:
                return false;
        }
    }

    /// <summary>The index of <c>&lt;name</c> followed by <c>&gt;</c>, <c>/</c> or white space, from <paramref name="from"/>; -1 if none.</summary>
    private static int FindTag(string comment, string name, int from)
    {
        for (var index = comment.IndexOf("<" + name, from, StringComparison.Ordinal); index >= 0; index = comment.IndexOf("<" + name, index + 1, StringComparison.Ordinal))
        {
            var after = index + name.Length + 1;
            if (after < comment.Length && (comment[after] == '>' || comment[after] == '/' || char.IsWhiteSpace(comment[after])))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>True when the <c>&lt;summary&gt;</c> element at <paramref name="start"/> holds more than comment markers and white space.</summary>
    private static bool SummaryHasText(string comment, int start)
    {
        var open = comment.IndexOf('>', start);
        if (open < 0 || comment[open - 1] == '/')
        {
            return false; // <summary/>
        }

        var close = comment.IndexOf("</summary", open, StringComparison.Ordinal);
        var content = close < 0 ? comment.Substring(open + 1) : comment.Substring(open + 1, close - open - 1);
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine.Trim();
            line = line.StartsWith("///", StringComparison.Ordinal) ? line.Substring(3) : line.TrimStart('*');
            if (line.Trim().Trim('*', '/').Trim().Length > 0)
            {
                return true;
            }
        }

        return false;
    }
}
