using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Aeos.Analyzers.Metrics;
using Aeos.Analyzers.Tests.Differential;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using Aeos.Tests.Shared;

namespace Aeos.Analyzers.Tests.Metrics;

/// <summary>
/// The one-pass calculator asked for all three metrics against the per-metric calculators, which ask it for one
/// metric each (<see cref="SyntaxMetricsAgreement"/>), over a large body of real code.
/// </summary>
public sealed class SyntaxMetricsCalculatorTests
{
    [Fact]
    public void AgreesWithEachCalculatorOnEveryFunctionOfTheRepositoryAndTheDifferentialCorpus()
    {
        var functions = Sources().SelectMany(Functions).ToList();

        Assert.True(functions.Count > 1500, functions.Count + " functions");
        foreach (var function in functions)
        {
            SyntaxMetricsAgreement.AssertAgrees(function, CallsItsOwnName(function));
        }
    }

    [Fact]
    public void ComputesOnlyTheMetricsAskedFor()
    {
        var function = Functions(CSharpSyntaxTree.ParseText("class C\n{\n    int M(bool a)\n    {\n        if (a && a) { return 1; }\n        return 0;\n    }\n}\n")).Single();

        var lengthOnly = SyntaxMetricsCalculator.Measure(function, SyntaxMetricKinds.Length);
        var complexities = SyntaxMetricsCalculator.Measure(function, SyntaxMetricKinds.CyclomaticComplexity | SyntaxMetricKinds.CognitiveComplexity);

        Assert.Equal((0, 0, 2), (lengthOnly.CyclomaticComplexity, lengthOnly.CognitiveComplexity, lengthOnly.Length));
        Assert.Equal((3, 2, 0), (complexities.CyclomaticComplexity, complexities.CognitiveComplexity, complexities.Length));
    }

    [Fact]
    public void AgreesOnALongChainOfOperatorsAndElseIfs()
    {
        var terms = string.Join(" + ", Enumerable.Range(0, 5000).Select(i => "a" + (i % 7 == 0 ? " ?? 1" : string.Empty)));
        var chain = string.Concat(Enumerable.Range(0, 200).Select(i => "if (x == " + i + ") { y++; }\n        else "));
        var source = "class C\n{\n    int M(int? a, int x, int y)\n    {\n        " + chain + "{ y--; }\n        return " + terms + ";\n    }\n}\n";

        SyntaxMetricsAgreement.AssertAgrees(Functions(CSharpSyntaxTree.ParseText(source)).Single());
    }

    private static IEnumerable<SyntaxTree> Sources()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var folders = new[] { "src", "tests", "benchmarks", "samples" }.Select(f => RepositoryPaths.Combine(f)).Where(Directory.Exists);
        var files = folders
            .SelectMany(f => Directory.EnumerateFiles(f, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        var generated = new CorpusGenerator(1001).Generate(classes: 25, membersPerClass: 10);
        return files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, path: f))
            .Concat(generated.Select(g => CSharpSyntaxTree.ParseText(g.Text, parse, path: g.Name)));
    }

    private static IEnumerable<FunctionDeclaration> Functions(SyntaxTree tree)
    {
        foreach (var node in tree.GetRoot().DescendantNodesAndSelf())
        {
            if (FunctionDeclaration.TryCreate(node, out var function))
            {
                yield return function;
            }
        }
    }

    /// <summary>Recursion by name alone (no semantic model here), so that the recursion increments are compared too.</summary>
    private static Func<InvocationExpressionSyntax, bool> CallsItsOwnName(FunctionDeclaration function)
    {
        var name = function.Declaration switch
        {
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            LocalFunctionStatementSyntax local => local.Identifier.ValueText,
            _ => null,
        };
        return invocation => invocation.Expression is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name;
    }
}
