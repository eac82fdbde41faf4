using System.Collections.Immutable;
using System.Linq;
using Aeos.Analyzers.Metrics;
using CsCheck;
using Xunit;
using static Aeos.Analyzers.Tests.Metrics.CognitiveComplexityMeasure;

namespace Aeos.Analyzers.Tests.Metrics;

/// <summary>
/// Property-based tests (CsCheck): random statement trees rendered to C#, checked against the specification's
/// invariants and against a model that scores the trees independently of the calculator. CsCheck shrinks a
/// failing tree and prints its C#.
/// </summary>
public sealed class CognitiveComplexityInvariantTests
{
    private const int Iterations = 150;

    /// <summary>The increments that pay the nesting level; all others are charged +1 at any depth.</summary>
    private static readonly ImmutableHashSet<CognitiveIncrementKind> NestingCharged = ImmutableHashSet.Create(
        CognitiveIncrementKind.If,
        CognitiveIncrementKind.Conditional,
        CognitiveIncrementKind.Switch,
        CognitiveIncrementKind.SwitchExpression,
        CognitiveIncrementKind.For,
        CognitiveIncrementKind.ForEach,
        CognitiveIncrementKind.While,
        CognitiveIncrementKind.Do,
        CognitiveIncrementKind.Catch);

    private static readonly Gen<Block> Trees = CognitiveComplexityModel.Blocks(3);

    [Fact]
    public void CalculatorAgreesWithTheModel()
    {
        Trees.Sample(
            tree => Assert.Equal(tree.Cost(0), Body(tree.RenderStatements()).Value),
            iter: Iterations,
            print: tree => tree.RenderStatements());
    }

    [Fact]
    public void WrappingInAnIfAddsOnePlusOneForEveryNestingChargedIncrementInside()
    {
        Trees.Sample(
            tree =>
            {
                var inner = Body(tree.RenderStatements());
                var wrapped = Body("if (a)\n{\n" + tree.RenderStatements() + "}");

                Assert.Equal(inner.Value + 1 + inner.Increments.Count(i => NestingCharged.Contains(i.Kind)), wrapped.Value);
                AssertNestedOneLevelDeeper(inner, wrapped.Increments.RemoveAt(0));
            },
            iter: Iterations,
            print: tree => tree.RenderStatements());
    }

    [Fact]
    public void WrappingInALambdaNestsWithoutAnIncrementOfItsOwn()
    {
        Trees.Sample(
            tree =>
            {
                var inner = Body(tree.RenderStatements());
                var wrapped = Body("Action f = () =>\n{\n" + tree.RenderStatements() + "};");

                Assert.Equal(inner.Value + inner.Increments.Count(i => NestingCharged.Contains(i.Kind)), wrapped.Value);
                AssertNestedOneLevelDeeper(inner, wrapped.Increments);
            },
            iter: Iterations,
            print: tree => tree.RenderStatements());
    }

    [Fact]
    public void AddingPlainStatementsAnywhereChangesNothing()
    {
        Trees.Sample(
            tree => Assert.Equal(Body(tree.RenderStatements()).Value, Body(tree.Padded().RenderStatements()).Value),
            iter: Iterations,
            print: tree => tree.RenderStatements());
    }

    [Fact]
    public void ValueIsTheNonNegativeSumOfItsIncrementsAndOnlyNestingChargedOnesPayNesting()
    {
        Trees.Sample(
            tree =>
            {
                var complexity = Body(tree.RenderStatements());

                Assert.True(complexity.Value >= 0);
                Assert.Equal(complexity.Increments.Sum(i => i.Amount), complexity.Value);
                Assert.All(complexity.Increments, i => Assert.True(i.Nesting >= 0 && (NestingCharged.Contains(i.Kind) || i.Nesting == 0), i.ToString()));
            },
            iter: Iterations,
            print: tree => tree.RenderStatements());
    }

    [Fact]
    public void AChainOfLikeLogicalOperatorsCostsOneWhateverItsLength()
    {
        Gen.Select(Gen.Int[2, 40], Gen.Bool, Gen.Int[0, 4]).Sample(
            (operands, isAnd, depth) =>
            {
                var chain = string.Join(isAnd ? " && " : " || ", Enumerable.Range(0, operands).Select(i => "v[" + i + "]"));
                var body = string.Concat(Enumerable.Repeat("while (a) {\n", depth)) + "var r = " + chain + ";\n" + new string('}', depth);

                Assert.Equal(1, Body(body).Value - Enumerable.Range(1, depth).Sum());
            },
            iter: Iterations);
    }

    [Fact]
    public void AnElseIfChainCostsOnePerBranchBeyondTheFirstIfAtAnyDepth()
    {
        Gen.Select(Gen.Int[0, 6], Gen.Bool, Gen.Int[0, 4]).Sample(
            (elseIfs, withElse, depth) =>
            {
                var chain = "if (a) { }" + string.Concat(Enumerable.Repeat(" else if (b) { }", elseIfs)) + (withElse ? " else { }" : string.Empty);
                var body = string.Concat(Enumerable.Repeat("for (;;) {\n", depth)) + chain + "\n" + new string('}', depth);
                var loops = Enumerable.Range(1, depth).Sum();

                Assert.Equal(1 + depth + elseIfs + (withElse ? 1 : 0), Body(body).Value - loops);
            },
            iter: Iterations);
    }

    /// <summary>Same increments in the same order; the nesting-charged ones one level deeper, the others unchanged.</summary>
    private static void AssertNestedOneLevelDeeper(CognitiveComplexity inner, ImmutableArray<CognitiveIncrement> wrapped)
    {
        Assert.Equal(inner.Increments.Select(i => i.Kind), wrapped.Select(i => i.Kind));
        Assert.Equal(
            inner.Increments.Select(i => NestingCharged.Contains(i.Kind) ? i.Nesting + 1 : 0),
            wrapped.Select(i => i.Nesting));
    }
}
