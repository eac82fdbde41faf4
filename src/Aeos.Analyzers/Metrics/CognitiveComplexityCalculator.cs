using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Metrics;

/// <summary>
/// Cognitive complexity (AEOS1002) after G. Ann Campbell's specification "Cognitive Complexity"
/// (SonarSource), a pure calculation from syntax to a number and the increments behind it:
/// <list type="bullet">
/// <item>+1 plus the nesting level for <c>if</c>, <c>?:</c>, <c>switch</c> (statement or expression, once),
/// <c>for</c>, <c>foreach</c>, <c>while</c>, <c>do</c>, <c>catch</c>.</item>
/// <item>+1 for <c>else if</c>, <c>else</c>, every form of <c>goto</c>, each sequence of like logical operators
/// (<c>&amp;&amp;</c>, <c>||</c>) or pattern combinators (<c>and</c>, <c>or</c>), each recursive call.</item>
/// <item>The nesting level rises in the bodies of the structures of the first item (an <c>else if</c>'s body
/// sits at the level of its <c>if</c>'s body) and in lambdas, anonymous methods and local functions, which
/// add nothing themselves and count toward the function that contains them. A structure's condition,
/// governing expression or loop header is read at the structure's own level.</item>
/// </list>
/// Recursion is the one semantic fact: the caller passes a predicate that says whether an invocation calls
/// the function (or an enclosing local function) itself; without one, no call counts as recursive.
/// </summary>
internal static class CognitiveComplexityCalculator
{
    public static CognitiveComplexity Measure(FunctionDeclaration function, Func<InvocationExpressionSyntax, bool>? isRecursiveCall = null) =>
        Measure(function.Declaration, isRecursiveCall);

    /// <summary>
    /// Measures a declaration's code: a member or accessor (its body, expression body and constructor
    /// initializer), a local function, a property's initializer, a variable's initializer, or the top-level
    /// statements of a compilation unit. Any other node is measured as a whole, at nesting level 0.
    /// </summary>
    public static CognitiveComplexity Measure(SyntaxNode declaration, Func<InvocationExpressionSyntax, bool>? isRecursiveCall = null)
    {
        var walker = new Walker(isRecursiveCall);
        walker.VisitDeclaration(declaration);
        return new CognitiveComplexity(walker.Increments.OrderBy(i => i.Token.SpanStart).ToImmutableArray());
    }

    /// <summary>
    /// A sequence of like operators is charged once: an operator starts a sequence unless its left operand, or
    /// the operator whose right operand it is, is the same operator. Parentheses do not break a sequence, so
    /// <c>a &amp;&amp; (b &amp;&amp; c)</c> is one sequence and <c>a &amp;&amp; !(b &amp;&amp; c)</c> two.
    /// </summary>
    internal static bool StartsSequence(SyntaxNode node, SyntaxNode left)
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

    /// <summary>The token a recursion increment is charged on: the callee's name.</summary>
    internal static SyntaxToken CalleeToken(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        SimpleNameSyntax name => name.Identifier,
        MemberAccessExpressionSyntax access => access.Name.Identifier,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier,
        _ => invocation.ArgumentList.OpenParenToken,
    };

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

    private sealed class Walker : CSharpSyntaxWalker
    {
        private readonly Func<InvocationExpressionSyntax, bool>? _isRecursiveCall;
        private int _nesting;

        public Walker(Func<InvocationExpressionSyntax, bool>? isRecursiveCall)
        {
            _isRecursiveCall = isRecursiveCall;
        }

        public ImmutableArray<CognitiveIncrement>.Builder Increments { get; } = ImmutableArray.CreateBuilder<CognitiveIncrement>();

        public void VisitDeclaration(SyntaxNode declaration)
        {
            switch (declaration)
            {
                case CompilationUnitSyntax unit:
                    foreach (var member in unit.Members)
                    {
                        if (member is GlobalStatementSyntax)
                        {
                            Visit(member);
                        }
                    }

                    break;
                case ConstructorDeclarationSyntax constructor:
                    VisitAll(constructor.Initializer, constructor.Body, constructor.ExpressionBody);
                    break;
                case BaseMethodDeclarationSyntax method:
                    VisitAll(method.Body, method.ExpressionBody);
                    break;
                case AccessorDeclarationSyntax accessor:
                    VisitAll(accessor.Body, accessor.ExpressionBody);
                    break;
                case LocalFunctionStatementSyntax local:
                    VisitAll(local.Body, local.ExpressionBody);
                    break;
                case PropertyDeclarationSyntax property:
                    VisitAll(property.ExpressionBody, property.Initializer);
                    break;
                case IndexerDeclarationSyntax indexer:
                    Visit(indexer.ExpressionBody);
                    break;
                case VariableDeclaratorSyntax variable:
                    Visit(variable.Initializer);
                    break;
                default:
                    Visit(declaration);
                    break;
            }
        }

        public override void Visit(SyntaxNode? node)
        {
            if (node is not null)
            {
                base.Visit(node);
            }
        }

        public override void VisitIfStatement(IfStatementSyntax node)
        {
            // Only a chain's first `if` arrives here: the `if` of each `else if` is walked by the loop.
            AddNested(CognitiveIncrementKind.If, node.IfKeyword);
            for (var current = node; ;)
            {
                Visit(current.Condition);
                VisitNested(current.Statement);
                if (current.Else is not { } elseClause)
                {
                    return;
                }

                if (elseClause.Statement is IfStatementSyntax elseIf)
                {
                    Add(CognitiveIncrementKind.ElseIf, elseClause.ElseKeyword);
                    current = elseIf;
                    continue;
                }

                Add(CognitiveIncrementKind.Else, elseClause.ElseKeyword);
                VisitNested(elseClause.Statement);
                return;
            }
        }

