using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Aeos.Analyzers.Metrics;

/// <summary>The syntax metrics of <see cref="SyntaxMetricsCalculator"/>; several can be asked for at once.</summary>
[Flags]
internal enum SyntaxMetricKinds
{
    None = 0,

    /// <summary>AEOS1001, whose rules <see cref="CyclomaticComplexityCalculator"/> describes.</summary>
    CyclomaticComplexity = 1,

    /// <summary>AEOS1002, whose rules <see cref="CognitiveComplexityCalculator"/> describes.</summary>
    CognitiveComplexity = 2,

    /// <summary>AEOS1003, whose rules <see cref="FunctionLengthCalculator"/> describes.</summary>
    Length = 4,

    All = CyclomaticComplexity | CognitiveComplexity | Length,
}

/// <summary>The values of one <see cref="SyntaxMetricsCalculator"/> pass; a metric not asked for is 0.</summary>
internal readonly struct SyntaxMetrics
{
    public SyntaxMetrics(int cyclomaticComplexity, int cognitiveComplexity, int length)
    {
        CyclomaticComplexity = cyclomaticComplexity;
        CognitiveComplexity = cognitiveComplexity;
        Length = length;
    }

    public int CyclomaticComplexity { get; }

    public int CognitiveComplexity { get; }

    /// <summary>Lines, in the <see cref="FunctionLinesMode"/> asked for.</summary>
    public int Length { get; }
}

/// <summary>
/// The three syntax metrics of a function (AEOS1001, AEOS1002, AEOS1003) in one walk over its syntax: each
/// node is visited once and decides the cyclomatic decision points, the cognitive increments (with the nesting
/// passed down from its parent) and, for nodes that span lines, the lines of code its tokens touch. A node that
/// fits on one line counts its line at once, without its tokens being enumerated.
/// <para>
/// This pass is the one implementation of the three metrics' counting rules: <see cref="CyclomaticComplexityCalculator"/>,
/// <see cref="CognitiveComplexityCalculator"/> and <see cref="FunctionLengthCalculator"/> describe the rules and are
/// entry points over it, for one metric at a time. Each metric covers its own parts of the declaration: the
/// cyclomatic complexity the body and a constructor initializer, the cognitive complexity every body and
/// initializer of the declaration, the length the body only.
/// </para>
/// </summary>
internal static class SyntaxMetricsCalculator
{
    public static SyntaxMetrics Measure(
        FunctionDeclaration function,
        SyntaxMetricKinds kinds,
        FunctionLinesMode mode = FunctionLinesMode.Code,
        Func<InvocationExpressionSyntax, bool>? isRecursiveCall = null) =>
        new Pass(function.Body, kinds, isRecursiveCall, recordIncrements: false).Run(function.Declaration, mode);

    /// <summary>Same, with the cognitive increments in source order (for tests).</summary>
    public static (SyntaxMetrics Metrics, CognitiveComplexity Cognitive) MeasureWithIncrements(
        FunctionDeclaration function,
        FunctionLinesMode mode = FunctionLinesMode.Code,
        Func<InvocationExpressionSyntax, bool>? isRecursiveCall = null)
    {
        var pass = new Pass(function.Body, SyntaxMetricKinds.All, isRecursiveCall, recordIncrements: true);
        var metrics = pass.Run(function.Declaration, mode);
        return (metrics, pass.CognitiveComplexity());
    }

    /// <summary>
    /// The cognitive complexity of a declaration's code, with its increments in source order: a function's
    /// declaration (as <see cref="Measure"/> reads it), a variable's initializer, or any other node as a whole,
    /// at nesting level 0 (the arguments a primary constructor passes to its base type).
    /// </summary>
    public static CognitiveComplexity MeasureCognitive(SyntaxNode declaration, Func<InvocationExpressionSyntax, bool>? isRecursiveCall = null)
    {
        var pass = new Pass(null, SyntaxMetricKinds.CognitiveComplexity, isRecursiveCall, recordIncrements: true);
        pass.Run(declaration, FunctionLinesMode.Code);
        return pass.CognitiveComplexity();
    }

