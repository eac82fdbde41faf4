using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Metrics;

/// <summary>
/// Cyclomatic complexity (AEOS1001): McCabe's number, 1 + the decision points of a function, counted on
/// syntax alone as Microsoft's code metrics (CA1502) count them:
/// <list type="bullet">
/// <item><c>if</c> (each <c>else if</c> is an <c>if</c>), <c>?:</c>, <c>while</c>, <c>do</c>, <c>for</c>,
/// <c>foreach</c>: +1 each;</item>
/// <item>each label of a switch statement, <c>default</c> included: +1;</item>
/// <item><c>&amp;&amp;</c>, <c>||</c>, <c>??</c>, <c>?.</c> / <c>?[]</c>: +1 each operator.</item>
/// </list>
/// Beyond CA1502 (a documented difference): each switch-expression arm except a bare discard <c>_</c>, and
/// each <c>and</c>/<c>or</c> pattern combinator, +1. Nothing for <c>else</c>, <c>catch</c>, <c>when</c>,
/// <c>try</c>/<c>finally</c>, <c>using</c>, <c>lock</c>, <c>goto</c>, <c>??=</c>. Lambdas, anonymous methods
/// and local functions are part of the function that contains them.
/// <para>The counting is <see cref="SyntaxMetricsCalculator"/>'s, asked for this metric alone.</para>
/// </summary>
internal static class CyclomaticComplexityCalculator
{
    /// <summary>The body of the function, and a constructor's initializer: <c>: base(a ?? b)</c> runs as part of the constructor.</summary>
    public static int Measure(FunctionDeclaration function) =>
        SyntaxMetricsCalculator.Measure(function, SyntaxMetricKinds.CyclomaticComplexity).CyclomaticComplexity;

    /// <summary>
    /// A primary constructor (record or class): the arguments it passes to the base type are its only code;
    /// field and property initializers are not counted, as CA1502 does not count them.
    /// </summary>
    public static int MeasurePrimaryConstructor(TypeDeclarationSyntax type)
    {
        var baseCall = type.BaseList?.Types.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault();
        return baseCall is null ? 1 : SyntaxMetricsCalculator.MeasureCyclomatic(baseCall.ArgumentList);
    }
}
