using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Metrics;

/// <summary>How a child node stands to the cognitive complexity of its parent.</summary>
internal enum ChildRole
{
    /// <summary>At the parent's nesting level.</summary>
    Same,

    /// <summary>One level deeper: the body of a structure, a lambda, a local function.</summary>
    Nested,

    /// <summary>Not read by the cognitive complexity (a loop variable, a catch declaration, attributes).</summary>
    NotCounted,
}

/// <summary>
/// The nesting walk of the cognitive complexity: at which level the pass of <see cref="SyntaxMetricsCalculator"/>
/// reads each child of a structure. A structure's condition, governing expression or loop header sits at the
/// structure's own level, its bodies one level deeper (an <c>else if</c>'s body at the level of its <c>if</c>'s
/// body); loop variables, catch declarations and attributes are not read at all.
/// </summary>
internal static class CognitiveNesting
{
    /// <summary>The role of <paramref name="child"/> under a parent of a kind that <see cref="KindTraits.HasChildRoles"/>.</summary>
    public static ChildRole Role(SyntaxNode parent, SyntaxNode child) => parent switch
    {
        IfStatementSyntax s => Of(child == s.Statement, child == s.Condition || child == s.Else),
        ElseClauseSyntax e => Of(e.Statement is not IfStatementSyntax, counted: true),
        ConditionalExpressionSyntax c => Of(child != c.Condition, counted: true),
        SwitchStatementSyntax s => Of(child is SwitchSectionSyntax, child == s.Expression),
        SwitchExpressionSyntax s => Of(child != s.GoverningExpression, counted: true),
        _ => LoopRole(parent, child),
    };

    /// <summary>Loops and catch clauses; lambdas, anonymous methods and local functions nest everything in them.</summary>
    private static ChildRole LoopRole(SyntaxNode parent, SyntaxNode child) => parent switch
    {
        ForStatementSyntax f => Of(child == f.Statement, child is not AttributeListSyntax),
        CommonForEachStatementSyntax f => Of(child == f.Statement, child == f.Expression),
        WhileStatementSyntax w => Of(child == w.Statement, child == w.Condition),
        DoStatementSyntax d => Of(child == d.Statement, child == d.Condition),
        CatchClauseSyntax c => Of(child == c.Block, child == c.Filter),
        _ => ChildRole.Nested,
    };

    /// <summary>A nested child, else one at the parent's level when it is counted, else one not read.</summary>
    private static ChildRole Of(bool nested, bool counted)
    {
        if (nested)
        {
            return ChildRole.Nested;
        }

        return counted ? ChildRole.Same : ChildRole.NotCounted;
    }
}
