using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.CodeFixes.Unused;

/// <summary>
/// Whether removing an expression could change what the program does, and the statement that keeps it.
/// Calls, awaits, object creations, assignments and increments count as side effects (outside lambdas,
/// which only run when called); names, literals, operators on them and lambdas do not. Given the semantic
/// model, a call of a pure method (<see cref="PureCalls"/>) does not count either, its receiver and
/// arguments still do.
/// </summary>
internal static class SideEffects
{
    public static bool Has(ExpressionSyntax expression, SemanticModel? model = null) =>
        expression.DescendantNodesAndSelf(node => node is not AnonymousFunctionExpressionSyntax)
            .Any(node => (node is InvocationExpressionSyntax invocation && !IsPureCall(invocation, model))
                || node is AwaitExpressionSyntax
                or BaseObjectCreationExpressionSyntax
                or AssignmentExpressionSyntax
                or ThrowExpressionSyntax
                || node.IsKind(SyntaxKind.PreIncrementExpression)
                || node.IsKind(SyntaxKind.PreDecrementExpression)
                || node.IsKind(SyntaxKind.PostIncrementExpression)
                || node.IsKind(SyntaxKind.PostDecrementExpression));

    private static bool IsPureCall(InvocationExpressionSyntax invocation, SemanticModel? model) =>
        model?.GetSymbolInfo(invocation).Symbol is IMethodSymbol method && PureCalls.IsPure(method);

    /// <summary>
    /// A statement that evaluates <paramref name="expression"/>: the expression itself where C# allows it
    /// as a statement, otherwise a discard assignment (<c>_ = expression;</c>).
    /// </summary>
    public static StatementSyntax Keep(ExpressionSyntax expression)
    {
        var bare = expression.WithoutTrivia();
        ExpressionSyntax kept = bare is InvocationExpressionSyntax or AwaitExpressionSyntax or ObjectCreationExpressionSyntax or AssignmentExpressionSyntax
            || bare.IsKind(SyntaxKind.PreIncrementExpression)
            || bare.IsKind(SyntaxKind.PreDecrementExpression)
            || bare.IsKind(SyntaxKind.PostIncrementExpression)
            || bare.IsKind(SyntaxKind.PostDecrementExpression)
            ? bare
            : SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName("_"), bare);
        return SyntaxFactory.ExpressionStatement(kept);
    }
}
