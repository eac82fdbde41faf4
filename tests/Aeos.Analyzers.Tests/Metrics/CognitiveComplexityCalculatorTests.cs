using System.Linq;
using Aeos.Analyzers.Metrics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using static Aeos.Analyzers.Tests.Metrics.CognitiveComplexityMeasure;

namespace Aeos.Analyzers.Tests.Metrics;

/// <summary>The pure calculator, one test per increment rule of RULES.md (AEOS1002), each with its nesting behaviour.</summary>
public sealed class CognitiveComplexityCalculatorTests
{
    [Theory]
    [InlineData("if (a) { }", "If+1")]
    [InlineData("if (a) { if (b) { } }", "If+1 If+2")]
    [InlineData("if (a) { if (b) { if (c) { } } }", "If+1 If+2 If+3")]
    [InlineData("if (a) { } if (b) { }", "If+1 If+1")]
    [InlineData("if (a) return;", "If+1")]
    public void IfAddsOnePlusNesting(string body, string trace)
    {
        Assert.Equal(trace, Trace(Body(body)));
    }

    [Theory]
    [InlineData("if (a) { } else { }", "If+1 Else+1")]
    [InlineData("if (a) { } else if (b) { } else { }", "If+1 ElseIf+1 Else+1")]
    [InlineData("if (a) { } else if (b) { } else if (c) { } else if (d) { }", "If+1 ElseIf+1 ElseIf+1 ElseIf+1")]
    [InlineData("while (a) { if (b) { } else if (c) { } else { } }", "While+1 If+2 ElseIf+1 Else+1")]
    [InlineData("if (a) { } else if (b) { if (c) { } }", "If+1 ElseIf+1 If+2")]
    [InlineData("if (a) { } else { if (b) { } }", "If+1 Else+1 If+2")]
    public void ElseIfAndElseAddOneWithoutNestingAndNestTheirBodiesLikeTheIf(string body, string trace)
    {
        Assert.Equal(trace, Trace(Body(body)));
    }

    [Theory]
    [InlineData("var r = a ? 1 : 2;", "Conditional+1")]
    [InlineData("var r = a ? (b ? 1 : 2) : 3;", "Conditional+1 Conditional+2")]
    [InlineData("var r = a ? 1 : b ? 2 : 3;", "Conditional+1 Conditional+2")]
    [InlineData("if (a) { var r = b ? 1 : 2; }", "If+1 Conditional+2")]
    public void ConditionalOperatorAddsOnePlusNestingAndNestsItsBranches(string body, string trace)
    {
        Assert.Equal(trace, Trace(Body(body)));
    }

    [Theory]
    [InlineData("switch (x) { case 1: break; case 2: break; case 3: break; default: break; }", "Switch+1")]
    [InlineData("if (a) { switch (x) { case 1: break; } }", "If+1 Switch+2")]
    [InlineData("switch (x) { case 1: if (a) { } break; }", "Switch+1 If+2")]
    [InlineData("switch (x) { case 1 when a && b: break; }", "Switch+1 LogicalOperators+1")]
    public void SwitchStatementAddsOnePlusNestingOnceForTheWholeSwitch(string body, string trace)
    {
        Assert.Equal(trace, Trace(Body(body)));
    }

    [Theory]
    [InlineData("var r = x switch { 1 => \"one\", 2 => \"two\", _ => \"many\" };", "SwitchExpression+1")]
    [InlineData("var r = x switch { 1 => a ? 1 : 2, _ => 0 };", "SwitchExpression+1 Conditional+2")]
    [InlineData("if (a) { var r = x switch { _ => 0 }; }", "If+1 SwitchExpression+2")]
    [InlineData("var r = x switch { 1 or 2 => 0, _ => 1 };", "SwitchExpression+1 PatternCombinators+1")]
    public void SwitchExpressionAddsOnePlusNestingOnceForTheWholeSwitch(string body, string trace)
    {
        Assert.Equal(trace, Trace(Body(body)));
    }

