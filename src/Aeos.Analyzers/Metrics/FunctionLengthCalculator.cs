using System.Collections.Generic;
using System.Linq;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Aeos.Analyzers.Metrics;

/// <summary>
/// Function length (AEOS1003): a pure calculation from a function's body to a number of lines.
/// <list type="bullet">
/// <item>Code mode counts the lines that hold at least part of a token of the body, the body's own braces
/// excluded: blank lines, comment-only lines, preprocessor lines and text disabled by <c>#if</c> do
/// not count; every line of a multi-line string literal does.</item>
/// <item>Physical mode counts every line strictly between the braces, plus a brace's own line when code
/// shares it.</item>
/// </list>
/// An expression body counts the lines of its expression (the <c>=&gt;</c> is syntax, like a brace).
/// Top-level statements count from their first to their last statement.
/// </summary>
internal static class FunctionLengthCalculator
{
    public static int Measure(FunctionDeclaration function, FunctionLinesMode mode) => Measure(function.Body, mode);

    /// <summary>Measures a <see cref="BlockSyntax"/>, an <see cref="ArrowExpressionClauseSyntax"/> or the top-level statements of a <see cref="CompilationUnitSyntax"/>.</summary>
    public static int Measure(SyntaxNode body, FunctionLinesMode mode)
    {
        var lines = body.SyntaxTree.GetText().Lines;
        switch (body)
        {
            case BlockSyntax block:
                var inner = block.DescendantTokens().Where(t => t != block.OpenBraceToken && t != block.CloseBraceToken);
                return MeasureBetweenBraces(lines, inner, block.OpenBraceToken, block.CloseBraceToken, mode);
            case ArrowExpressionClauseSyntax arrow:
                return MeasureSpan(lines, arrow.Expression.DescendantTokens(), mode);
            case CompilationUnitSyntax unit:
                var statements = unit.Members.OfType<GlobalStatementSyntax>().SelectMany(s => s.DescendantTokens());
                return MeasureSpan(lines, statements, mode);
            default:
                return 0;
        }
    }

    private static int MeasureBetweenBraces(TextLineCollection lines, IEnumerable<SyntaxToken> inner, SyntaxToken open, SyntaxToken close, FunctionLinesMode mode)
    {
        var code = CountCodeLines(lines, inner, out var firstLine, out var lastLine);
        if (mode == FunctionLinesMode.Code)
        {
            return code;
        }

        var openLine = lines.IndexOf(open.SpanStart);
        var closeLine = lines.IndexOf(close.SpanStart);
        if (openLine == closeLine)
        {
            return code > 0 ? 1 : 0;
        }

        var between = closeLine - openLine - 1;
        var openShared = code > 0 && firstLine == openLine ? 1 : 0;
        var closeShared = code > 0 && lastLine == closeLine ? 1 : 0;
        return between + openShared + closeShared;
    }

    private static int MeasureSpan(TextLineCollection lines, IEnumerable<SyntaxToken> tokens, FunctionLinesMode mode)
    {
        var code = CountCodeLines(lines, tokens, out var firstLine, out var lastLine);
        return mode == FunctionLinesMode.Code || code == 0 ? code : lastLine - firstLine + 1;
    }

    /// <summary>Counts the distinct lines touched by the tokens, which come in source order.</summary>
    private static int CountCodeLines(TextLineCollection lines, IEnumerable<SyntaxToken> tokens, out int firstLine, out int lastLine)
    {
        var count = 0;
        firstLine = -1;
        lastLine = -1;
        foreach (var token in tokens)
        {
            if (token.Span.IsEmpty)
            {
                continue; // missing tokens of broken code, end of file
            }

            var start = lines.IndexOf(token.SpanStart);
            var end = lines.IndexOf(token.Span.End - 1);
            if (firstLine < 0)
            {
                firstLine = start;
            }

            if (start <= lastLine)
            {
                start = lastLine + 1;
            }

            if (end >= start)
            {
                count += end - start + 1;
                lastLine = end;
            }
        }

        return count;
    }
}
