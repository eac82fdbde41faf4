using System.Linq;
using Aeos.Analyzers.Metrics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Aeos.Analyzers.Tests.Metrics;

/// <summary>The pure calculator, construct by construct: what adds a decision point and what does not.</summary>
public sealed class CyclomaticComplexityCalculatorTests
{
    [Theory]
    [InlineData("void M() { }", 1)]
    [InlineData("int M(int a) => a;", 1)]
    [InlineData("void M(bool a) { if (a) { } }", 2)]
    [InlineData("void M(bool a) { if (a) { } else { } }", 2)]
    [InlineData("void M(int a) { if (a > 0) { } else if (a < 0) { } else { } }", 3)]
    [InlineData("void M() { if (true) { } }", 2)]
    [InlineData("int M(bool a) => a ? 1 : 0;", 2)]
    [InlineData("int M(bool a, bool b) => a ? b ? 1 : 2 : 3;", 3)]
    [InlineData("void M(int a) { while (a > 0) a--; }", 2)]
    [InlineData("void M(int a) { do a--; while (a > 0); }", 2)]
    [InlineData("void M() { for (var i = 0; i < 3; i++) { } }", 2)]
    [InlineData("void M() { for (;;) { } }", 2)]
    [InlineData("void M(int[] a) { foreach (var x in a) { } }", 2)]
    [InlineData("void M((int, int)[] a) { foreach (var (x, y) in a) { } }", 2)]
    [InlineData("void M(bool a, bool b) { var c = a && b; }", 2)]
    [InlineData("void M(bool a, bool b, bool c) { var d = a && b || c; }", 3)]
    [InlineData("void M(bool a, bool b) { var c = !(a && b); }", 2)]
    [InlineData("string M(string a) => a ?? \"\";", 2)]
    [InlineData("int? M(string a) => a?.Length;", 2)]
    [InlineData("char? M(string a) => a?[0];", 2)]
    [InlineData("int? M(string a) => a?.Trim()?.Length;", 3)]
    [InlineData("int M(string a) => a?.Length ?? throw new System.Exception();", 3)]
    public void CountsEachDecisionPoint(string member, int expected)
    {
        Assert.Equal(expected, MeasureMember(member));
    }

    [Theory]
    [InlineData("void M(int a) { switch (a) { case 1: break; case 2: case 3: break; default: break; } }", 5)]
    [InlineData("void M(object o) { switch (o) { case int i when i > 0: break; case string: break; } }", 3)]
    [InlineData("void M(int a) { switch (a) { default: break; } }", 2)]
    [InlineData("int M(int a) => a switch { 1 => 1, 2 => 2, _ => 0 };", 3)]
    [InlineData("int M(int a) => a switch { 1 => 1, _ when a > 5 => 2, _ => 0 };", 3)]
    [InlineData("bool M(int a) => a is 1 or 2;", 2)]
    [InlineData("bool M(int a) => a is > 0 and < 10 or 20;", 3)]
    [InlineData("bool M(object o) => o is not null;", 1)]
    [InlineData("bool M(object o) => o is string { Length: > 0 };", 1)]
    public void SwitchesAndPatterns(string member, int expected)
    {
        Assert.Equal(expected, MeasureMember(member));
    }

    [Theory]
    [InlineData("void M() { try { } catch (System.ArgumentException) { } catch { } finally { } }", 1)]
    [InlineData("void M() { try { } catch (System.Exception e) when (e.Message != null) { } }", 1)]
    [InlineData("void M(System.IDisposable d) { using (d) { lock (d) { } } }", 1)]
    [InlineData("void M(int a) { l: a--; goto l; }", 1)]
    [InlineData("void M(string a) { a ??= \"\"; }", 1)]
    [InlineData("bool M(bool a, bool b) => a & b | a ^ b;", 1)]
    [InlineData("void M(bool a, bool b) { a &= b; a |= b; }", 1)]
    [InlineData("System.Collections.Generic.IEnumerable<int> M() { yield return 1; }", 1)]
    public void ConstructsWithoutDecisionPoints(string member, int expected)
    {
        Assert.Equal(expected, MeasureMember(member));
    }

    [Theory]
    [InlineData("int M(int[] a) => System.Linq.Enumerable.Count(a, x => x > 0 && x < 5);", 2)]
    [InlineData("void M() { System.Func<int, int> f = delegate (int v) { return v > 0 ? 1 : 0; }; }", 2)]
    [InlineData("void M() { System.Action a = () => { System.Func<int, int> f = x => x > 0 ? 1 : 0; }; }", 2)]
    [InlineData("int M(int a) { return L(a); int L(int b) => b > 0 ? 1 : 0; }", 2)]
    [InlineData("int M(int a) { return L(a); static int L(int b) { return K(b) ?? 0; int? K(int c) => c > 0 ? c : null; } }", 3)]
    public void LambdasAndLocalFunctionsCountTowardTheirContainer(string member, int expected)
    {
        Assert.Equal(expected, MeasureMember(member));
    }

    [Fact]
    public void DisabledCodeIsNotCounted()
    {
        const string member = "void M(int a)\n{\n#if NEVER_DEFINED\n    if (a > 0) { }\n#else\n    while (a > 0) a--;\n#endif\n}";

        Assert.Equal(2, MeasureMember(member));
    }

    [Fact]
    public void ConstructorInitializerIsPartOfTheConstructor()
    {
        var root = Parse("class B { public B(int x) { } }\nclass C : B { public C(int? a) : base(a ?? 0) { if (a > 1) { } } }");
        var constructor = root.DescendantNodes().OfType<ConstructorDeclarationSyntax>().Last();
        Assert.True(FunctionDeclaration.TryCreate(constructor, out var function));

        Assert.Equal(3, CyclomaticComplexityCalculator.Measure(function));
    }

    [Theory]
    [InlineData("record R(int X) : B(X > 0 ? 1 : 2);", 2)]
    [InlineData("class P(int x) : B(x) { private int _y = x > 1 ? 1 : 0; }", 1)]
    [InlineData("record struct S(int X);", 1)]
    public void PrimaryConstructorCountsItsBaseArguments(string declaration, int expected)
    {
        var type = Parse("record B(int Z);\n" + declaration).DescendantNodes().OfType<TypeDeclarationSyntax>().Last();

        Assert.Equal(expected, CyclomaticComplexityCalculator.MeasurePrimaryConstructor(type));
    }

    [Fact]
    public void TopLevelStatementsCountOnlyTheStatements()
    {
        var root = Parse("var a = args.Length > 0 ? 1 : 0;\nif (a > 0) { }\nclass Helper { void M(bool b) { if (b) { } } }");
        Assert.True(FunctionDeclaration.TryCreate(root, out var function));

        Assert.Equal(3, CyclomaticComplexityCalculator.Measure(function));
    }

    [Fact]
    public void BrokenCodeIsMeasuredWithoutFailing()
    {
        var method = Parse("class C\n{\n    void M(int a)\n    {\n        if (a > \n").DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        Assert.True(FunctionDeclaration.TryCreate(method, out var function));

        Assert.Equal(2, CyclomaticComplexityCalculator.Measure(function));
    }

    private static int MeasureMember(string member)
    {
        var node = Parse("class C\n{\n" + member + "\n}\n").DescendantNodes().First(n => n.IsKind(SyntaxKind.MethodDeclaration));
        Assert.True(FunctionDeclaration.TryCreate(node, out var function));
        SyntaxMetricsAgreement.AssertAgrees(function);
        return CyclomaticComplexityCalculator.Measure(function);
    }

    private static SyntaxNode Parse(string source) =>
        CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview)).GetRoot();
}
