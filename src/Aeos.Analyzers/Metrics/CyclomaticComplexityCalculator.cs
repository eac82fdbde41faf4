using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Metrics;

/// <summary>
/// Cyclomatic complexity (AEOS1001): McCabe's number, 1 + the decision points of a function, counted on
/// syntax alone as Microsoft's code metrics (CA1502) count them:
/// <list type="bullet">
/// <item><c>if</c> (each <c>else if</c> is an <c>if</c>), <c>?:</c>, <c>while</c>, <c>do</c>, <c>for</c>,
/// <c>foreach</c>: +1 each;</item>
/// <item>each label of a switch statement, <c>default</c> included: +1;</item>
/// <item><c>&amp;&amp;</c>, <c>||</c>, <c>??</c>, <c>?.</c> / <c>?[]</c>: +1 each operator.</item>
/// </list>
/// Beyond CA1502 (a documented difference): each switch-expression arm except a bare discard <c>_</c>, and
/// each <c>and</c>/<c>or</c> pattern combinator, +1. Nothing for <c>else</c>, <c>catch</c>, <c>when</c>,
/// <c>try</c>/<c>finally</c>, <c>using</c>, <c>lock</c>, <c>goto</c>, <c>??=</c>. Lambdas, anonymous methods
/// and local functions are part of the function that contains them.
/// </summary>
internal static class CyclomaticComplexityCalculator
{
    public static int Measure(FunctionDeclaration function)
    {
        var complexity = Measure(function.Body);
        if (function.Declaration is ConstructorDeclarationSyntax { Initializer: { } initializer })
        {
            complexity += CountDecisions(initializer); // `: base(a ?? b)` runs as part of the constructor
        }

        return complexity;
    }

    /// <summary>Measures a <see cref="BlockSyntax"/>, an <see cref="ArrowExpressionClauseSyntax"/>, or the top-level statements of a <see cref="CompilationUnitSyntax"/>.</summary>
    public static int Measure(SyntaxNode body)
    {
        if (body is CompilationUnitSyntax unit)
        {
            return 1 + unit.Members.OfType<GlobalStatementSyntax>().Sum(CountDecisions);
        }

        return 1 + CountDecisions(body);
    }

    /// <summary>
    /// A primary constructor (record or class): the arguments it passes to the base type are its only code;
    /// field and property initializers are not counted, as CA1502 does not count them.
    /// </summary>
    public static int MeasurePrimaryConstructor(TypeDeclarationSyntax type)
    {
        var baseCall = type.BaseList?.Types.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault();
        return 1 + (baseCall is null ? 0 : CountDecisions(baseCall.ArgumentList));
    }

    /// <summary>The number of decision points in <paramref name="node"/> and everything below it.</summary>
    public static int CountDecisions(SyntaxNode node)
    {
        var count = 0;
        foreach (var descendant in node.DescendantNodesAndSelf())
        {
            if (IsDecision(descendant))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether <paramref name="node"/> itself is a decision point (its descendants not counted).</summary>
    internal static bool IsDecision(SyntaxNode node) => IsDecision(node, node.Kind());

    /// <summary>Same, for a node whose kind the caller has already read.</summary>
    internal static bool IsDecision(SyntaxNode node, SyntaxKind kind)
    {
        if (kind == SyntaxKind.SwitchExpressionArm)
        {
            var arm = (SwitchExpressionArmSyntax)node;
            return arm.Pattern is not DiscardPatternSyntax || arm.WhenClause is not null;
        }

        return IsDecisionKind(kind);
    }

    /// <summary>The kinds that are always a decision point; a switch-expression arm is one unless it is a bare discard.</summary>
    internal static bool IsDecisionKind(SyntaxKind kind)
    {
        switch (kind)
        {
            case SyntaxKind.IfStatement:
            case SyntaxKind.ConditionalExpression:
            case SyntaxKind.WhileStatement:
            case SyntaxKind.DoStatement:
            case SyntaxKind.ForStatement:
            case SyntaxKind.ForEachStatement:
            case SyntaxKind.ForEachVariableStatement:
            case SyntaxKind.CaseSwitchLabel:
            case SyntaxKind.CasePatternSwitchLabel:
            case SyntaxKind.DefaultSwitchLabel:
            case SyntaxKind.LogicalAndExpression:
            case SyntaxKind.LogicalOrExpression:
            case SyntaxKind.CoalesceExpression:
            case SyntaxKind.ConditionalAccessExpression:
            case SyntaxKind.AndPattern:
            case SyntaxKind.OrPattern:
                return true;
            default:
                return false;
        }
    }
}
