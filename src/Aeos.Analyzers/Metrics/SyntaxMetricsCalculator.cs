using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Metrics;

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
/// <para>
/// The pieces a reader looks for live apart: the table of node kinds in <see cref="SyntaxKindTable"/>, the
/// nesting walk in <see cref="CognitiveNesting"/>, the increments in <see cref="CognitiveCharges"/>, the line
/// counter in <see cref="LineCounter"/>; this file holds the walk that asks them, once per node.
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

    private sealed class Pass
    {
        /// <summary>How often, in levels of recursion, the stack is checked (as <see cref="CSharpSyntaxWalker"/> does).</summary>
        private const int StackCheckInterval = 32;

        private readonly SyntaxNode? _body;
        private readonly SyntaxMetricKinds _kinds;
        private readonly LineCounter? _lineCounter;
        private readonly List<CognitiveIncrement>? _increments;

        /// <summary>Null once the function's recursion is charged: the paper's +1 is for the function, not per call.</summary>
        private Func<InvocationExpressionSyntax, bool>? _isRecursiveCall;
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
                _lineCounter = new LineCounter(body.SyntaxTree.GetText().Lines);
            }
        }

        public SyntaxMetrics Run(SyntaxNode declaration, FunctionLinesMode mode)
        {
            VisitDeclaration(declaration);
            return new SyntaxMetrics(
                Has(_kinds, SyntaxMetricKinds.CyclomaticComplexity) ? 1 + _decisions : 0,
                _cognitive,
                _lineCounter is null ? 0 : _lineCounter.Length(_body!, mode));
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
                default:
                    VisitMemberParts(declaration);
                    break;
            }
        }

        /// <summary>The declarations whose code is not a body: properties, indexers, variables; any other node as a whole.</summary>
        private void VisitMemberParts(SyntaxNode declaration)
        {
            switch (declaration)
            {
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
                VisitChildren(part, SyntaxKindTable.TraitsOf(part.Kind()), 0, kinds, countTokens: false);
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
            var traits = SyntaxKindTable.TraitsOf(kind);
            Measure(node, kind, traits, nesting, kinds);
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

        /// <summary>What the node itself adds: a decision point, a cognitive increment.</summary>
        private void Measure(SyntaxNode node, SyntaxKind kind, KindTraits traits, int nesting, SyntaxMetricKinds kinds)
        {
            if ((traits & KindTraits.MayDecide) != 0 && Has(kinds, SyntaxMetricKinds.CyclomaticComplexity) && SyntaxKindTable.IsDecision(node, kind))
            {
                _decisions++;
            }

            if ((traits & KindTraits.MayBeCharged) != 0 && Has(kinds, SyntaxMetricKinds.CognitiveComplexity))
            {
                Charge(node, nesting);
            }
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

                switch (roles ? CognitiveNesting.Role(node, childNode) : ChildRole.Same)
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
                    var kind = binary.Kind();
                    Measure(binary, kind, SyntaxKindTable.TraitsOf(kind), nesting, kinds);
                }

                if (Has(kinds, SyntaxMetricKinds.Length))
                {
                    _lineCounter!.Add(binary.OperatorToken);
                }

                Visit(binary.Right, nesting, kinds);
            }

            _spine.RemoveRange(start, _spine.Count - start);
        }

        /// <summary>The cognitive increment a node is charged, if any (see <see cref="CognitiveCharges"/>).</summary>
        private void Charge(SyntaxNode node, int nesting)
        {
            if (CognitiveCharges.Of(node, _isRecursiveCall) is not { } charge)
            {
                return;
            }

            if (charge.Kind == CognitiveIncrementKind.Recursion)
            {
                _isRecursiveCall = null;
            }

            var level = charge.Nests ? nesting : 0;
            _cognitive += 1 + level;
            _increments?.Add(new CognitiveIncrement(charge.Kind, charge.Token, level));
        }
    }
}
