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

        return Result(lines, block, counter, mode);
    }

    /// <summary>
    /// The length of <paramref name="body"/> from the lines its tokens touch (the braces of a block not
    /// counted): shared with <see cref="SyntaxMetricsCalculator"/>, which counts the lines in its own pass.
    /// </summary>
    internal static int Result(TextLineCollection lines, SyntaxNode body, LineCounter counter, FunctionLinesMode mode)
    {
        if (mode == FunctionLinesMode.Code)
        {
            return counter.Count;
        }

        if (body is not BlockSyntax block)
        {
            return MeasureSpan(lines, counter, mode);
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
}
