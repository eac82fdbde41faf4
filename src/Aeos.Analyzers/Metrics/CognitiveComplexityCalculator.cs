using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Metrics;

/// <summary>
/// Cognitive complexity (AEOS1002) after G. Ann Campbell's specification "Cognitive Complexity"
/// (SonarSource), a pure calculation from syntax to a number and the increments behind it:
/// <list type="bullet">
/// <item>+1 plus the nesting level for <c>if</c>, <c>?:</c>, <c>switch</c> (statement or expression, once),
/// <c>for</c>, <c>foreach</c>, <c>while</c>, <c>do</c>, <c>catch</c>.</item>
/// <item>+1 for <c>else if</c>, <c>else</c>, every form of <c>goto</c>, each sequence of like logical operators
/// (<c>&amp;&amp;</c>, <c>||</c>) or pattern combinators (<c>and</c>, <c>or</c>), recursion (once per function, on its first recursive call).</item>
/// <item>The nesting level rises in the bodies of the structures of the first item (an <c>else if</c>'s body
/// sits at the level of its <c>if</c>'s body) and in lambdas, anonymous methods and local functions, which
/// add nothing themselves and count toward the function that contains them. A structure's condition,
/// governing expression or loop header is read at the structure's own level.</item>
/// </list>
/// Recursion is the one semantic fact: the caller passes a predicate that says whether an invocation calls
/// the function (or an enclosing local function) itself; without one, no call counts as recursive.
/// <para>The counting is <see cref="SyntaxMetricsCalculator"/>'s, asked for this metric alone.</para>
/// </summary>
internal static class CognitiveComplexityCalculator
{
    public static CognitiveComplexity Measure(FunctionDeclaration function, Func<InvocationExpressionSyntax, bool>? isRecursiveCall = null) =>
        Measure(function.Declaration, isRecursiveCall);

    /// <summary>
    /// Measures a declaration's code: a member or accessor (its body, expression body and constructor
    /// initializer), a local function, a property's initializer, a variable's initializer, or the top-level
    /// statements of a compilation unit. Any other node is measured as a whole, at nesting level 0.
    /// </summary>
    public static CognitiveComplexity Measure(SyntaxNode declaration, Func<InvocationExpressionSyntax, bool>? isRecursiveCall = null) =>
        SyntaxMetricsCalculator.MeasureCognitive(declaration, isRecursiveCall);
}
