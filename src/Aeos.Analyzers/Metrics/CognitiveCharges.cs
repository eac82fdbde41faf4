using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Metrics;

/// <summary>The cognitive increment one node is charged: its kind, the token it is shown on, whether nesting adds to it.</summary>
internal readonly struct CognitiveCharge
{
    public CognitiveCharge(CognitiveIncrementKind kind, SyntaxToken token, bool nests)
    {
        Kind = kind;
        Token = token;
        Nests = nests;
    }

    public CognitiveIncrementKind Kind { get; }

    public SyntaxToken Token { get; }

    /// <summary>Whether the increment grows with the nesting level (structures) or is a flat +1 (else, operators, goto, recursion).</summary>
    public bool Nests { get; }
}

/// <summary>
/// What each node is charged by the cognitive complexity (the rules <see cref="CognitiveComplexityCalculator"/>
/// describes), for the pass of <see cref="SyntaxMetricsCalculator"/>, which supplies the nesting level.
/// </summary>
internal static class CognitiveCharges
{
    /// <summary>
    /// The increment <paramref name="node"/> itself is charged, if any; <paramref name="isRecursiveCall"/>
    /// null when recursion is not charged (any more).
    /// </summary>
    public static CognitiveCharge? Of(SyntaxNode node, Func<InvocationExpressionSyntax, bool>? isRecursiveCall) => node switch
    {
        IfStatementSyntax s => s.Parent is ElseClauseSyntax ? null : Nesting(CognitiveIncrementKind.If, s.IfKeyword), // an `else if` is charged on its `else`
        ElseClauseSyntax e => Flat(e.Statement is IfStatementSyntax ? CognitiveIncrementKind.ElseIf : CognitiveIncrementKind.Else, e.ElseKeyword),
        ConditionalExpressionSyntax c => Nesting(CognitiveIncrementKind.Conditional, c.QuestionToken),
        SwitchStatementSyntax s => Nesting(CognitiveIncrementKind.Switch, s.SwitchKeyword),
        SwitchExpressionSyntax s => Nesting(CognitiveIncrementKind.SwitchExpression, s.SwitchKeyword),
        _ => OfLoop(node) ?? OfFlat(node, isRecursiveCall),
    };

    /// <summary>Loops and catch clauses: +1 plus the nesting level.</summary>
    private static CognitiveCharge? OfLoop(SyntaxNode node) => node switch
    {
        ForStatementSyntax f => Nesting(CognitiveIncrementKind.For, f.ForKeyword),
        CommonForEachStatementSyntax f => Nesting(CognitiveIncrementKind.ForEach, f.ForEachKeyword),
        WhileStatementSyntax w => Nesting(CognitiveIncrementKind.While, w.WhileKeyword),
        DoStatementSyntax d => Nesting(CognitiveIncrementKind.Do, d.DoKeyword),
        CatchClauseSyntax c => Nesting(CognitiveIncrementKind.Catch, c.CatchKeyword),
        _ => null,
    };

    /// <summary>The flat increments: a jump (the paper's rule: no nesting), a sequence of like operators, recursion.</summary>
    private static CognitiveCharge? OfFlat(SyntaxNode node, Func<InvocationExpressionSyntax, bool>? isRecursiveCall) => node switch
    {
        GotoStatementSyntax g => Flat(CognitiveIncrementKind.Goto, g.GotoKeyword),
        BinaryExpressionSyntax b => OfOperator(b),
        BinaryPatternSyntax p => StartsSequence(p, p.Left) ? Flat(CognitiveIncrementKind.PatternCombinators, p.OperatorToken) : null,
        InvocationExpressionSyntax i when isRecursiveCall?.Invoke(i) == true => Flat(CognitiveIncrementKind.Recursion, CalleeToken(i)),
        _ => null,
    };

    private static CognitiveCharge? OfOperator(BinaryExpressionSyntax binary)
    {
        var logical = binary.IsKind(SyntaxKind.LogicalAndExpression) || binary.IsKind(SyntaxKind.LogicalOrExpression);
        return logical && StartsSequence(binary, binary.Left) ? Flat(CognitiveIncrementKind.LogicalOperators, binary.OperatorToken) : null;
    }

    private static CognitiveCharge Nesting(CognitiveIncrementKind kind, SyntaxToken token) => new(kind, token, nests: true);

    private static CognitiveCharge Flat(CognitiveIncrementKind kind, SyntaxToken token) => new(kind, token, nests: false);

    /// <summary>
    /// A sequence of like operators is charged one cognitive increment: an operator starts a sequence unless its
    /// left operand, or the operator whose right operand it is, is the same operator. Parentheses do not break a
    /// sequence, so <c>a &amp;&amp; (b &amp;&amp; c)</c> is one sequence and <c>a &amp;&amp; !(b &amp;&amp; c)</c> two.
    /// </summary>
    private static bool StartsSequence(SyntaxNode node, SyntaxNode left)
    {
        if (WithoutParentheses(left).IsKind(node.Kind()))
        {
            return false;
        }

        var operand = node;
        while (operand.Parent is ParenthesizedExpressionSyntax or ParenthesizedPatternSyntax)
        {
            operand = operand.Parent;
        }

        return operand.Parent switch
        {
            BinaryExpressionSyntax parent => !(parent.IsKind(node.Kind()) && parent.Right == operand),
            BinaryPatternSyntax parent => !(parent.IsKind(node.Kind()) && parent.Right == operand),
            _ => true,
        };
    }

    private static SyntaxNode WithoutParentheses(SyntaxNode node)
    {
        while (true)
        {
            switch (node)
            {
                case ParenthesizedExpressionSyntax expression:
                    node = expression.Expression;
                    break;
                case ParenthesizedPatternSyntax pattern:
                    node = pattern.Pattern;
                    break;
                default:
                    return node;
            }
        }
    }

    /// <summary>The token a recursion increment is charged on: the callee's name.</summary>
    private static SyntaxToken CalleeToken(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        SimpleNameSyntax name => name.Identifier,
        MemberAccessExpressionSyntax access => access.Name.Identifier,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier,
        _ => invocation.ArgumentList.OpenParenToken,
    };
}
