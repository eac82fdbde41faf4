using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers.Security;

/// <summary>
/// The banned and allowed symbols of one compilation, resolved once from the entries. A symbol is banned
/// when it, the member it overrides or reduces from, a containing type or a containing namespace is
/// banned; the nearest entry wins, so an allowed member of a banned type is not banned.
/// </summary>
internal sealed class BannedSymbolSet
{
    private readonly Dictionary<ISymbol, BannedSymbolEntry> _entries = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> _typeNames = new(System.StringComparer.Ordinal);

    public BannedSymbolSet(Compilation compilation, IEnumerable<BannedSymbolEntry> entries)
    {
        foreach (var entry in entries)
        {
            foreach (var symbol in Resolve(compilation, entry))
            {
                // A later line overrides an earlier one, so a project's `!` line trims the built-in list.
                _entries[symbol] = entry;
                AddNames(symbol);
            }
        }
    }

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>
    /// A cheap test before binding a name: only a name spelled like a banned type, a type of a banned
    /// namespace (attributes also without their <c>Attribute</c> suffix) or a banned namespace can refer to one.
    /// </summary>
    public bool MayNameBannedTypeOrNamespace(string text) => _typeNames.Contains(text);

    private void AddNames(ISymbol symbol)
    {
        switch (symbol)
        {
            case INamedTypeSymbol type:
                _typeNames.Add(type.Name);
                if (type.Name.EndsWith("Attribute", System.StringComparison.Ordinal) && type.Name.Length > "Attribute".Length)
                {
                    _typeNames.Add(type.Name.Substring(0, type.Name.Length - "Attribute".Length));
                }

                foreach (var nested in type.GetTypeMembers())
                {
                    AddNames(nested);
                }

                break;
            case INamespaceSymbol ns:
                _typeNames.Add(ns.Name);
                foreach (var member in ns.GetMembers())
                {
                    AddNames(member);
                }

                break;
        }
    }

    /// <summary>The ban that applies to <paramref name="symbol"/> and the symbol it names, or null.</summary>
    public (BannedSymbolEntry Entry, ISymbol Banned)? Find(ISymbol symbol)
    {
        foreach (var candidate in Candidates(symbol))
        {
            if (_entries.TryGetValue(candidate, out var entry))
            {
                return entry.IsAllowed ? null : (entry, candidate);
            }
        }

        return null;
    }

    private static IEnumerable<ISymbol> Resolve(Compilation compilation, BannedSymbolEntry entry)
    {
        if (!entry.IsOverloadSet)
        {
            return DocumentationCommentId.GetSymbolsForDeclarationId(entry.Id, compilation);
        }

        var name = entry.Id.Substring(2, entry.Id.Length - 3);
        var dot = name.LastIndexOf('.');
        if (dot <= 0)
        {
            return ImmutableArray<ISymbol>.Empty;
        }

        var methodName = name.Substring(dot + 1);
        var overloads = new List<ISymbol>();
        foreach (var type in DocumentationCommentId.GetSymbolsForDeclarationId("T:" + name.Substring(0, dot), compilation))
        {
            if (type is INamedTypeSymbol named)
            {
                overloads.AddRange(named.GetMembers(methodName == "#ctor" ? ".ctor" : methodName));
            }
        }

        return overloads;
    }

    private static IEnumerable<ISymbol> Candidates(ISymbol symbol)
    {
        foreach (var member in MemberForms(symbol))
        {
            yield return member;
        }

        for (var type = symbol as INamedTypeSymbol ?? symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            yield return type.OriginalDefinition;
        }

        for (var ns = symbol as INamespaceSymbol ?? symbol.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            yield return ns;
        }
    }

    private static IEnumerable<ISymbol> MemberForms(ISymbol symbol)
    {
        if (symbol is INamespaceSymbol or INamedTypeSymbol)
        {
            yield break;
        }

        yield return symbol;
        yield return symbol.OriginalDefinition;
        if (symbol is IMethodSymbol { ReducedFrom: { } reduced })
        {
            yield return reduced.OriginalDefinition;
        }

        for (var overridden = Overridden(symbol); overridden is not null; overridden = Overridden(overridden))
        {
            yield return overridden.OriginalDefinition;
        }
    }

    private static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        IEventSymbol @event => @event.OverriddenEvent,
        _ => null,
    };
}