    [Theory]
    [InlineData("for (var i = 0; i < x; i++) { if (a) { } }", "For+1 If+2")]
    [InlineData("foreach (var i in new[] { 1 }) { if (a) { } }", "ForEach+1 If+2")]
    [InlineData("foreach (var (k, v) in new[] { (1, 2) }) { if (a) { } }", "ForEach+1 If+2")]
    [InlineData("await foreach (var i in Items()) { if (a) { } }", "ForEach+1 If+2")]
    [InlineData("while (a) { if (b) { } }", "While+1 If+2")]
    [InlineData("do { if (b) { } } while (a);", "Do+1 If+2")]
    [InlineData("if (a) { for (;;) { while (b) { do { } while (c); } } }", "If+1 For+2 While+3 Do+4")]
    [InlineData("for (;;) { if (a) break; if (b) continue; }", "For+1 If+2 If+2")]
    public void EveryLoopAddsOnePlusNestingAndNestsItsBody(string body, string trace)
    {
        Assert.Equal(trace, Trace(Body(body)));
    }

    [Theory]
    [InlineData("try { } catch (Exception) { }", "Catch+1")]
    [InlineData("try { } catch (ArgumentException) { } catch (Exception) { }", "Catch+1 Catch+1")]
    [InlineData("try { if (a) { } } catch { if (b) { } } finally { if (c) { } }", "If+1 Catch+1 If+2 If+1")]
    [InlineData("if (a) { try { } catch { } }", "If+1 Catch+2")]
    [InlineData("try { } catch (Exception e) when (a && e != null) { }", "Catch+1 LogicalOperators+1")]
    public void CatchAddsOnePlusNestingWhileTryAndFinallyAddNothing(string body, string trace)
    {
        Assert.Equal(trace, Trace(Body(body)));
    }

    [Theory]
    [InlineData("goto end; end: return;", "Goto+1")]
    [InlineData("if (a) { if (b) { goto end; } } end: return;", "If+1 If+2 Goto+1")]
    [InlineData("switch (x) { case 1: goto case 2; case 2: goto default; default: break; }", "Switch+1 Goto+1 Goto+1")]
    public void GotoAddsOneWithoutNesting(string body, string trace)
    {
        Assert.Equal(trace, Trace(Body(body)));
    }

    [Theory]
    [InlineData("a && b", 1)]
    [InlineData("a && b && c && d", 1)]
    [InlineData("a || b || c", 1)]
    [InlineData("a && b || c", 2)]
    [InlineData("a && b || c && d", 3)]
    [InlineData("a && b && c || d || b && c", 3)]
    [InlineData("!(a && b)", 1)]
    [InlineData("a && !(b && c)", 2)]
    [InlineData("(a && b) && c", 1)]
    [InlineData("a && (b && c)", 1)]
    [InlineData("a && (b || c)", 2)]
    [InlineData("a & b | c ^ d", 0)]
    [InlineData("a == b != c", 0)]
    public void EachSequenceOfLikeLogicalOperatorsAddsOne(string condition, int expected)
    {
        var complexity = Body("var r = " + condition + ";");

        Assert.Equal(expected, complexity.Value);
        Assert.All(complexity.Increments, i => Assert.Equal(CognitiveIncrementKind.LogicalOperators, i.Kind));
    }

    [Theory]
    [InlineData("x is 1 or 2", 1)]
    [InlineData("x is 1 or 2 or 3", 1)]
    [InlineData("x is > 0 and < 10", 1)]
    [InlineData("x is > 0 and < 10 or 20", 2)]
    [InlineData("x is (1 or 2) or 3", 1)]
    [InlineData("x is not 0", 0)]
    [InlineData("o is string { Length: > 0 }", 0)]
    public void EachSequenceOfLikePatternCombinatorsAddsOne(string condition, int expected)
    {
        var complexity = Body("var r = " + condition + ";");

        Assert.Equal(expected, complexity.Value);
        Assert.All(complexity.Increments, i => Assert.Equal(CognitiveIncrementKind.PatternCombinators, i.Kind));
    }

    [Theory]
    [InlineData("int F(int n) { return n <= 1 ? 1 : n * F(n - 1); }", "Conditional+1 Recursion+1")]
    [InlineData("int F(int n) { if (n > 0) { return F(n - 1) + F(n - 2); } return 0; }", "If+1 Recursion+1")]
    [InlineData("int F(int n) { if (n > 2) { return F(n - 1); } if (n > 1) { return F(n - 2) * F(n - 3); } return 0; }", "If+1 Recursion+1 If+1")]
    [InlineData("int F(int n) { return Other(n); } int Other(int n) => n;", "")]
    public void ARecursiveFunctionAddsOneOnceWithoutNesting(string method, string trace)
    {
        Assert.Equal(trace, Trace(Method(method, CallsNamed("F"))));
    }

    [Fact]
    public void WithoutARecursionPredicateNoCallIsRecursive()
    {
        Assert.Equal(0, Method("int F(int n) { return F(n - 1); }").Value);
    }