    /// <summary>The cyclomatic complexity of a node measured as a whole: 1 + the decision points in it and below it.</summary>
    public static int MeasureCyclomatic(SyntaxNode code) =>
        1 + new Pass(null, SyntaxMetricKinds.CyclomaticComplexity, null, recordIncrements: false).CountDecisions(code);

    /// <summary>Whether <paramref name="node"/> itself is a cyclomatic decision point (its descendants not counted).</summary>
    private static bool IsDecision(SyntaxNode node, SyntaxKind kind)
    {
        if (kind == SyntaxKind.SwitchExpressionArm)
        {
            var arm = (SwitchExpressionArmSyntax)node;
            return arm.Pattern is not DiscardPatternSyntax || arm.WhenClause is not null;
        }

        return IsDecisionKind(kind);
    }

    /// <summary>The kinds that are always a decision point; a switch-expression arm is one unless it is a bare discard.</summary>
    private static bool IsDecisionKind(SyntaxKind kind)
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

    /// <summary>
    /// The length of <paramref name="body"/> from the lines its tokens touch (the braces of a block not counted):
    /// in code mode the lines counted; in physical mode every line strictly between a block's braces, plus a
    /// brace's own line when code shares it, and for any other body the lines from its first to its last line of code.
    /// </summary>
    private static int Length(TextLineCollection lines, SyntaxNode body, LineCounter counter, FunctionLinesMode mode)
    {
        if (mode == FunctionLinesMode.Code)
        {
            return counter.Count;
        }

        if (body is not BlockSyntax block)
        {
            return counter.Count == 0 ? 0 : counter.LastLine - counter.FirstLine + 1;
        }

        var openLine = lines.IndexOf(block.OpenBraceToken.SpanStart);
        var closeLine = lines.IndexOf(block.CloseBraceToken.SpanStart);
        if (openLine == closeLine)
        {
            return counter.Count > 0 ? 1 : 0;
        }

        var between = closeLine - openLine - 1;
        var openShared = counter.Count > 0 && counter.FirstLine == openLine ? 1 : 0;
        var closeShared = counter.Count > 0 && counter.LastLine == closeLine ? 1 : 0;
        return between + openShared + closeShared;
    }

    /// <summary>How a child node stands to the cognitive complexity of its parent.</summary>
    private enum ChildRole
    {
        /// <summary>At the parent's nesting level.</summary>
        Same,

        /// <summary>One level deeper: the body of a structure, a lambda, a local function.</summary>
        Nested,

        /// <summary>Not read by the cognitive complexity (a loop variable, a catch declaration, attributes).</summary>
        NotCounted,
    }

    /// <summary>What a node of a kind may matter for; most kinds matter for nothing but their children.</summary>
    [Flags]
    private enum KindTraits : byte
    {
        None = 0,

        /// <summary>A cyclomatic decision point, or a switch-expression arm, which may be one.</summary>
        MayDecide = 1,

        /// <summary>May be charged a cognitive increment.</summary>
        MayBeCharged = 2,

        /// <summary>Its children do not all sit at its nesting level (<see cref="Role"/>).</summary>
        HasChildRoles = 4,
    }

    /// <summary>The kinds <see cref="Pass.Charge"/> looks at.</summary>
    private static readonly SyntaxKind[] ChargedKinds =
    {
        SyntaxKind.IfStatement, SyntaxKind.ElseClause, SyntaxKind.ConditionalExpression, SyntaxKind.SwitchStatement,
        SyntaxKind.SwitchExpression, SyntaxKind.ForStatement, SyntaxKind.ForEachStatement, SyntaxKind.ForEachVariableStatement,
        SyntaxKind.WhileStatement, SyntaxKind.DoStatement, SyntaxKind.CatchClause, SyntaxKind.GotoStatement,
        SyntaxKind.GotoCaseStatement, SyntaxKind.GotoDefaultStatement, SyntaxKind.LogicalAndExpression,
        SyntaxKind.LogicalOrExpression, SyntaxKind.AndPattern, SyntaxKind.OrPattern, SyntaxKind.InvocationExpression,
    };

    /// <summary>The traits of every kind, by kind: one array read per node instead of three switches.</summary>
    private static readonly KindTraits[] Traits = CreateTraits();

