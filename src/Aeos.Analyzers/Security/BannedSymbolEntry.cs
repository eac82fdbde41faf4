using Microsoft.CodeAnalysis.Text;

namespace Aeos.Analyzers.Security;

/// <summary>
/// One line of a banned-symbols file: a documentation-comment ID (<c>T:</c>, <c>M:</c>, <c>P:</c>, <c>F:</c>,
/// <c>E:</c>, <c>N:</c>), the optional message after the first <c>;</c>, and where the line is. A line
/// starting with <c>!</c> allows the symbol inside a banned type or namespace; an <c>M:</c> ID ending in
/// <c>*</c> bans every overload of the method.
/// </summary>
internal sealed class BannedSymbolEntry
{
    public BannedSymbolEntry(string id, string message, bool isAllowed, string path, int line, TextSpan span)
    {
        Id = id;
        Message = message;
        IsAllowed = isAllowed;
        Path = path;
        Line = line;
        Span = span;
    }

    /// <summary>The documentation-comment ID as written, without <c>!</c>, message or whitespace.</summary>
    public string Id { get; }

    /// <summary>The text after the first <c>;</c>, trimmed; empty when the line has none.</summary>
    public string Message { get; }

    /// <summary>True for a <c>!</c> line: an exception to a ban, not a ban.</summary>
    public bool IsAllowed { get; }

    /// <summary>True for <c>M:Type.Method*</c>: every overload of the method.</summary>
    public bool IsOverloadSet => Id.Length > 2 && Id[0] == 'M' && Id[Id.Length - 1] == '*';

    /// <summary>The file the line is in (<c>built-in</c> for the default list).</summary>
    public string Path { get; }

    /// <summary>The one-based line number.</summary>
    public int Line { get; }

    /// <summary>The span of the line in its file.</summary>
    public TextSpan Span { get; }
}
