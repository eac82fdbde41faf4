using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// Recognises a task that has already completed where its result is read, so that reading it does not
/// block: the task (or the collection it came from) was awaited earlier in the function, for example by
/// <c>await Task.WhenAll(a, b)</c>; it is the result of an <c>await</c> (<c>await Task.WhenAny(…)</c>); or
/// its <c>IsCompleted…</c> or <c>Status</c> was checked earlier. The test is by name, on syntax.
/// </summary>
internal static class CompletedTasks
{
    private static readonly string[] CompletionChecks = { "IsCompleted", "IsCompletedSuccessfully", "IsFaulted", "IsCanceled", "Status" };

    public static bool IsKnownCompleted(IOperation task, SyntaxNode use)
    {
        var symbol = ReferencedSymbol(task);
        var body = FunctionBody(use);
        if (symbol is null || body is null)
        {
            return false;
        }

        if (symbol is ILocalSymbol && DeclaredFromAwait(symbol))
        {
            return true;
        }

        var names = NamesOf(symbol);
        return body.DescendantNodes(n => n.SpanStart < use.SpanStart)
            .Any(node => node.Span.End <= use.SpanStart && ProvesCompletion(node, names));
    }

    /// <summary>The local, parameter or field the task is read from, directly or as an element of an array.</summary>
    private static ISymbol? ReferencedSymbol(IOperation task) => EnclosingCode.WithoutConversions(task) switch
    {
        ILocalReferenceOperation l => l.Local,
        IParameterReferenceOperation p => p.Parameter,
        IFieldReferenceOperation f => f.Field,
        IArrayElementReferenceOperation { ArrayReference: { } array } => ReferencedVariable(array),
        _ => null,
    };

    private static ISymbol? ReferencedVariable(IOperation operation) => operation switch
    {
        ILocalReferenceOperation l => l.Local,
        IParameterReferenceOperation p => p.Parameter,
        IFieldReferenceOperation f => f.Field,
        _ => null,
    };

    /// <summary>An earlier <c>await</c> of one of the names, or a completion check such as <c>t.IsCompleted</c>.</summary>
    private static bool ProvesCompletion(SyntaxNode node, HashSet<string> names) => node switch
    {
        AwaitExpressionSyntax awaited => awaited.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => names.Contains(i.Identifier.ValueText)),
        MemberAccessExpressionSyntax access => System.Array.IndexOf(CompletionChecks, access.Name.Identifier.ValueText) >= 0
            && access.Expression is IdentifierNameSyntax id && names.Contains(id.Identifier.ValueText),
        _ => false,
    };

    /// <summary>The symbol's name, and for a <c>foreach</c> variable the names in the collection it iterates.</summary>
    private static HashSet<string> NamesOf(ISymbol symbol)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal) { symbol.Name };
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is ForEachStatementSyntax forEach)
            {
                names.UnionWith(forEach.Expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Select(i => i.Identifier.ValueText));
            }
        }

        return names;
    }

    private static bool DeclaredFromAwait(ISymbol local) =>
        local.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: AwaitExpressionSyntax });

    private static SyntaxNode? FunctionBody(SyntaxNode node) =>
        node.Ancestors().FirstOrDefault(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or CompilationUnitSyntax);
}
