using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.CodeFixes.Reliability;

/// <summary>
/// Which parameters and members the code at one position may read: the parameters of the functions around it
/// up to the first static lambda or local function, and instance members only where <c>this</c> exists (an
/// instance method or accessor, not a field initializer, a constructor initializer or a static function).
/// </summary>
internal sealed class ProviderScope
{
    private readonly List<ISymbol> _functions = new();
    private readonly bool _hasThis;

    public ProviderScope(SemanticModel model, SyntaxNode node)
    {
        var symbol = model.GetEnclosingSymbol(node.SpanStart);
        while (symbol is not null)
        {
            _functions.Add(symbol);
            if (symbol is not IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction, IsStatic: false })
            {
                break;
            }

            symbol = symbol.ContainingSymbol;
        }

        _hasThis = _functions.LastOrDefault() is IMethodSymbol { IsStatic: false, MethodKind: not (MethodKind.AnonymousFunction or MethodKind.LocalFunction) }
            && !node.Ancestors().Any(a => a is ConstructorInitializerSyntax);
    }

    /// <summary>True when <paramref name="symbol"/> can be read here.</summary>
    public bool CanRead(ISymbol symbol) => symbol switch
    {
        IParameterSymbol parameter => _functions.Contains(parameter.ContainingSymbol, SymbolEqualityComparer.Default),
        _ => symbol.IsStatic || _hasThis,
    };
}
