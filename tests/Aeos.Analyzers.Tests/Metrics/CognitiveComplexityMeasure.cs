using System;
using System.Linq;
using Aeos.Analyzers.Metrics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Tests.Metrics;

/// <summary>Runs the pure calculator on the first method of a source text (checking that the pass over all three metrics agrees) and shows its increments.</summary>
internal static class CognitiveComplexityMeasure
{
    /// <summary>Measures the first method declared in <paramref name="members"/>, placed inside <c>class C</c>.</summary>
    public static CognitiveComplexity Method(string members, Func<InvocationExpressionSyntax, bool>? isRecursiveCall = null)
    {
        var source = "using System;\nusing System.Collections.Generic;\n\npublic class C\n{\n" + members + "\n}\n";
        var method = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First();
        if (FunctionDeclaration.TryCreate(method, out var function))
        {
            SyntaxMetricsAgreement.AssertAgrees(function, isRecursiveCall);
        }

        return CognitiveComplexityCalculator.Measure(method, isRecursiveCall);
    }

    /// <summary>Measures <paramref name="statements"/> as the body of <c>void M(bool a, bool b, bool c, bool d, int x, object o)</c>.</summary>
    public static CognitiveComplexity Body(string statements) =>
        Method("void M(bool a, bool b, bool c, bool d, int x, object o)\n{\n" + statements + "\n}");

    /// <summary>The increments as text, in source order: <c>If+1 ElseIf+1 Else+1</c>.</summary>
    public static string Trace(CognitiveComplexity complexity) =>
        string.Join(" ", complexity.Increments.Select(i => i.ToString().Replace(" ", string.Empty, StringComparison.Ordinal)));

    /// <summary>A recursion predicate by name only, for calculator tests that have no semantic model.</summary>
    public static Func<InvocationExpressionSyntax, bool> CallsNamed(string name) =>
        invocation => invocation.Expression is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name;
}
