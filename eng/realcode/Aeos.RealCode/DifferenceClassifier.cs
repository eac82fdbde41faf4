using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.RealCode;

/// <summary>
/// Finds in a function's syntax the documented cause of an AEOS1001/CA1502 difference (docs/rules/AEOS1001.md,
/// "Differences from CA1502"); null when the function has none of them.
/// </summary>
internal sealed class DifferenceClassifier
{


    /// <summary>How many differences each cause explained so far.</summary>
    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>The cause of the function's difference, counted; null if none is found.</summary>
    public string? Classify(MeasuredFunction function)
    {
        var node = FunctionAt(function);
        var cause = node is null ? null : CauseIn(node, function);
        if (cause is not null)
        {
            Counts[cause] = Counts.TryGetValue(cause, out var count) ? count + 1 : 1;
        }

        return cause;
    }

    private static string? CauseIn(SyntaxNode function, MeasuredFunction measured)
    {
        if (measured.Aeos is null && IsWithoutBody(function))
        {
            return "declaration without a body (CA1502 reports 1; Aeos has no function)";
        }

        if (function is MethodDeclarationSyntax method && method.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return "partial method (CA1502 measures the definition)";
        }

        return ValueCause(function.DescendantNodes().ToList(), measured);
    }

    /// <summary>Each documented cause moves the values one way: Aeos above CA1502 for arms and combinators, below for &amp; and |.</summary>
    private static string? ValueCause(List<SyntaxNode> nodes, MeasuredFunction measured)
    {
        if (measured.Aeos > measured.Reference)
        {
            return nodes.Any(n => n is SwitchExpressionSyntax) ? "switch expression arms (Aeos counts them)"
                : nodes.Any(n => n is BinaryPatternSyntax) ? "and/or pattern combinators (Aeos counts them)"
                : null;
        }

        return measured.Aeos < measured.Reference && nodes.Any(n => n.IsKind(SyntaxKind.BitwiseAndExpression) || n.IsKind(SyntaxKind.BitwiseOrExpression))
            ? "non-short-circuit & and | (CA1502 counts them on bool)"
            : null;
    }

    private static bool IsWithoutBody(SyntaxNode function) => function switch
    {
        AccessorDeclarationSyntax accessor => accessor.Body is null && accessor.ExpressionBody is null,
        BaseMethodDeclarationSyntax method => method.Body is null && method.ExpressionBody is null,
        PropertyDeclarationSyntax property => property.ExpressionBody is null && HasOnlyBodilessAccessors(property),
        _ => function is EventFieldDeclarationSyntax or EventDeclarationSyntax or FieldDeclarationSyntax,
    };

    private static bool HasOnlyBodilessAccessors(PropertyDeclarationSyntax property) =>
        property.AccessorList is null || property.AccessorList.Accessors.All(a => a.Body is null && a.ExpressionBody is null);

    private static SyntaxNode? FunctionAt(MeasuredFunction function) => FunctionLocator.ForCodeBase(function.CodeBase).FunctionAt(function.File, function.Line, function.Column);
}
