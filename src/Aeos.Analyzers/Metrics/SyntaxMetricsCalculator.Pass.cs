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

/// <summary>The walk of <see cref="SyntaxMetricsCalculator"/>: one visit per node, asking the kind table, the nesting walk, the charges and the line counter.</summary>
internal static partial class SyntaxMetricsCalculator
{
    /// <summary>One measurement: the state of the walk over one declaration.</summary>
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
