using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// AEOS2001: a using directive (namespace, <c>static</c> or alias) that no name in its scope needs, found by
/// binding the names of the file (<see cref="ImportUses"/>) rather than by the compiler's own bookkeeping, so
/// that it works in every documentation mode. A directive that repeats a <c>global using</c> is unnecessary;
/// a <c>global using</c> is unnecessary when no file of the compilation needs it (reported at its end).
/// Directives that do not bind are left to the compiler.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnnecessaryUsingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnnecessaryUsing);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated files need global usings too; nothing is reported inside them.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
        context.RegisterCompilationStartAction(start =>
        {
            var analysis = new CompilationAnalysis(start.Compilation, start.CancellationToken);
            start.RegisterSemanticModelAction(analysis.AnalyzeModel);
            start.RegisterCompilationEndAction(analysis.ReportGlobalUsings);
        });
    }

    /// <summary>The text that identifies what a directive imports: <c>static System.Math</c>, <c>IO = System.IO</c>.</summary>
    internal static string Describe(UsingDirectiveSyntax directive)
    {
        var name = Normalize(directive.Name?.ToString() ?? string.Empty);
        if (directive.Alias is not null)
        {
            return directive.Alias.Name.Identifier.ValueText + " = " + name;
        }

        return directive.StaticKeyword.IsKind(SyntaxKind.None) ? name : "static " + name;
    }

    private static string Normalize(string name) =>
        new string(name.Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace("global::", string.Empty);

    private sealed class CompilationAnalysis
    {
        private readonly ImmutableHashSet<string> _globalTexts;
        private readonly ConcurrentDictionary<ISymbol, bool> _usedAnywhere = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<string, bool> _aliasesUsed = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, bool> _words = new(StringComparer.Ordinal);
        private readonly ConcurrentBag<(UsingDirectiveSyntax Directive, ISymbol Target)> _globals = new();

        public CompilationAnalysis(Compilation compilation, System.Threading.CancellationToken cancellationToken)
        {
            _globalTexts = compilation.SyntaxTrees
                .SelectMany(tree => ((CompilationUnitSyntax)tree.GetRoot(cancellationToken)).Usings)
                .Where(u => !u.GlobalKeyword.IsKind(SyntaxKind.None) && u.Alias is null)
                .Select(Describe)
                .ToImmutableHashSet(StringComparer.Ordinal);
        }

        public void AnalyzeModel(SemanticModelAnalysisContext context)
        {
            var root = (CompilationUnitSyntax)context.SemanticModel.SyntaxTree.GetRoot(context.CancellationToken);
            var directives = root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<UsingDirectiveSyntax>()
                .ToList();
            if (directives.Count == 0 && _globalTexts.IsEmpty)
            {
                return;
            }

            var uses = ImportUses.Collect(context.SemanticModel, context.CancellationToken);
            Remember(uses);
            foreach (var directive in directives)
            {
                var target = TargetOf(directive, context.SemanticModel, context.CancellationToken);
                if (target is null)
                {
                    continue;
                }

                if (!directive.GlobalKeyword.IsKind(SyntaxKind.None))
                {
                    _globals.Add((directive, target));
                }
                else if (_globalTexts.Contains(Describe(directive)) || !IsNeeded(directive, target, uses))
                {
                    context.ReportDiagnostic(Create(directive, target));
                }
            }
        }

        public void ReportGlobalUsings(CompilationAnalysisContext context)
        {
            foreach (var (directive, target) in _globals)
            {
                var used = target is IAliasSymbol alias
                    ? _aliasesUsed.ContainsKey(alias.Name) || _words.ContainsKey(alias.Name)
                    : _usedAnywhere.Keys.Any(used => Covers(target, used)) || (!_words.IsEmpty && MentionedIn(target, _words.ContainsKey));
                if (!used)
                {
                    context.ReportDiagnostic(Create(directive, target));
                }
            }
        }

        private static Diagnostic Create(UsingDirectiveSyntax directive, ISymbol target) =>
            Diagnostic.Create(
                DiagnosticDescriptors.UnnecessaryUsing,
                directive.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Symbol, target.GetDocumentationCommentId() ?? Describe(directive)),
                Describe(directive));

        /// <summary>The namespace, the type (<c>using static</c>) or the alias; null when the directive does not bind.</summary>
        private static ISymbol? TargetOf(UsingDirectiveSyntax directive, SemanticModel model, System.Threading.CancellationToken cancellationToken)
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

        private static bool IsNeeded(UsingDirectiveSyntax directive, ISymbol target, ImportUses uses)
        {
            var scope = directive.Parent!.Span;
            if (target is IAliasSymbol alias)
            {
                return (uses.Aliases.TryGetValue(alias, out var positions) && positions.Any(scope.Contains)) || uses.Words.Contains(alias.Name);
            }

            return uses.Targets.Any(pair => Covers(target, pair.Key) && pair.Value.Any(scope.Contains))
                || (uses.Words.Count > 0 && MentionedIn(target, uses.Words.Contains));
        }

        /// <summary>Whether the directive's target provides <paramref name="used"/>: the same namespace, or a type inheriting the static member's type.</summary>
        private static bool Covers(ISymbol target, ISymbol used)
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
        private static bool MentionedIn(ISymbol target, Func<string, bool> isWord) => target switch
        {
            INamedTypeSymbol type => isWord(type.Name) || type.MemberNames.Any(isWord),
            INamespaceSymbol ns => ns.GetTypeMembers().Any(t => isWord(t.Name) || (t.MightContainExtensionMethods && t.MemberNames.Any(isWord))),
            _ => false,
        };

        private void Remember(ImportUses uses)
        {
            foreach (var target in uses.Targets.Keys)
            {
                _usedAnywhere.TryAdd(target, true);
            }

            foreach (var alias in uses.Aliases.Keys)
            {
                _aliasesUsed.TryAdd(alias.Name, true);
            }

            foreach (var word in uses.Words)
            {
                _words.TryAdd(word, true);
            }
        }
    }
}
