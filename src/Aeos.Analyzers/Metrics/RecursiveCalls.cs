using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Metrics;

/// <summary>
/// The optional semantic step of <see cref="CognitiveComplexityCalculator"/>: a predicate that tells whether an
/// invocation calls the measured method itself, or a local function from inside that local function (direct
/// recursion; cycles through other methods are not followed). Names are compared first, so the semantic model
/// is asked only about calls that are spelled like a recursive call.
/// </summary>
internal static class RecursiveCalls
{
    /// <summary>The predicate for <paramref name="declaration"/>, or null when no call inside it can be recursive.</summary>
    public static Func<InvocationExpressionSyntax, bool>? Detector(SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (declaration is MethodDeclarationSyntax method)
        {
            names.Add(method.Identifier.ValueText);
        }

        var code = declaration is CompilationUnitSyntax unit
            ? unit.Members.OfType<GlobalStatementSyntax>().SelectMany(statement => statement.DescendantNodes())
            : declaration.DescendantNodes();
        foreach (var node in code)
        {
            if (node is LocalFunctionStatementSyntax local)
            {
                names.Add(local.Identifier.ValueText);
            }
        }

        if (names.Count == 0)
        {
            return null;
        }

        return invocation => IsRecursive(invocation, declaration, names, model, cancellationToken);
    }

    private static bool IsRecursive(InvocationExpressionSyntax invocation, SyntaxNode root, HashSet<string> names, SemanticModel model, CancellationToken cancellationToken)
    {
        var name = CalleeName(invocation.Expression);
        if (name is null || !names.Contains(name))
        {
            return false;
        }

        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol called)
        {
            return false;
        }

        var target = (called.ReducedFrom ?? called).OriginalDefinition;
        for (var node = invocation.Parent; node is not null; node = node.Parent)
        {
            SyntaxNode? candidate = node switch
            {
                LocalFunctionStatementSyntax local when local.Identifier.ValueText == name => local,
                MethodDeclarationSyntax method when method == root && method.Identifier.ValueText == name => method,
                _ => null,
            };
            if (candidate is not null
                && model.GetDeclaredSymbol(candidate, cancellationToken) is IMethodSymbol declared
                && SymbolEqualityComparer.Default.Equals(target, declared.OriginalDefinition))
            {
                return true;
            }

            if (node == root)
            {
                return false;
            }
        }

        return false;
    }

    private static string? CalleeName(ExpressionSyntax callee) => callee switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };
}
