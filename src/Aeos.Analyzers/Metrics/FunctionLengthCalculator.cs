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
                return MeasureBetweenBraces(lines, block, mode);
            case ArrowExpressionClauseSyntax arrow:
                return MeasureSpan(lines, new LineCounter(lines).CountAll(arrow.Expression), mode);
            case CompilationUnitSyntax unit:
                var counter = new LineCounter(lines);
                foreach (var member in unit.Members)
                {
                    if (member is GlobalStatementSyntax statement)
                    {
                        counter.CountAll(statement);
                    }
                }

                return MeasureSpan(lines, counter, mode);
            default:
                return 0;
        }
    }

    private static int MeasureBetweenBraces(TextLineCollection lines, BlockSyntax block, FunctionLinesMode mode)
    {
        var counter = new LineCounter(lines);
        foreach (var token in block.DescendantTokens())
        {
            if (token != block.OpenBraceToken && token != block.CloseBraceToken)
            {
                counter.Add(token);
            }
        }

        if (mode == FunctionLinesMode.Code)
        {
            return counter.Count;
        }

        var openLine = lines.IndexOf(block.OpenBraceToken.SpanStart);
        var closeLine = lines.IndexOf(block.CloseBraceToken.SpanStart);
        if (openLine == closeLine)
        {
            return counter.Count > 0 ? 1 : 0;
        }

        var between = closeLine - openLine - 1;
        var openShared = counter.Count > 0 && counter.FirstLine == openLine ? 1 : 0;
        var closeShared = counter.Count > 0 && counter.LastLine == closeLine ? 1 : 0;
        return between + openShared + closeShared;
    }

    private static int MeasureSpan(TextLineCollection lines, LineCounter counter, FunctionLinesMode mode) =>
        mode == FunctionLinesMode.Code || counter.Count == 0 ? counter.Count : counter.LastLine - counter.FirstLine + 1;

    /// <summary>
    /// Counts the distinct lines touched by tokens that come in source order. The line of a token is
    /// looked up only when the token starts past the end of the last line counted, so most tokens cost
    /// one comparison instead of a search.
    /// </summary>
    private sealed class LineCounter
    {
        private readonly TextLineCollection _lines;
        private int _lastLineEnd = -1;

        public LineCounter(TextLineCollection lines)
        {
            _lines = lines;
        }

        public int Count { get; private set; }

        public int FirstLine { get; private set; } = -1;

        public int LastLine { get; private set; } = -1;

        public LineCounter CountAll(SyntaxNode node)
        {
            foreach (var token in node.DescendantTokens())
            {
                Add(token);
            }

            return this;
        }

        public void Add(SyntaxToken token)
        {
            var span = token.Span;
            if (span.IsEmpty)
            {
                return; // missing tokens of broken code, end of file
            }

            if (span.Start < _lastLineEnd && span.End <= _lastLineEnd)
            {
                return; // on the line counted last
            }

            var start = span.Start < _lastLineEnd ? LastLine + 1 : _lines.IndexOf(span.Start);
            var end = _lines.IndexOf(span.End - 1);
            if (FirstLine < 0)
            {
                FirstLine = start;
            }

            Count += end - start + 1;
            LastLine = end;
            _lastLineEnd = _lines[end].EndIncludingLineBreak;
        }
    }
}
