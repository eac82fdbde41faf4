using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// What a using directive imports (its target: a namespace, a type for <c>using static</c>, or an alias), the
/// words a name must be written as to use it, and whether a used symbol is one the target provides. The words of
/// a target are computed once per compilation.
/// </summary>
internal sealed class ImportTargets
{
    private const string AttributeSuffix = "Attribute";

    private readonly ConcurrentDictionary<ISymbol, ImmutableHashSet<string>> _words = new(SymbolEqualityComparer.Default);

    /// <summary>The namespace, the type (<c>using static</c>) or the alias; null when the directive does not bind.</summary>
    public static ISymbol? TargetOf(UsingDirectiveSyntax directive, SemanticModel model, CancellationToken cancellationToken)
    {
        if (directive.Alias is not null)
        {
            return model.GetDeclaredSymbol(directive, cancellationToken) is IAliasSymbol { Target.Kind: not SymbolKind.ErrorType } alias ? alias : null;
        }

        var symbol = directive.Name is null ? null : model.GetSymbolInfo(directive.Name, cancellationToken).Symbol;
        return directive.StaticKeyword.IsKind(SyntaxKind.None)
            ? symbol as INamespaceSymbol
            : (symbol as INamedTypeSymbol)?.OriginalDefinition;
    }

    /// <summary>
    /// The texts of the names that can use <paramref name="target"/>: the alias; a namespace's type names (also without
    /// <c>Attribute</c>) and the member names of its types that may hold extension methods; a type's member and
    /// nested-type names, with those of its base types.
    /// </summary>
    public ImmutableHashSet<string> WordsOf(ISymbol target) => _words.GetOrAdd(target, Compute);

    /// <summary>Whether the directive's target provides <paramref name="used"/>: the same namespace, or a type inheriting the static member's type.</summary>
    public static bool Covers(ISymbol target, ISymbol used)
    {
        if (target is not INamedTypeSymbol type)
        {
            return SymbolEqualityComparer.Default.Equals(target, used);
        }

        for (var current = type; current is not null; current = current.BaseType?.OriginalDefinition)
        {
            if (SymbolEqualityComparer.Default.Equals(current, used))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Disabled code or an unparsed <c>cref</c> names a type, an extension method or a static member the directive imports.</summary>
    public static bool MentionedIn(ISymbol target, Func<string, bool> isWord) => target switch
    {
        IAliasSymbol alias => isWord(alias.Name),
        INamedTypeSymbol type => isWord(type.Name) || type.MemberNames.Any(isWord),
        INamespaceSymbol ns => ns.GetTypeMembers().Any(t => isWord(t.Name) || (t.MightContainExtensionMethods && t.MemberNames.Any(isWord))),
        _ => false,
    };

    private static ImmutableHashSet<string> Compute(ISymbol target)
    {
        var words = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        switch (target)
        {
            case IAliasSymbol alias:
                words.Add(alias.Name);
                break;
            case INamespaceSymbol ns:
                foreach (var type in ns.GetTypeMembers())
                {
                    AddTypeName(type, words);
                    if (type.MightContainExtensionMethods)
                    {
                        words.UnionWith(type.MemberNames);
                    }
                }

                break;
            case INamedTypeSymbol imported:
                for (var current = imported; current is not null; current = current.BaseType)
                {
                    words.UnionWith(current.MemberNames);
                    foreach (var nested in current.GetTypeMembers())
                    {
                        AddTypeName(nested, words);
                    }
                }

                break;
        }

        return words.ToImmutable();
    }

    private static void AddTypeName(INamedTypeSymbol type, ImmutableHashSet<string>.Builder words)
    {
        words.Add(type.Name);
        if (type.Name.EndsWith(AttributeSuffix, StringComparison.Ordinal) && type.Name.Length > AttributeSuffix.Length)
        {
            words.Add(type.Name.Substring(0, type.Name.Length - AttributeSuffix.Length));
        }
    }
}
