using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Aeos.Analyzers.Metrics;

/// <summary>
/// Counts the distinct lines touched by tokens that come in source order. The line of a token is
/// looked up only when the token starts past the end of the last line counted, so most tokens cost
/// one comparison instead of a search.
/// </summary>
internal sealed class LineCounter
{
    private readonly TextLineCollection _lines;
    private int _lastLineEnd = -1;

    // The line found last: positions arrive in source order, so the next one is most often on it or the next line.
    private int _foundLine = -1;
    private int _foundStart;
    private int _foundEnd;

    public LineCounter(TextLineCollection lines)
    {
        _lines = lines;
    }

    public int Count { get; private set; }

    public int FirstLine { get; private set; } = -1;

    public int LastLine { get; private set; } = -1;

    /// <summary>
    /// The length of <paramref name="body"/> from the lines its tokens touched (the braces of a block not counted):
    /// in code mode the lines counted; in physical mode every line strictly between a block's braces, plus a
    /// brace's own line when code shares it, and for any other body the lines from its first to its last line of code.
    /// </summary>
    public int Length(SyntaxNode body, FunctionLinesMode mode)
    {
        if (mode == FunctionLinesMode.Code)
        {
            return Count;
        }

        if (body is not BlockSyntax block)
        {
            return Count == 0 ? 0 : LastLine - FirstLine + 1;
        }

        var openLine = _lines.IndexOf(block.OpenBraceToken.SpanStart);
        var closeLine = _lines.IndexOf(block.CloseBraceToken.SpanStart);
        if (openLine == closeLine)
        {
            return Count > 0 ? 1 : 0;
        }

        var between = closeLine - openLine - 1;
        var openShared = Count > 0 && FirstLine == openLine ? 1 : 0;
        var closeShared = Count > 0 && LastLine == closeLine ? 1 : 0;
        return between + openShared + closeShared;
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

        var start = span.Start < _lastLineEnd ? LastLine + 1 : LineOf(span.Start);
        CountLines(start, LineOf(span.End - 1));
    }

    /// <summary>
    /// Counts a node whose tokens all lie on one line, as <see cref="Add"/> on each of its tokens would, and
    /// returns true; returns false, counting nothing, when its tokens span lines (the caller then adds them
    /// one by one). Must be called where the node's first token would be added, in source order.
    /// </summary>
    public bool TryAddSingleLine(SyntaxNode node)
    {
        if (node.ContainsDiagnostics)
        {
            return false; // broken code can hold missing tokens, whose span is not code: add them one by one
        }

        var span = node.Span;
        if (span.IsEmpty || (span.Start < _lastLineEnd && span.End <= _lastLineEnd))
        {
            return true; // no code (omitted sizes and type arguments), or all on the line counted last
        }

        if (span.Start < _lastLineEnd)
        {
            return false; // starts on the line counted last and goes on
        }

        var line = LineOf(span.Start);
        if (span.End > _foundEnd)
        {
            return false;
        }

        CountLines(line, line);
        return true;
    }

    /// <summary>The line of <paramref name="position"/>, leaving it in <see cref="_foundStart"/> and <see cref="_foundEnd"/> (line break included).</summary>
    private int LineOf(int position)
    {
        if (position >= _foundStart && position < _foundEnd)
        {
            return _foundLine;
        }

        if (_foundLine >= 0 && position >= _foundEnd && _foundLine + 1 < _lines.Count)
        {
            var next = _lines[_foundLine + 1];
            if (position < next.EndIncludingLineBreak)
            {
                return Found(_foundLine + 1, next);
            }
        }

        var line = _lines.IndexOf(position);
        return Found(line, _lines[line]);
    }

    private int Found(int line, TextLine text)
    {
        _foundLine = line;
        _foundStart = text.Start;
        _foundEnd = text.EndIncludingLineBreak;
        return line;
    }

    private void CountLines(int start, int end)
    {
        if (FirstLine < 0)
        {
            FirstLine = start;
        }

        Count += end - start + 1;
        LastLine = end;
        _lastLineEnd = end == _foundLine ? _foundEnd : _lines[end].EndIncludingLineBreak;
    }
}
