using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// A <c>foreach</c> over a collection whose few elements are written out in the code: an array or collection
/// initializer in place, or a <c>readonly</c> array field initialised with one (a table of magnitudes or units).
/// Such a loop runs a bounded number of times, so what it appends does not grow with the input.
/// </summary>
internal static class FixedSizeCollections
{
    /// <summary>The most elements a written-out collection may have to count as a small fixed table.</summary>
    public const int MaximumElements = 8;

    /// <summary>True when <paramref name="loop"/> is a <c>foreach</c> over a written-out collection of at most <see cref="MaximumElements"/> elements.</summary>
    public static bool IsOverSmallFixedCollection(ILoopOperation loop)
    {
        if (loop is not IForEachLoopOperation forEach)
        {
            return false;
        }

        var collection = EnclosingCode.WithoutConversions(forEach.Collection);
        SyntaxNode? written = collection is IFieldReferenceOperation { Field: { IsReadOnly: true, Type: IArrayTypeSymbol } field }
            ? InitializerOf(field)
            : collection.Syntax;
        return written is not null && ElementCount(written) is { } count && count <= MaximumElements;
    }

    private static ExpressionSyntax? InitializerOf(IFieldSymbol field) =>
        field.DeclaringSyntaxReferences.Length == 1 && field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value }
            ? value
            : null;

    private static int? ElementCount(SyntaxNode written) => written switch
    {
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.Count,
        ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions.Count,
        InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ArrayInitializerExpression) => initializer.Expressions.Count,
        CollectionExpressionSyntax collection => collection.Elements.Any(e => e is not ExpressionElementSyntax) ? null : collection.Elements.Count,
        _ => null,
    };
}
