using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// Which attributes a declaration spells, read off its syntax: a symbol whose declarations name no attribute
/// containing a word cannot carry that attribute, and its attributes need not be bound to find out.
/// </summary>
internal static class AttributeSpelling
{
    /// <summary>
    /// True when a declaration of <paramref name="symbol"/> has an attribute whose written name contains
    /// <paramref name="word"/>, or is of a kind whose attributes are not known here (then the caller binds).
    /// </summary>
    public static bool MayCarry(ISymbol symbol, string word)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var lists = ListsOf(reference.GetSyntax());
            if (lists is not { } known || known.Any(list => list.Attributes.Any(a => a.Name.ToString().IndexOf(word, StringComparison.Ordinal) >= 0)))
            {
                return true;
            }
        }

        return false;
    }

    private static SyntaxList<AttributeListSyntax>? ListsOf(SyntaxNode declaration) => declaration switch
    {
        MemberDeclarationSyntax member => member.AttributeLists,
        VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field } => field.AttributeLists,
        ParameterSyntax parameter => parameter.AttributeLists,
        _ => null,
    };
}
