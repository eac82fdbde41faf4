using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// What the names of one file need from using directives, found by binding them: the namespace of every
/// top-level type found by a simple name (unless the file's own namespace already holds it), the type of
/// every static member or nested type found by a simple name (<c>using static</c>), the namespace and type of
/// every extension method (called by name, by a query, <c>foreach</c>, <c>await</c>, a deconstruction or a
/// collection initializer), and every alias. Names in documentation <c>cref</c>s are bound where the compiler
/// parses them (documentation mode Parse or Diagnose); otherwise, and in code disabled by <c>#if</c>, the words
/// are kept so that a directive they might need is not reported. Only names that can be something a directive
/// in question imports are bound (<see cref="ImportTargets.WordsOf"/>): a name whose text is none of those words
/// cannot make a directive needed.
/// </summary>
internal sealed partial class ImportUses
{
    private readonly SemanticModel _model;
    private readonly CancellationToken _cancellationToken;
    private readonly ImmutableHashSet<string>? _words;
    private readonly Dictionary<SyntaxNode, HashSet<INamespaceSymbol>> _enclosing = new();

    private ImportUses(SemanticModel model, ImmutableHashSet<string>? words, CancellationToken cancellationToken)
    {
        _model = model;
        _words = words;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Namespaces (type lookups, extension methods) and types (static members, nested types) by position.</summary>
    public Dictionary<ISymbol, List<int>> Targets { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>Aliases by position.</summary>
    public Dictionary<IAliasSymbol, List<int>> Aliases { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>Words of disabled code and (when documentation comments are not parsed) of <c>cref</c>s.</summary>
    public HashSet<string> Words { get; } = new(System.StringComparer.Ordinal);

    /// <summary>
    /// The uses of the file of <paramref name="model"/>. With <paramref name="words"/>, only names written as one
    /// of them are bound (null: every name); the words of disabled code and unparsed <c>cref</c>s are always kept.
    /// </summary>
    public static ImportUses Collect(SemanticModel model, ImmutableHashSet<string>? words, CancellationToken cancellationToken)
    {
        var uses = new ImportUses(model, words, cancellationToken);
        var root = model.SyntaxTree.GetRoot(cancellationToken);
        var documentation = model.SyntaxTree.Options.DocumentationMode != DocumentationMode.None;
        if (words is null || !words.IsEmpty)
        {
            // A directive inside a namespace declaration may need the directives outside it (using L = List<int>;).
            foreach (var node in root.DescendantNodes(n => n is not UsingDirectiveSyntax { Parent: CompilationUnitSyntax }, descendIntoTrivia: documentation))
            {
                uses.Visit(node);
            }
        }

        uses.Words.UnionWith(DisabledCode.Words(root));
        if (!documentation)
        {
            uses.AddCrefWords(root);
        }

        return uses;
    }

    private bool Binds(string word) => _words is null || _words.Contains(word);

    private void Visit(SyntaxNode node)
    {
        if (node is SimpleNameSyntax name)
        {
            if (Binds(name.Identifier.ValueText))
            {
                VisitName(name);
            }
        }
        else if (PatternMethods.For(node) is { } methods && methods.Any(Binds))
        {
            VisitPattern(node);
        }
    }

    private void VisitName(SimpleNameSyntax name)
    {
        if (name is IdentifierNameSyntax { IsVar: true } || name.Parent is NameEqualsSyntax)
        {
            return;
        }

        if (_model.GetAliasInfo(name, _cancellationToken) is { } alias)
        {
            Add(Aliases, alias, name.SpanStart);
            return;
        }

        var info = _model.GetSymbolInfo(name, _cancellationToken);
        var lookup = IsLookedUp(name);
        foreach (var symbol in info.CandidateSymbols.Add(info.Symbol!).Where(s => s is not null))
        {
            if (symbol is IMethodSymbol { IsExtensionMethod: true })
            {
                AddExtension(symbol, name);
            }
            else if (lookup)
            {
                AddLookup(name, symbol);
            }
        }
    }

    private void AddLookup(SimpleNameSyntax name, ISymbol symbol)
    {
        if (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
        {
            symbol = constructor.ContainingType;
        }

        if (symbol is INamedTypeSymbol type)
        {
            AddType(name, type);
        }
        else if (IsStaticMember(symbol))
        {
            Add(Targets, symbol.ContainingType.OriginalDefinition, name.SpanStart);
        }
    }

    private void AddType(SimpleNameSyntax name, INamedTypeSymbol type)
    {
        var text = name.Identifier.ValueText;
        if (text != type.Name && text + "Attribute" != type.Name)
        {
            return; // a keyword-like name: dynamic, nint, unmanaged …
        }

        if (type.ContainingType is { } outer)
        {
            Add(Targets, outer.OriginalDefinition, name.SpanStart);
        }
        else
        {
            AddNamespace(type.ContainingNamespace, name);
        }
    }

    private static bool IsStaticMember(ISymbol symbol) =>
        symbol is IFieldSymbol or IMethodSymbol or IPropertySymbol or IEventSymbol && symbol.IsStatic && symbol.ContainingType is not null;

    private void AddExtension(ISymbol? symbol, SyntaxNode node)
    {
        if (symbol is IMethodSymbol { IsExtensionMethod: true } method)
        {
            var definition = method.ReducedFrom ?? method;
            Add(Targets, definition.ContainingType.OriginalDefinition, node.SpanStart);
            AddNamespace(definition.ContainingNamespace, node);
        }
    }

    /// <summary>A type of the file's own namespace, or of one around it, needs no directive.</summary>
    private void AddNamespace(INamespaceSymbol? declared, SyntaxNode node)
    {
        var ns = Merged(declared);
        if (ns is null || ns.IsGlobalNamespace || EnclosingNamespaces(node).Contains(ns))
        {
            return;
        }

        Add(Targets, ns, node.SpanStart);
    }

    private HashSet<INamespaceSymbol> EnclosingNamespaces(SyntaxNode node)
    {
        var declaration = (SyntaxNode?)node.FirstAncestorOrSelf<BaseNamespaceDeclarationSyntax>() ?? node.SyntaxTree.GetRoot(_cancellationToken);
        if (_enclosing.TryGetValue(declaration, out var enclosing))
        {
            return enclosing;
        }

        enclosing = new HashSet<INamespaceSymbol>(SymbolEqualityComparer.Default);
        var ns = declaration is BaseNamespaceDeclarationSyntax ? _model.GetDeclaredSymbol(declaration, _cancellationToken) as INamespaceSymbol : null;
        for (var current = Merged(ns); current is not null; current = current.ContainingNamespace)
        {
            enclosing.Add(current);
        }

        _enclosing.Add(declaration, enclosing);
        return enclosing;
    }

    /// <summary>The compilation's namespace: a referenced assembly's namespace symbol is not equal to it.</summary>
    private INamespaceSymbol? Merged(INamespaceSymbol? ns) => ns is null ? null : _model.Compilation.GetCompilationNamespace(ns) ?? ns;

    private static bool IsLookedUp(SimpleNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax access => access.Name != name,
        QualifiedNameSyntax qualified => qualified.Right != name,
        AliasQualifiedNameSyntax aliased => aliased.Name != name,
        MemberBindingExpressionSyntax => false,
        NameMemberCrefSyntax { Parent: QualifiedCrefSyntax } => false,
        _ => true,
    };

    private void AddCrefWords(SyntaxNode root)
    {
        foreach (var trivia in root.DescendantTrivia())
        {
            var text = trivia.ToFullString();
            var start = text.IndexOf("cref", System.StringComparison.Ordinal);
            if (start >= 0)
            {
                DisabledCode.AddWords(text.Substring(start), Words);
            }
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> map, TKey key, int position)
        where TKey : ISymbol
    {
        if (!map.TryGetValue(key, out var positions))
        {
            positions = new List<int>();
            map.Add(key, positions);
        }

        positions.Add(position);
    }
}
