using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Unused;

/// <summary>The per-compilation state: what every file used, for the <c>global using</c> directives judged at the end.</summary>
public sealed partial class UnnecessaryUsingAnalyzer
{
    private sealed class CompilationAnalysis
    {
        private readonly GlobalImports _globalImports;
        private readonly bool _useCompilerRecord;
        private readonly ImportTargets _targets = new();
        private readonly ConcurrentDictionary<ISymbol, bool> _usedAnywhere = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<string, bool> _aliasesUsed = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, bool> _words = new(StringComparer.Ordinal);
        private readonly ConcurrentBag<(UsingDirectiveSyntax Directive, ISymbol Target)> _globals = new();

        public CompilationAnalysis(GlobalImports globalImports, bool useCompilerRecord)
        {
            _globalImports = globalImports;
            _useCompilerRecord = useCompilerRecord;
        }

        public void AnalyzeModel(SemanticModelAnalysisContext context)
        {
            var model = context.SemanticModel;
            var directives = BoundDirectives(model, context.CancellationToken);
            if (directives.Count == 0 && _globalImports.IsEmpty)
            {
                return;
            }

            var locals = directives.Where(pair => pair.Directive.GlobalKeyword.IsKind(SyntaxKind.None)).ToList();
            if (!context.IsGeneratedCode)
            {
                directives.Except(locals).ToList().ForEach(_globals.Add);
            }

            var fast = _useCompilerRecord && CompilerImportRecord.IsKept(model);
            var uses = ImportUses.Collect(model, WordsToBind(fast ? Enumerable.Empty<ISymbol>() : locals.Select(pair => pair.Target)), context.CancellationToken);
            Remember(uses);
            var judge = fast ? CompilerJudge(model, uses, context.CancellationToken) : WalkJudge(uses);
            foreach (var (directive, target) in locals)
            {
                if (_globalImports.Texts.Contains(Describe(directive)) || judge(directive, target))
                {
                    context.ReportDiagnostic(Create(directive, target));
                }
            }
        }

        public void ReportGlobalUsings(CompilationAnalysisContext context)
        {
            foreach (var (directive, target) in _globals)
            {
                if (!IsUsedAnywhere(target))
                {
                    context.ReportDiagnostic(Create(directive, target));
                }
            }
        }

        /// <summary>The directives of the file that bind, with their targets.</summary>
        private static System.Collections.Generic.List<(UsingDirectiveSyntax Directive, ISymbol Target)> BoundDirectives(SemanticModel model, CancellationToken cancellationToken)
        {
            var root = (CompilationUnitSyntax)model.SyntaxTree.GetRoot(cancellationToken);
            return root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<UsingDirectiveSyntax>()
                .Select(d => (Directive: d, Target: ImportTargets.TargetOf(d, model, cancellationToken)))
                .Where(pair => pair.Target is not null)
                .Select(pair => (pair.Directive, Target: pair.Target!))
                .ToList();
        }

        /// <summary>The compiler found the directive unnecessary, and no disabled code mentions what it imports.</summary>
        private static Func<UsingDirectiveSyntax, ISymbol, bool> CompilerJudge(SemanticModel model, ImportUses uses, CancellationToken cancellationToken)
        {
            var unnecessary = CompilerImportRecord.Unnecessary(model, cancellationToken);
            return (directive, target) => unnecessary.Contains(directive) && !ImportTargets.MentionedIn(target, uses.Words.Contains);
        }

        private static Func<UsingDirectiveSyntax, ISymbol, bool> WalkJudge(ImportUses uses) =>
            (directive, target) => !IsNeeded(directive, target, uses);

        /// <summary>The words of the local directives' targets and of the global ones no file is known to need yet; null: every name.</summary>
        private ImmutableHashSet<string>? WordsToBind(System.Collections.Generic.IEnumerable<ISymbol> locals)
        {
            if (!_globalImports.IsComplete)
            {
                return null;
            }

            var words = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var target in locals.Concat(_globalImports.Targets.Where(t => !IsUsedAnywhere(t))))
            {
                words.UnionWith(_targets.WordsOf(target));
            }

            words.UnionWith(_globalImports.Aliases.Where(a => !_aliasesUsed.ContainsKey(a)));
            return words.ToImmutable();
        }

        private static bool IsNeeded(UsingDirectiveSyntax directive, ISymbol target, ImportUses uses)
        {
            var scope = directive.Parent!.Span;
            if (target is IAliasSymbol alias)
            {
                return (uses.Aliases.TryGetValue(alias, out var positions) && positions.Any(scope.Contains)) || uses.Words.Contains(alias.Name);
            }

            return uses.Targets.Any(pair => ImportTargets.Covers(target, pair.Key) && pair.Value.Any(scope.Contains))
                || (uses.Words.Count > 0 && ImportTargets.MentionedIn(target, uses.Words.Contains));
        }

        /// <summary>Whether some file used the target: the alias by name, the namespace, or the type or one of its base types.</summary>
        private bool IsUsedAnywhere(ISymbol target)
        {
            if (target is IAliasSymbol alias)
            {
                return _aliasesUsed.ContainsKey(alias.Name) || _words.ContainsKey(alias.Name);
            }

            return UsedProviders(target).Any(_usedAnywhere.ContainsKey)
                || (!_words.IsEmpty && ImportTargets.MentionedIn(target, _words.ContainsKey));
        }

        /// <summary>The used symbols that a directive importing <paramref name="target"/> provides (<see cref="ImportTargets.Covers"/>).</summary>
        private static System.Collections.Generic.IEnumerable<ISymbol> UsedProviders(ISymbol target)
        {
            if (target is not INamedTypeSymbol type)
            {
                yield return target;
                yield break;
            }

            for (var current = type; current is not null; current = current.BaseType?.OriginalDefinition)
            {
                yield return current;
            }
        }

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
