using Aeos.Analyzers.Configuration;

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
/// <para>The counting is <see cref="SyntaxMetricsCalculator"/>'s, asked for this metric alone.</para>
/// </summary>
internal static class FunctionLengthCalculator
{
    public static int Measure(FunctionDeclaration function, FunctionLinesMode mode) =>
        SyntaxMetricsCalculator.Measure(function, SyntaxMetricKinds.Length, mode).Length;
}