    [Theory]
    [InlineData("Action f = () => { if (a) { } };", "If+2")]
    [InlineData("Func<int, int> f = n => a ? n : 0;", "Conditional+2")]
    [InlineData("Action f = delegate { if (a) { } };", "If+2")]
    [InlineData("Action f = () => { Action g = () => { if (a) { } }; };", "If+3")]
    [InlineData("void Local() { if (a) { } } Local();", "If+2")]
    [InlineData("if (a) { int Local(int n) => b ? n : 0; }", "If+1 Conditional+3")]
    [InlineData("static int Local(int n) { while (n > 0) { n--; } return n; }", "While+2")]
    public void LambdasAnonymousMethodsAndLocalFunctionsNestWithoutAnIncrement(string body, string trace)
    {
        Assert.Equal(trace, Trace(Body(body)));
    }

    [Theory]
    [InlineData("try { x++; } finally { x--; }")]
    [InlineData("using (var s = new System.IO.MemoryStream()) { x++; }")]
    [InlineData("lock (o) { x++; }")]
    [InlineData("var s = o?.ToString() ?? \"none\"; s ??= \"other\";")]
    [InlineData("checked { x++; } unchecked { x--; } { x++; }")]
    [InlineData("return;")]
    [InlineData("throw new InvalidOperationException();")]
    public void ConstructsWithoutAnIncrementAddNothing(string body)
    {
        Assert.Equal(0, Body(body).Value);
    }

    [Theory]
    [InlineData("lock (o) { if (a) { } }", "If+1")]
    [InlineData("using (var s = new System.IO.MemoryStream()) { if (a) { } }", "If+1")]
    [InlineData("{ { if (a) { } } }", "If+1")]
    [InlineData("try { try { if (a) { } } finally { } } finally { }", "If+1")]
    public void BlocksTryUsingAndLockDoNotNest(string body, string trace)
    {
        Assert.Equal(trace, Trace(Body(body)));
    }

    [Theory]
    [InlineData("if (a ? b : c) { }", "If+1 Conditional+1")]
    [InlineData("while (a && b) { }", "While+1 LogicalOperators+1")]
    [InlineData("if (a) { while (b ? c : d) { } }", "If+1 While+2 Conditional+2")]
    [InlineData("switch (a ? 1 : 2) { default: break; }", "Switch+1 Conditional+1")]
    public void ConditionsAndHeadersAreReadAtTheLevelOfTheirStructure(string body, string trace)
    {
        Assert.Equal(trace, Trace(Body(body)));
    }

    [Fact]
    public void TopLevelStatementsAreMeasuredWithoutTheTypesOfTheFile()
    {
        var tree = CSharpSyntaxTree.ParseText("var a = args.Length > 0;\nif (a) { }\nclass Helper { void M(bool b) { if (b) { } } }\n");
        Assert.True(FunctionDeclaration.TryCreate(tree.GetRoot(), out var function));

        Assert.Equal("If+1", Trace(CognitiveComplexityCalculator.Measure(function)));
    }

    [Fact]
    public void ConstructorInitializerCounts()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { C(bool a) : this(a ? 1 : 0) { if (a) { } } C(int x) { } }");
        var constructor = tree.GetRoot().DescendantNodes().OfType<ConstructorDeclarationSyntax>().First();

        Assert.Equal("Conditional+1 If+1", Trace(CognitiveComplexityCalculator.Measure(constructor)));
    }

    [Fact]
    public void ValueIsTheSumOfTheIncrementsAndTokensAreTheKeywords()
    {
        var complexity = Body("if (a) { foreach (var i in new[] { 1 }) { var r = b && c; } } else { }");

        Assert.Equal(5, complexity.Value);
        Assert.Equal("if foreach && else", string.Join(" ", complexity.Increments.Select(i => i.Token.Text)));
    }

    [Fact]
    public void LongOperatorChainsAreMeasuredWithoutDeepRecursion()
    {
        var sum = string.Join(" + ", Enumerable.Repeat("x", 20_000));
        var conjunction = string.Join(" && ", Enumerable.Repeat("a", 20_000));

        Assert.Equal("LogicalOperators+1", Trace(Body("var s = " + sum + ";\nvar r = " + conjunction + ";")));
    }

    [Fact]
    public void BrokenCodeIsMeasuredWithoutFailing()
    {
        var complexity = Body("if (a { while (b) for (");

        Assert.True(complexity.Value >= 2);
    }
}
