using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// The <c>global using</c> directives of a compilation, found by their names before any file is bound, so that
/// every file knows which names it must bind for them: a <c>global using</c> is judged on the uses of all files.
/// </summary>
internal sealed class GlobalImports
{
    private GlobalImports(ImmutableArray<ISymbol> targets, ImmutableHashSet<string> aliases, bool complete, ImmutableHashSet<string> texts)
    {
        Targets = targets;
        Aliases = aliases;
        IsComplete = complete;
        Texts = texts;
    }

    /// <summary>The namespaces and types the non-alias directives import.</summary>
    public ImmutableArray<ISymbol> Targets { get; }

    /// <summary>The names of the global aliases.</summary>
    public ImmutableHashSet<string> Aliases { get; }

    /// <summary>False when some directive could not be resolved by its name: every name must then be bound.</summary>
    public bool IsComplete { get; }

    /// <summary>What the non-alias directives import, as <see cref="UnnecessaryUsingAnalyzer.Describe"/> writes it.</summary>
    public ImmutableHashSet<string> Texts { get; }

    /// <summary>Whether the compilation has any <c>global using</c>.</summary>
    public bool IsEmpty => Targets.IsEmpty && Aliases.IsEmpty && IsComplete;

    public static GlobalImports Find(Compilation compilation, CancellationToken cancellationToken)
    {
        var directives = compilation.SyntaxTrees
            .SelectMany(tree => ((CompilationUnitSyntax)tree.GetRoot(cancellationToken)).Usings)
            .Where(u => !u.GlobalKeyword.IsKind(SyntaxKind.None))
            .ToList();
        var targets = ImmutableArray.CreateBuilder<ISymbol>();
        var complete = true;
        foreach (var directive in directives.Where(d => d.Alias is null))
        {
            var found = Resolve(compilation, directive);
            complete &= !found.IsEmpty;
            targets.AddRange(found);
        }

        return new GlobalImports(
            targets.ToImmutable(),
            directives.Where(d => d.Alias is not null).Select(d => d.Alias!.Name.Identifier.ValueText).ToImmutableHashSet(StringComparer.Ordinal),
            complete,
            directives.Where(d => d.Alias is null).Select(UnnecessaryUsingAnalyzer.Describe).ToImmutableHashSet(StringComparer.Ordinal));
    }

    /// <summary>The namespace, or the types of a <c>using static</c> (every arity of the name); empty when nothing has that name.</summary>
    private static ImmutableArray<ISymbol> Resolve(Compilation compilation, UsingDirectiveSyntax directive)
    {
        var parts = Parts(directive.Name?.ToString() ?? string.Empty);
        INamespaceOrTypeSymbol current = compilation.GlobalNamespace;
        var last = directive.StaticKeyword.IsKind(SyntaxKind.None) ? parts.Length : parts.Length - 1;
        for (var i = 0; i < last; i++)
        {
            var next = current.GetMembers(parts[i]).OfType<INamespaceOrTypeSymbol>().FirstOrDefault();
            if (next is null)
            {
                return ImmutableArray<ISymbol>.Empty;
            }

            current = next;
        }

        if (last == parts.Length)
        {
            return current is INamespaceSymbol ns ? ImmutableArray.Create<ISymbol>(ns) : ImmutableArray<ISymbol>.Empty;
        }

        return current.GetTypeMembers(parts[last]).Select(t => (ISymbol)t.OriginalDefinition).ToImmutableArray();
    }

    /// <summary>The identifiers of a dotted name, without <c>global::</c>, type arguments and white space.</summary>
    private static string[] Parts(string name)
    {
        var text = new string(name.Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace("global::", string.Empty);
        var depth = 0;
        var plain = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
            if (depth == 0 && c != '>')
            {
                plain.Append(c);
            }
        }

        return plain.ToString().Split('.');
    }
}
