using System.Linq;
using Aeos.Analyzers.Configuration;
using Aeos.Analyzers.Metrics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Aeos.Analyzers.Tests.Metrics;

/// <summary>The pure calculator, construct by construct, in both counting modes.</summary>
public sealed class FunctionLengthCalculatorTests
{
    [Theory]
    [InlineData("void M() { }", 0, 0)]
    [InlineData("void M() { Run(); }", 1, 1)]
    [InlineData("void M()\n{\n}", 0, 0)]
    [InlineData("void M()\n{\n\n}", 0, 1)]
    [InlineData("void M()\n{\n    Run();\n}", 1, 1)]
    [InlineData("void M()\n{   Run();\n    Run();   }", 2, 2)]
    [InlineData("void M()\n{\n    Run();\n\n    // note\n    Run();\n}", 2, 4)]
    [InlineData("void M()\n{\n    /* one\n       two */\n    Run();\n}", 1, 3)]
    [InlineData("void M()\n{\n#if NEVER\n    Run();\n#endif\n    Run();\n}", 1, 4)]
    [InlineData("void M()\n{\n    Run(1,\n        2);\n}", 2, 2)]
    [InlineData("string M()\n{\n    return @\"a\nb\nc\";\n}", 3, 3)]
    [InlineData("int M() => 1;", 1, 1)]
    [InlineData("int M() =>\n    1 +\n    // note\n    2;", 2, 3)]
    public void CountsCodeAndPhysicalLines(string method, int codeLines, int physicalLines)
    {
        var function = Function("class C\n{\n" + method + "\n}\n");

        Assert.Equal(codeLines, FunctionLengthCalculator.Measure(function, FunctionLinesMode.Code));
        Assert.Equal(physicalLines, FunctionLengthCalculator.Measure(function, FunctionLinesMode.Physical));
    }

    [Fact]
    public void PhysicalIsNeverLessThanCode()
    {
        foreach (var source in new[] { "void M() { A(); B(); }", "void M()\n{ A();\n\n B(); }", "void M()\n{\n A();\n}" })
        {
            var function = Function("class C\n{\n" + source + "\n}\n");
            Assert.True(
                FunctionLengthCalculator.Measure(function, FunctionLinesMode.Physical) >= FunctionLengthCalculator.Measure(function, FunctionLinesMode.Code),
                source);
        }
    }

    [Fact]
    public void TopLevelStatementsCountFromFirstToLastStatement()
    {
        var tree = CSharpSyntaxTree.ParseText("using System;\n\nvar x = 1;\n\n// note\nConsole.WriteLine(x);\n\nclass Helper { }\n");
        Assert.True(FunctionDeclaration.TryCreate(tree.GetRoot(), out var function));

        Assert.Equal(2, FunctionLengthCalculator.Measure(function, FunctionLinesMode.Code));
        Assert.Equal(4, FunctionLengthCalculator.Measure(function, FunctionLinesMode.Physical));
    }

    [Fact]
    public void BrokenCodeIsMeasuredWithoutFailing()
    {
        var tree = CSharpSyntaxTree.ParseText("class C\n{\n    void M()\n    {\n        Run(\n");
        var node = tree.GetRoot().DescendantNodes().First(n => n.IsKind(SyntaxKind.MethodDeclaration));
        Assert.True(FunctionDeclaration.TryCreate(node, out var function));

        Assert.Equal(1, FunctionLengthCalculator.Measure(function, FunctionLinesMode.Code));
    }

    private static FunctionDeclaration Function(string source)
    {
        var node = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().First(n => n.IsKind(SyntaxKind.MethodDeclaration));
        Assert.True(FunctionDeclaration.TryCreate(node, out var function));
        SyntaxMetricsAgreement.AssertAgrees(function);
        return function;
    }
}
