using System;
using System.Linq;
using Aeos.Analyzers.Configuration;
using Aeos.Analyzers.Metrics;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Aeos.Analyzers.Tests.Metrics;

/// <summary>
/// Checks that a metric of <see cref="SyntaxMetricsCalculator"/> does not depend on the metrics asked for with it:
/// the pass over all three, as the analyzer runs it, gives for a function exactly what the three per-metric
/// calculators give, each of which asks the pass for its metric alone: the same numbers and the same cognitive
/// increments. There is one implementation of the rules; what this compares is the pass's handling of the
/// metrics asked for (a node on one line counts its line without being walked for the length, parts of the
/// declaration that only some metrics read). The calculator tests call it on every function they measure.
/// </summary>
internal static class SyntaxMetricsAgreement
{
    public static void AssertAgrees(FunctionDeclaration function, Func<InvocationExpressionSyntax, bool>? isRecursiveCall = null)
    {
        var where = function.Declaration.SyntaxTree.FilePath + " at " + function.IdentifierLocation.GetLineSpan().StartLinePosition;
        var (metrics, cognitive) = SyntaxMetricsCalculator.MeasureWithIncrements(function, FunctionLinesMode.Code, isRecursiveCall);
        var physical = SyntaxMetricsCalculator.Measure(function, SyntaxMetricKinds.Length, FunctionLinesMode.Physical);
        var expected = CognitiveComplexityCalculator.Measure(function, isRecursiveCall);

        Assert.True(CyclomaticComplexityCalculator.Measure(function) == metrics.CyclomaticComplexity, "cyclomatic complexity of " + where);
        Assert.True(expected.Value == metrics.CognitiveComplexity, "cognitive complexity of " + where);
        Assert.True(Trace(expected) == Trace(cognitive), "cognitive increments of " + where);
        Assert.True(FunctionLengthCalculator.Measure(function, FunctionLinesMode.Code) == metrics.Length, "code lines of " + where);
        Assert.True(FunctionLengthCalculator.Measure(function, FunctionLinesMode.Physical) == physical.Length, "physical lines of " + where);
    }

    private static string Trace(CognitiveComplexity complexity) =>
        string.Join(" ", complexity.Increments.Select(i => i.Kind + "@" + i.Token.SpanStart + "+" + i.Amount));
}
