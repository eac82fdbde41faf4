using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Unused;

/// <summary>The extension methods the compiler calls without their name being written: queries, <c>foreach</c>, <c>await</c> …</summary>
internal sealed partial class ImportUses
{
    private void VisitPattern(SyntaxNode node)
    {
        switch (node)
        {
            case QueryClauseSyntax clause:
                var info = _model.GetQueryClauseInfo(clause, _cancellationToken);
                AddExtension(info.CastInfo.Symbol, node);
                AddExtension(info.OperationInfo.Symbol, node);
                break;
            case SelectOrGroupClauseSyntax or OrderingSyntax:
                AddExtension(_model.GetSymbolInfo(node, _cancellationToken).Symbol, node);
                break;
            case CommonForEachStatementSyntax loop:
                VisitLoop(loop);
                break;
            case RecursivePatternSyntax pattern:
                AddExtension((_model.GetOperation(pattern, _cancellationToken) as IRecursivePatternOperation)?.DeconstructSymbol, node);
                break;
            case AwaitExpressionSyntax awaited:
                AddExtension(_model.GetAwaitExpressionInfo(awaited).GetAwaiterMethod, node);
                break;
            case AssignmentExpressionSyntax assignment:
                AddExtension(_model.GetDeconstructionInfo(assignment).Method, node);
                break;
            case InitializerExpressionSyntax initializer:
                VisitCollectionInitializer(initializer);
                break;
        }
    }

    private void VisitLoop(CommonForEachStatementSyntax loop)
    {
        AddExtension(_model.GetForEachStatementInfo(loop).GetEnumeratorMethod, loop);
        if (loop is ForEachVariableStatementSyntax deconstructing)
        {
            AddExtension(_model.GetDeconstructionInfo(deconstructing).Method, loop);
        }
    }

    private void VisitCollectionInitializer(InitializerExpressionSyntax initializer)
    {
        foreach (var element in initializer.Expressions)
        {
            AddExtension(_model.GetCollectionInitializerSymbolInfo(element, _cancellationToken).Symbol, initializer);
        }
    }

    /// <summary>The names of the methods a node may call by pattern; null for a node that calls none.</summary>
    private static class PatternMethods
    {
        private static readonly string[] Query =
        {
            "Select", "SelectMany", "Where", "Join", "GroupJoin", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "GroupBy", "Cast",
        };

        private static readonly string[] Loop = { "GetEnumerator", "GetAsyncEnumerator", "Deconstruct" };
        private static readonly string[] Deconstruct = { "Deconstruct" };
        private static readonly string[] Await = { "GetAwaiter" };
        private static readonly string[] CollectionAdd = { "Add" };

        public static string[]? For(SyntaxNode node) => node switch
        {
            QueryClauseSyntax or SelectOrGroupClauseSyntax or OrderingSyntax => Query,
            CommonForEachStatementSyntax => Loop,
            RecursivePatternSyntax { PositionalPatternClause: not null } => Deconstruct,
            AssignmentExpressionSyntax { Left: TupleExpressionSyntax or DeclarationExpressionSyntax } => Deconstruct,
            AwaitExpressionSyntax => Await,
            InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.CollectionInitializerExpression) => CollectionAdd,
            _ => null,
        };
    }
}
