using System;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Metrics;

/// <summary>
/// The three syntax metrics of a function (AEOS1001, AEOS1002, AEOS1003) in one walk over its syntax: each
/// node is visited once and decides the cyclomatic decision points, the cognitive increments (with the nesting
/// passed down from its parent) and, for nodes that span lines, the lines of code its tokens touch. A node that
/// fits on one line counts its line at once, without its tokens being enumerated.
/// <para>
/// This pass is the one implementation of the three metrics' counting rules: <see cref="CyclomaticComplexityCalculator"/>,
/// <see cref="CognitiveComplexityCalculator"/> and <see cref="FunctionLengthCalculator"/> describe the rules and are
/// entry points over it, for one metric at a time. Each metric covers its own parts of the declaration: the
/// cyclomatic complexity the body and a constructor initializer, the cognitive complexity every body and
/// initializer of the declaration, the length the body only.
/// </para>
/// <para>
/// The pieces a reader looks for live apart: the table of node kinds in <see cref="SyntaxKindTable"/>, the
/// nesting walk in <see cref="CognitiveNesting"/>, the increments in <see cref="CognitiveCharges"/>, the line
/// counter in <see cref="LineCounter"/>; <c>SyntaxMetricsCalculator.Pass.cs</c> holds the walk that asks them, once per node.
/// </para>
/// </summary>
internal static partial class SyntaxMetricsCalculator
{
    public static SyntaxMetrics Measure(
        FunctionDeclaration function,
        SyntaxMetricKinds kinds,
        FunctionLinesMode mode = FunctionLinesMode.Code,
        Func<InvocationExpressionSyntax, bool>? isRecursiveCall = null) =>
        new Pass(function.Body, kinds, isRecursiveCall, recordIncrements: false).Run(function.Declaration, mode);

    /// <summary>Same, with the cognitive increments in source order (for tests).</summary>
    public static (SyntaxMetrics Metrics, CognitiveComplexity Cognitive) MeasureWithIncrements(
        FunctionDeclaration function,
        FunctionLinesMode mode = FunctionLinesMode.Code,
        Func<InvocationExpressionSyntax, bool>? isRecursiveCall = null)
    {
        var pass = new Pass(function.Body, SyntaxMetricKinds.All, isRecursiveCall, recordIncrements: true);
        var metrics = pass.Run(function.Declaration, mode);
        return (metrics, pass.CognitiveComplexity());
    }

    /// <summary>
    /// The cognitive complexity of a declaration's code, with its increments in source order: a function's
    /// declaration (as <see cref="Measure"/> reads it), a variable's initializer, or any other node as a whole,
    /// at nesting level 0 (the arguments a primary constructor passes to its base type).
    /// </summary>
    public static CognitiveComplexity MeasureCognitive(SyntaxNode declaration, Func<InvocationExpressionSyntax, bool>? isRecursiveCall = null)
    {
        var pass = new Pass(null, SyntaxMetricKinds.CognitiveComplexity, isRecursiveCall, recordIncrements: true);
        pass.Run(declaration, FunctionLinesMode.Code);
        return pass.CognitiveComplexity();
    }

    /// <summary>The cyclomatic complexity of a node measured as a whole: 1 + the decision points in it and below it.</summary>
    public static int MeasureCyclomatic(SyntaxNode code) =>
        1 + new Pass(null, SyntaxMetricKinds.CyclomaticComplexity, null, recordIncrements: false).CountDecisions(code);
}
