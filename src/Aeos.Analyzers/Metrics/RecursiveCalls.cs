using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Metrics;

/// <summary>
/// The optional semantic step of <see cref="CognitiveComplexityCalculator"/>: a predicate that tells whether an
/// invocation calls the measured method itself, or a local function from inside that local function (direct
/// recursion; cycles through other methods are not followed). Names are compared first, against the method and
/// the local functions that enclose the call, so the semantic model is asked only about calls spelled like a
/// recursive call.
/// </summary>
internal static class RecursiveCalls
{
    /// <summary>The predicate for the function declared by <paramref name="declaration"/>.</summary>
    public static Func<InvocationExpressionSyntax, bool> Detector(SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken) =>
        invocation => IsRecursive(invocation, declaration, model, cancellationToken);

    private static bool IsRecursive(InvocationExpressionSyntax invocation, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
    {
        var name = CalleeName(invocation.Expression);
        if (name is null)
        {
            return false;
        }

        for (var node = invocation.Parent; node is not null; node = node.Parent)
        {
            var candidate = node switch
            {
                LocalFunctionStatementSyntax local when local.Identifier.ValueText == name => local,
                MethodDeclarationSyntax method when method == root && method.Identifier.ValueText == name => (SyntaxNode)method,
                _ => null,
            };
            if (candidate is not null && Calls(invocation, candidate, model, cancellationToken))
            {
                return true;
            }

            if (node == root)
            {
                break;
            }
        }

        return false;
    }

    private static bool Calls(InvocationExpressionSyntax invocation, SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol called
        && model.GetDeclaredSymbol(declaration, cancellationToken) is IMethodSymbol declared
        && SymbolEqualityComparer.Default.Equals((called.ReducedFrom ?? called).OriginalDefinition, declared.OriginalDefinition);

    private static string? CalleeName(ExpressionSyntax callee) => callee switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };
}
