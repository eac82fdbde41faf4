using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers.Metrics;

/// <summary>What a cognitive complexity increment was charged for.</summary>
internal enum CognitiveIncrementKind
{
    /// <summary><c>if</c>, not the <c>if</c> of an <c>else if</c>: +1 plus nesting.</summary>
    If,

    /// <summary><c>else if</c>: +1.</summary>
    ElseIf,

    /// <summary><c>else</c>: +1.</summary>
    Else,

    /// <summary>The conditional operator <c>?:</c>: +1 plus nesting.</summary>
    Conditional,

    /// <summary>A <c>switch</c> statement, once for the whole switch: +1 plus nesting.</summary>
    Switch,

    /// <summary>A <c>switch</c> expression, once for the whole switch: +1 plus nesting.</summary>
    SwitchExpression,

    /// <summary><c>for</c>: +1 plus nesting.</summary>
    For,

    /// <summary><c>foreach</c>, deconstructing or not, <c>await foreach</c> too: +1 plus nesting.</summary>
    ForEach,

    /// <summary><c>while</c>: +1 plus nesting.</summary>
    While,

    /// <summary><c>do … while</c>: +1 plus nesting.</summary>
    Do,

    /// <summary><c>catch</c>: +1 plus nesting.</summary>
    Catch,

    /// <summary><c>goto</c>, <c>goto case</c>, <c>goto default</c>: +1, no nesting (the paper's rule).</summary>
    Goto,

    /// <summary>A sequence of like binary logical operators, <c>&amp;&amp;</c> or <c>||</c>: +1.</summary>
    LogicalOperators,

    /// <summary>A sequence of like pattern combinators, <c>and</c> or <c>or</c>: +1.</summary>
    PatternCombinators,

    /// <summary>A call of the function itself, or of a local function from inside that local function: +1.</summary>
    Recursion,
}

/// <summary>One increment of a function's cognitive complexity, with the token it is charged on.</summary>
internal readonly struct CognitiveIncrement
{
    public CognitiveIncrement(CognitiveIncrementKind kind, SyntaxToken token, int nesting)
    {
        Kind = kind;
        Token = token;
        Nesting = nesting;
    }

    public CognitiveIncrementKind Kind { get; }

    /// <summary>The keyword or operator the increment is charged on.</summary>
    public SyntaxToken Token { get; }

    /// <summary>The nesting charge: the nesting level for the structures that pay it, 0 for the others.</summary>
    public int Nesting { get; }

    /// <summary>What the increment adds: 1 plus <see cref="Nesting"/>.</summary>
    public int Amount => 1 + Nesting;

    public override string ToString() => Kind + " +" + Amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The cognitive complexity of a function and the increments that make it up, in source order.</summary>
internal sealed class CognitiveComplexity
{
    public CognitiveComplexity(ImmutableArray<CognitiveIncrement> increments)
    {
        Increments = increments;
        var value = 0;
        foreach (var increment in increments)
        {
            value += increment.Amount;
        }

        Value = value;
    }

    /// <summary>The sum of the increments' amounts.</summary>
    public int Value { get; }

    public ImmutableArray<CognitiveIncrement> Increments { get; }
}
