using Microsoft.CodeAnalysis.Text;

namespace Aeos.Analyzers.Security;

/// <summary>A malformed line of a banned-symbols file.</summary>
internal sealed class BannedSymbolProblem
{
    public BannedSymbolProblem(string path, int line, TextSpan span, LinePositionSpan lineSpan, string text, string reason)
    {
        Path = path;
        Line = line;
        Span = span;
        LineSpan = lineSpan;
        Text = text;
        Reason = reason;
    }

    public string Path { get; }

    public int Line { get; }

    public TextSpan Span { get; }

    public LinePositionSpan LineSpan { get; }

    public string Text { get; }

    public string Reason { get; }
}
