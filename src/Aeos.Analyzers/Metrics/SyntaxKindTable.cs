using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Metrics;

/// <summary>What a node of a kind may matter for; most kinds matter for nothing but their children.</summary>
[Flags]
internal enum KindTraits : byte
{
    None = 0,

    /// <summary>A cyclomatic decision point, or a switch-expression arm, which may be one.</summary>
    MayDecide = 1,

    /// <summary>May be charged a cognitive increment (<see cref="CognitiveCharges"/>).</summary>
    MayBeCharged = 2,

    /// <summary>Its children do not all sit at its nesting level (<see cref="CognitiveNesting.Role"/>).</summary>
    HasChildRoles = 4,
}

/// <summary>
/// The table of node kinds the single pass of <see cref="SyntaxMetricsCalculator"/> reads: for every
/// <see cref="SyntaxKind"/>, whether it is a cyclomatic decision point, may be charged a cognitive increment, or
/// places its children at other nesting levels. One array read per node instead of three switches.
/// </summary>
internal static class SyntaxKindTable
{
    /// <summary>The kinds that are always a cyclomatic decision point.</summary>
    private static readonly SyntaxKind[] DecisionKinds =
    {
        SyntaxKind.IfStatement, SyntaxKind.ConditionalExpression, SyntaxKind.WhileStatement, SyntaxKind.DoStatement,
        SyntaxKind.ForStatement, SyntaxKind.ForEachStatement, SyntaxKind.ForEachVariableStatement,
        SyntaxKind.CaseSwitchLabel, SyntaxKind.CasePatternSwitchLabel, SyntaxKind.DefaultSwitchLabel,
        SyntaxKind.LogicalAndExpression, SyntaxKind.LogicalOrExpression, SyntaxKind.CoalesceExpression,
        SyntaxKind.ConditionalAccessExpression, SyntaxKind.AndPattern, SyntaxKind.OrPattern,
    };

    /// <summary>The kinds <see cref="CognitiveCharges.Of"/> looks at.</summary>
    private static readonly SyntaxKind[] ChargedKinds =
    {
        SyntaxKind.IfStatement, SyntaxKind.ElseClause, SyntaxKind.ConditionalExpression, SyntaxKind.SwitchStatement,
        SyntaxKind.SwitchExpression, SyntaxKind.ForStatement, SyntaxKind.ForEachStatement, SyntaxKind.ForEachVariableStatement,
        SyntaxKind.WhileStatement, SyntaxKind.DoStatement, SyntaxKind.CatchClause, SyntaxKind.GotoStatement,
        SyntaxKind.GotoCaseStatement, SyntaxKind.GotoDefaultStatement, SyntaxKind.LogicalAndExpression,
        SyntaxKind.LogicalOrExpression, SyntaxKind.AndPattern, SyntaxKind.OrPattern, SyntaxKind.InvocationExpression,
    };

    /// <summary>The parents whose children do not all sit at the parent's level.</summary>
    private static readonly SyntaxKind[] ChildRoleKinds =
    {
        SyntaxKind.IfStatement, SyntaxKind.ElseClause, SyntaxKind.ConditionalExpression, SyntaxKind.SwitchStatement,
        SyntaxKind.SwitchExpression, SyntaxKind.ForStatement, SyntaxKind.ForEachStatement, SyntaxKind.ForEachVariableStatement,
        SyntaxKind.WhileStatement, SyntaxKind.DoStatement, SyntaxKind.CatchClause, SyntaxKind.SimpleLambdaExpression,
        SyntaxKind.ParenthesizedLambdaExpression, SyntaxKind.AnonymousMethodExpression, SyntaxKind.LocalFunctionStatement,
    };

    private static readonly KindTraits[] Traits = CreateTraits();

    public static KindTraits TraitsOf(SyntaxKind kind) => (uint)kind < (uint)Traits.Length ? Traits[(int)kind] : KindTraits.None;

    /// <summary>
    /// Whether <paramref name="node"/> itself is a cyclomatic decision point (its descendants not counted): a
    /// switch-expression arm is one unless it is a bare discard.
    /// </summary>
    public static bool IsDecision(SyntaxNode node, SyntaxKind kind)
    {
        if (kind == SyntaxKind.SwitchExpressionArm)
        {
            var arm = (SwitchExpressionArmSyntax)node;
            return arm.Pattern is not DiscardPatternSyntax || arm.WhenClause is not null;
        }

        return (TraitsOf(kind) & KindTraits.MayDecide) != 0;
    }

    private static KindTraits[] CreateTraits()
    {
        var traits = new KindTraits[((SyntaxKind[])Enum.GetValues(typeof(SyntaxKind))).Max(k => (int)k) + 1];
        Mark(traits, DecisionKinds, KindTraits.MayDecide);
        Mark(traits, new[] { SyntaxKind.SwitchExpressionArm }, KindTraits.MayDecide);
        Mark(traits, ChargedKinds, KindTraits.MayBeCharged);
        Mark(traits, ChildRoleKinds, KindTraits.HasChildRoles);
        return traits;
    }

    private static void Mark(KindTraits[] traits, SyntaxKind[] kinds, KindTraits trait)
    {
        foreach (var kind in kinds)
        {
            traits[(int)kind] |= trait;
        }
    }
}