        public override void VisitConditionalExpression(ConditionalExpressionSyntax node)
        {
            AddNested(CognitiveIncrementKind.Conditional, node.QuestionToken);
            Visit(node.Condition);
            VisitNested(node.WhenTrue);
            VisitNested(node.WhenFalse);
        }

        public override void VisitSwitchStatement(SwitchStatementSyntax node)
        {
            AddNested(CognitiveIncrementKind.Switch, node.SwitchKeyword);
            Visit(node.Expression);
            _nesting++;
            foreach (var section in node.Sections)
            {
                Visit(section);
            }

            _nesting--;
        }

        public override void VisitSwitchExpression(SwitchExpressionSyntax node)
        {
            AddNested(CognitiveIncrementKind.SwitchExpression, node.SwitchKeyword);
            Visit(node.GoverningExpression);
            _nesting++;
            foreach (var arm in node.Arms)
            {
                Visit(arm);
            }

            _nesting--;
        }

        public override void VisitForStatement(ForStatementSyntax node)
        {
            AddNested(CognitiveIncrementKind.For, node.ForKeyword);
            Visit(node.Declaration);
            foreach (var initializer in node.Initializers)
            {
                Visit(initializer);
            }

            Visit(node.Condition);
            foreach (var incrementor in node.Incrementors)
            {
                Visit(incrementor);
            }

            VisitNested(node.Statement);
        }

        public override void VisitForEachStatement(ForEachStatementSyntax node) => VisitForEach(node);

        public override void VisitForEachVariableStatement(ForEachVariableStatementSyntax node) => VisitForEach(node);

        public override void VisitWhileStatement(WhileStatementSyntax node)
        {
            AddNested(CognitiveIncrementKind.While, node.WhileKeyword);
            Visit(node.Condition);
            VisitNested(node.Statement);
        }

        public override void VisitDoStatement(DoStatementSyntax node)
        {
            AddNested(CognitiveIncrementKind.Do, node.DoKeyword);
            VisitNested(node.Statement);
            Visit(node.Condition);
        }

        public override void VisitCatchClause(CatchClauseSyntax node)
        {
            AddNested(CognitiveIncrementKind.Catch, node.CatchKeyword);
            Visit(node.Filter);
            VisitNested(node.Block);
        }

        public override void VisitGotoStatement(GotoStatementSyntax node)
        {
            // The paper charges a jump to a label +1 without nesting (S3776 adds the nesting level).
            Add(CognitiveIncrementKind.Goto, node.GotoKeyword);
            base.VisitGotoStatement(node);
        }

        public override void VisitBinaryExpression(BinaryExpressionSyntax node)
        {
            // Long chains (`a + b + c + …`, thousands of terms in some hand-written code) are left-deep:
            // the left spine is walked in a loop so that the depth of recursion stays that of the code's nesting.
            var spine = new Stack<BinaryExpressionSyntax>();
            ExpressionSyntax operand = node;
            while (operand is BinaryExpressionSyntax binary)
            {
                spine.Push(binary);
                operand = binary.Left;
            }

            Visit(operand);
            while (spine.Count > 0)
            {
                var binary = spine.Pop();
                if ((binary.IsKind(SyntaxKind.LogicalAndExpression) || binary.IsKind(SyntaxKind.LogicalOrExpression)) && StartsSequence(binary, binary.Left))
                {
                    Add(CognitiveIncrementKind.LogicalOperators, binary.OperatorToken);
                }

                Visit(binary.Right);
            }
        }

        public override void VisitBinaryPattern(BinaryPatternSyntax node)
        {
            if (StartsSequence(node, node.Left))
            {
                Add(CognitiveIncrementKind.PatternCombinators, node.OperatorToken);
            }

            base.VisitBinaryPattern(node);
        }

        public override void VisitInvocationExpression(InvocationExpressionSyntax node)
        {
            if (_isRecursiveCall is not null && _isRecursiveCall(node))
            {
                Add(CognitiveIncrementKind.Recursion, CalleeToken(node));
            }

            base.VisitInvocationExpression(node);
        }

        public override void VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) => VisitNested(node, base.VisitSimpleLambdaExpression);

        public override void VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) => VisitNested(node, base.VisitParenthesizedLambdaExpression);

        public override void VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node) => VisitNested(node, base.VisitAnonymousMethodExpression);

        public override void VisitLocalFunctionStatement(LocalFunctionStatementSyntax node) => VisitNested(node, base.VisitLocalFunctionStatement);

        private void VisitForEach(CommonForEachStatementSyntax node)
        {
            AddNested(CognitiveIncrementKind.ForEach, node.ForEachKeyword);
            Visit(node.Expression);
            VisitNested(node.Statement);
        }

        private void VisitAll(params SyntaxNode?[] nodes)
        {
            foreach (var node in nodes)
            {
                Visit(node);
            }
        }

        private void VisitNested(SyntaxNode? node)
        {
            _nesting++;
            Visit(node);
            _nesting--;
        }

        private void VisitNested<TNode>(TNode node, Action<TNode> visit)
        {
            _nesting++;
            visit(node);
            _nesting--;
        }

        private void AddNested(CognitiveIncrementKind kind, SyntaxToken token) => Increments.Add(new CognitiveIncrement(kind, token, _nesting));

        private void Add(CognitiveIncrementKind kind, SyntaxToken token) => Increments.Add(new CognitiveIncrement(kind, token, 0));
    }
}