    private static KindTraits[] CreateTraits()
    {
        var kinds = (SyntaxKind[])Enum.GetValues(typeof(SyntaxKind));
        var traits = new KindTraits[kinds.Max(k => (int)k) + 1];
        foreach (var kind in kinds)
        {
            var mayDecide = kind == SyntaxKind.SwitchExpressionArm || IsDecisionKind(kind);
            traits[(int)kind] = (mayDecide ? KindTraits.MayDecide : KindTraits.None)
                | (Array.IndexOf(ChargedKinds, kind) >= 0 ? KindTraits.MayBeCharged : KindTraits.None)
                | (HasChildRoles(kind) ? KindTraits.HasChildRoles : KindTraits.None);
        }

        return traits;
    }

    private static KindTraits TraitsOf(SyntaxKind kind) => (uint)kind < (uint)Traits.Length ? Traits[(int)kind] : KindTraits.None;

    /// <summary>The parents whose children do not all sit at the parent's level.</summary>
    private static bool HasChildRoles(SyntaxKind kind)
    {
        switch (kind)
        {
            case SyntaxKind.IfStatement:
            case SyntaxKind.ElseClause:
            case SyntaxKind.ConditionalExpression:
            case SyntaxKind.SwitchStatement:
            case SyntaxKind.SwitchExpression:
            case SyntaxKind.ForStatement:
            case SyntaxKind.ForEachStatement:
            case SyntaxKind.ForEachVariableStatement:
            case SyntaxKind.WhileStatement:
            case SyntaxKind.DoStatement:
            case SyntaxKind.CatchClause:
            case SyntaxKind.SimpleLambdaExpression:
            case SyntaxKind.ParenthesizedLambdaExpression:
            case SyntaxKind.AnonymousMethodExpression:
            case SyntaxKind.LocalFunctionStatement:
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// How the cognitive complexity reads a child: a structure's condition, governing expression or loop header at
    /// the structure's own level, its bodies one level deeper (an <c>else if</c>'s body at the level of its
    /// <c>if</c>'s body), loop variables, catch declarations and attributes not at all.
    /// </summary>
    private static ChildRole Role(SyntaxNode parent, SyntaxNode child) => parent switch
    {
        IfStatementSyntax s => child == s.Statement ? ChildRole.Nested : Counted(child == s.Condition || child == s.Else),
        ElseClauseSyntax e => e.Statement is IfStatementSyntax ? ChildRole.Same : ChildRole.Nested,
        ConditionalExpressionSyntax c => child == c.Condition ? ChildRole.Same : ChildRole.Nested,
        SwitchStatementSyntax s => child is SwitchSectionSyntax ? ChildRole.Nested : Counted(child == s.Expression),
        SwitchExpressionSyntax s => child == s.GoverningExpression ? ChildRole.Same : ChildRole.Nested,
        ForStatementSyntax f => child == f.Statement ? ChildRole.Nested : Counted(child is not AttributeListSyntax),
        CommonForEachStatementSyntax f => child == f.Statement ? ChildRole.Nested : Counted(child == f.Expression),
        WhileStatementSyntax w => child == w.Statement ? ChildRole.Nested : Counted(child == w.Condition),
        DoStatementSyntax d => child == d.Statement ? ChildRole.Nested : Counted(child == d.Condition),
        CatchClauseSyntax c => child == c.Block ? ChildRole.Nested : Counted(child == c.Filter),
        _ => ChildRole.Nested, // lambdas, anonymous methods, local functions: everything in them
    };

    private static ChildRole Counted(bool counted) => counted ? ChildRole.Same : ChildRole.NotCounted;

    private sealed class Pass
    {
        /// <summary>How often, in levels of recursion, the stack is checked (as <see cref="CSharpSyntaxWalker"/> does).</summary>
        private const int StackCheckInterval = 32;

        private readonly SyntaxNode? _body;
        private readonly SyntaxMetricKinds _kinds;
        private readonly Func<InvocationExpressionSyntax, bool>? _isRecursiveCall;
        private readonly TextLineCollection? _lines;
        private readonly LineCounter? _lineCounter;
        private readonly List<CognitiveIncrement>? _increments;
        private List<BinaryExpressionSyntax>? _spine;
        private int _depth;
        private int _decisions;
        private int _cognitive;

        /// <summary>A pass over a function whose body is <paramref name="body"/>; without a body, <see cref="SyntaxMetricKinds.Length"/> is not measured.</summary>
        public Pass(SyntaxNode? body, SyntaxMetricKinds kinds, Func<InvocationExpressionSyntax, bool>? isRecursiveCall, bool recordIncrements)
        {
            _body = body;
            _kinds = body is null ? kinds & ~SyntaxMetricKinds.Length : kinds;
            _isRecursiveCall = isRecursiveCall;
            _increments = recordIncrements ? new List<CognitiveIncrement>() : null;
            if (body is not null && Has(kinds, SyntaxMetricKinds.Length))
            {
                _lines = body.SyntaxTree.GetText().Lines;
                _lineCounter = new LineCounter(_lines);
            }
        }

        public SyntaxMetrics Run(SyntaxNode declaration, FunctionLinesMode mode)
        {
            VisitDeclaration(declaration);
            return new SyntaxMetrics(
                Has(_kinds, SyntaxMetricKinds.CyclomaticComplexity) ? 1 + _decisions : 0,
                _cognitive,
                _lineCounter is null ? 0 : Length(_lines!, _body!, _lineCounter, mode));
        }

        /// <summary>The decision points in <paramref name="code"/> and below it.</summary>
        public int CountDecisions(SyntaxNode code)
        {
            Visit(code, 0, _kinds);
            return _decisions;
        }

        /// <summary>The increments recorded, in source order.</summary>
        public CognitiveComplexity CognitiveComplexity() =>
            new CognitiveComplexity(_increments!.OrderBy(i => i.Token.SpanStart).ToImmutableArray());

        private static bool Has(SyntaxMetricKinds kinds, SyntaxMetricKinds kind) => (kinds & kind) != 0;

        /// <summary>
        /// The parts of a declaration that hold its code, in source order; the body is one of them. A node that
        /// declares no function is read as a whole.
        /// </summary>
        private void VisitDeclaration(SyntaxNode declaration)
        {
            switch (declaration)
            {
                case CompilationUnitSyntax unit:
                    VisitGlobalStatements(unit);
                    break;
                case ConstructorDeclarationSyntax constructor:
                    VisitPart(constructor.Initializer, SyntaxMetricKinds.CyclomaticComplexity | SyntaxMetricKinds.CognitiveComplexity);
                    VisitParts(constructor.Body, constructor.ExpressionBody);
                    break;
                case BaseMethodDeclarationSyntax method:
                    VisitParts(method.Body, method.ExpressionBody);
                    break;
                case AccessorDeclarationSyntax accessor:
                    VisitParts(accessor.Body, accessor.ExpressionBody);
                    break;
                case LocalFunctionStatementSyntax local:
                    VisitParts(local.Body, local.ExpressionBody);
                    break;
                case PropertyDeclarationSyntax property:
                    VisitParts(property.ExpressionBody, property.Initializer);
                    break;
                case IndexerDeclarationSyntax indexer:
                    VisitPart(indexer.ExpressionBody, SyntaxMetricKinds.CognitiveComplexity);
                    break;
                case VariableDeclaratorSyntax variable:
                    VisitPart(variable.Initializer, SyntaxMetricKinds.CognitiveComplexity);
                    break;
                default:
                    Visit(declaration, 0, _kinds);
                    break;
            }
        }

        private void VisitGlobalStatements(CompilationUnitSyntax unit)
        {
            foreach (var member in unit.Members)
            {
                if (member is GlobalStatementSyntax)
                {
                    Visit(member, 0, _kinds);
                }
            }
        }

        private void VisitParts(SyntaxNode? first, SyntaxNode? second)
        {
            VisitPart(first, SyntaxMetricKinds.CognitiveComplexity);
            VisitPart(second, SyntaxMetricKinds.CognitiveComplexity);
        }

        /// <summary>Visits a part of the declaration for the metrics that read it: all of them for the body.</summary>
        private void VisitPart(SyntaxNode? part, SyntaxMetricKinds readBy)
        {
            if (part is null)
            {
                return;
            }

            var kinds = _kinds & (part == _body ? SyntaxMetricKinds.All : readBy);
            if (part == _body && Has(kinds, SyntaxMetricKinds.Length))
            {
                // A block's braces and an expression body's `=>` are not lines of code; neither node is a
                // decision point nor an increment, so only their children are visited.
                VisitChildren(part, TraitsOf(part.Kind()), 0, kinds, countTokens: false);
                return;
            }

            Visit(part, 0, kinds);
        }

        private void Visit(SyntaxNode node, int nesting, SyntaxMetricKinds kinds)
        {
            if (Has(kinds, SyntaxMetricKinds.Length) && _lineCounter!.TryAddSingleLine(node))
            {
                kinds &= ~SyntaxMetricKinds.Length;
            }

            if (kinds == SyntaxMetricKinds.None)
            {
                return;
            }

            var kind = node.Kind();
            var traits = TraitsOf(kind);
            if ((traits & KindTraits.MayDecide) != 0 && Has(kinds, SyntaxMetricKinds.CyclomaticComplexity) && IsDecision(node, kind))
            {
                _decisions++;
            }

            if ((traits & KindTraits.MayBeCharged) != 0 && Has(kinds, SyntaxMetricKinds.CognitiveComplexity))
            {
                Charge(node, kind, nesting);
            }

            if (++_depth % StackCheckInterval == 0)
            {
                RuntimeHelpers.EnsureSufficientExecutionStack();
            }

            if (node is BinaryExpressionSyntax { Left: BinaryExpressionSyntax } binary)
            {
                VisitSpine(binary, nesting, kinds);
            }
            else
            {
                VisitChildren(node, traits, nesting, kinds, countTokens: true);
            }

            _depth--;
        }

        private void VisitChildren(SyntaxNode node, KindTraits traits, int nesting, SyntaxMetricKinds kinds, bool countTokens)
        {
            var countLines = countTokens && Has(kinds, SyntaxMetricKinds.Length);
            var roles = (traits & KindTraits.HasChildRoles) != 0 && Has(kinds, SyntaxMetricKinds.CognitiveComplexity);
            foreach (var child in node.ChildNodesAndTokens())
            {
                if (child.AsNode() is not { } childNode)
                {
                    if (countLines)
                    {
                        _lineCounter!.Add(child.AsToken());
                    }

                    continue;
                }

                switch (roles ? Role(node, childNode) : ChildRole.Same)
                {
                    case ChildRole.Same:
                        Visit(childNode, nesting, kinds);
                        break;
                    case ChildRole.Nested:
                        Visit(childNode, nesting + 1, kinds);
                        break;
                    default:
                        Visit(childNode, nesting, kinds & ~SyntaxMetricKinds.CognitiveComplexity);
                        break;
                }
            }
        }

        /// <summary>
        /// A left-deep chain of binary operators (<c>a + b + c + …</c>, thousands of terms in some hand-written
        /// code) is walked in a loop, in source order, so that the depth of recursion stays that of the code's nesting.
        /// </summary>
        private void VisitSpine(BinaryExpressionSyntax top, int nesting, SyntaxMetricKinds kinds)
        {
            _spine ??= new List<BinaryExpressionSyntax>();
            var start = _spine.Count;
            ExpressionSyntax operand = top;
            while (operand is BinaryExpressionSyntax binary)
            {
                _spine.Add(binary);
                operand = binary.Left;
            }

            Visit(operand, nesting, kinds);
            for (var i = _spine.Count - 1; i >= start; i--)
            {
                var binary = _spine[i];
                if (binary != top)
                {
                    ChargeOperator(binary, kinds, nesting);
                }

                if (Has(kinds, SyntaxMetricKinds.Length))
                {
                    _lineCounter!.Add(binary.OperatorToken);
                }

                Visit(binary.Right, nesting, kinds);
            }

            _spine.RemoveRange(start, _spine.Count - start);
        }

        private void ChargeOperator(BinaryExpressionSyntax binary, SyntaxMetricKinds kinds, int nesting)
        {
            var kind = binary.Kind();
            if (Has(kinds, SyntaxMetricKinds.CyclomaticComplexity) && IsDecision(binary, kind))
            {
                _decisions++;
            }

            if (Has(kinds, SyntaxMetricKinds.CognitiveComplexity))
            {
                Charge(binary, kind, nesting);
            }
        }

        /// <summary>The cognitive increment a node is charged, if any (see <see cref="CognitiveComplexityCalculator"/>).</summary>
        private void Charge(SyntaxNode node, SyntaxKind kind, int nesting)
        {
            switch (kind)
            {
                case SyntaxKind.IfStatement when node.Parent is not ElseClauseSyntax: // an `else if` is charged on its `else`
                    Add(CognitiveIncrementKind.If, ((IfStatementSyntax)node).IfKeyword, nesting);
                    break;
                case SyntaxKind.ElseClause:
                    var elseClause = (ElseClauseSyntax)node;
                    var increment = elseClause.Statement is IfStatementSyntax ? CognitiveIncrementKind.ElseIf : CognitiveIncrementKind.Else;
                    Add(increment, elseClause.ElseKeyword, 0);
                    break;
                case SyntaxKind.ConditionalExpression:
                    Add(CognitiveIncrementKind.Conditional, ((ConditionalExpressionSyntax)node).QuestionToken, nesting);
                    break;
                case SyntaxKind.SwitchStatement:
                    Add(CognitiveIncrementKind.Switch, ((SwitchStatementSyntax)node).SwitchKeyword, nesting);
                    break;
                case SyntaxKind.SwitchExpression:
                    Add(CognitiveIncrementKind.SwitchExpression, ((SwitchExpressionSyntax)node).SwitchKeyword, nesting);
                    break;
                case SyntaxKind.ForStatement:
                    Add(CognitiveIncrementKind.For, ((ForStatementSyntax)node).ForKeyword, nesting);
                    break;
                case SyntaxKind.ForEachStatement:
                case SyntaxKind.ForEachVariableStatement:
                    Add(CognitiveIncrementKind.ForEach, ((CommonForEachStatementSyntax)node).ForEachKeyword, nesting);
                    break;
                case SyntaxKind.WhileStatement:
                    Add(CognitiveIncrementKind.While, ((WhileStatementSyntax)node).WhileKeyword, nesting);
                    break;
                case SyntaxKind.DoStatement:
                    Add(CognitiveIncrementKind.Do, ((DoStatementSyntax)node).DoKeyword, nesting);
                    break;
                case SyntaxKind.CatchClause:
                    Add(CognitiveIncrementKind.Catch, ((CatchClauseSyntax)node).CatchKeyword, nesting);
                    break;
                case SyntaxKind.GotoStatement:
                case SyntaxKind.GotoCaseStatement:
                case SyntaxKind.GotoDefaultStatement:
                    Add(CognitiveIncrementKind.Goto, ((GotoStatementSyntax)node).GotoKeyword, 0); // the paper's rule: no nesting
                    break;
                case SyntaxKind.LogicalAndExpression:
                case SyntaxKind.LogicalOrExpression:
                    var binary = (BinaryExpressionSyntax)node;
                    if (StartsSequence(binary, binary.Left))
                    {
                        Add(CognitiveIncrementKind.LogicalOperators, binary.OperatorToken, 0);
                    }

                    break;
                case SyntaxKind.AndPattern:
                case SyntaxKind.OrPattern:
                    var pattern = (BinaryPatternSyntax)node;
                    if (StartsSequence(pattern, pattern.Left))
                    {
                        Add(CognitiveIncrementKind.PatternCombinators, pattern.OperatorToken, 0);
                    }

                    break;
                case SyntaxKind.InvocationExpression when _isRecursiveCall is not null && _isRecursiveCall((InvocationExpressionSyntax)node):
                    Add(CognitiveIncrementKind.Recursion, CalleeToken((InvocationExpressionSyntax)node), 0);
                    break;
            }
        }

        private void Add(CognitiveIncrementKind kind, SyntaxToken token, int nesting)
        {
            _cognitive += 1 + nesting;
            _increments?.Add(new CognitiveIncrement(kind, token, nesting));
        }
    }
}
