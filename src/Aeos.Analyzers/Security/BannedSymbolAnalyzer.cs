using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Security;

/// <summary>
/// AEOS3001: a use of a symbol banned by <c>BannedSymbols.txt</c>, any additional file named
/// <c>BannedSymbols.*.txt</c>, or the built-in list. Every mention is bound: type names anywhere (declarations,
/// <c>typeof</c>, casts, generic arguments, attributes, <c>using static</c>), members (calls, extension
/// methods, inherited and overriding members, properties, fields, events, indexers, constructors) and the
/// <c>using</c> directives of banned namespaces. A malformed line is reported in its file.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BannedSymbolAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.BannedSymbol, DiagnosticDescriptors.InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var state = new CompilationState(start.Compilation, start.Options, start.CancellationToken);
            start.RegisterAdditionalFileAction(state.ReportProblems);
            start.RegisterSyntaxNodeAction(state.AnalyzeName, SyntaxKind.IdentifierName, SyntaxKind.GenericName);
            start.RegisterSyntaxNodeAction(
                state.AnalyzeImplicitMember,
                SyntaxKind.ObjectCreationExpression,
                SyntaxKind.ImplicitObjectCreationExpression,
                SyntaxKind.BaseConstructorInitializer,
                SyntaxKind.ElementAccessExpression);
        });
    }

    /// <summary>True for <c>BannedSymbols.txt</c> and <c>BannedSymbols.*.txt</c>, as BannedApiAnalyzers reads them.</summary>
    internal static bool IsBannedSymbolsFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Equals("BannedSymbols.txt", StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith("BannedSymbols.", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
    }

    private sealed class CompilationState
    {
        private readonly OptionReader _options;
        private readonly Dictionary<string, ImmutableArray<BannedSymbolProblem>> _problems = new(StringComparer.Ordinal);
        private readonly Lazy<BannedSymbolSet> _withDefaults;
        private readonly Lazy<BannedSymbolSet> _withoutDefaults;
        private readonly ConcurrentDictionary<SyntaxTree, BannedSymbolSet> _perTree = new();

        public CompilationState(Compilation compilation, AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
        {
            _options = new OptionReader(options.AnalyzerConfigOptionsProvider);
            var userEntries = new List<BannedSymbolEntry>();
            foreach (var file in options.AdditionalFiles.Where(f => IsBannedSymbolsFile(f.Path)).OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var text = file.GetText(cancellationToken);
                if (text is null)
                {
                    continue;
                }

                var (entries, problems) = BannedSymbolsParser.Parse(file.Path, text);
                userEntries.AddRange(entries);
                _problems[file.Path] = problems;
            }

            var defaults = BannedSymbolsParser.Parse(BannedSymbolsDefaults.Path, BannedSymbolsDefaults.SourceText).Entries;
            _withDefaults = new Lazy<BannedSymbolSet>(() => new BannedSymbolSet(compilation, defaults.Concat(userEntries)));
            _withoutDefaults = new Lazy<BannedSymbolSet>(() => new BannedSymbolSet(compilation, userEntries));
        }

        public void ReportProblems(AdditionalFileAnalysisContext context)
        {
            if (!_problems.TryGetValue(context.AdditionalFile.Path, out var problems))
            {
                return;
            }

            foreach (var problem in problems)
            {
                var text = string.Format(
                    CultureInfo.InvariantCulture,
                    "line {0} is not a valid entry ('{1}'): {2}",
                    problem.Line,
                    problem.Text,
                    problem.Reason);
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.BannedSymbol,
                    Location.Create(problem.Path, problem.Span, problem.LineSpan),
                    Path.GetFileName(problem.Path),
                    text));
            }
        }

        public void AnalyzeName(SyntaxNodeAnalysisContext context)
        {
            var name = (SimpleNameSyntax)context.Node;
            if (name.IsVar || name.Parent is NameColonSyntax or NameEqualsSyntax)
            {
                return;
            }

            var set = SetFor(context);
            if (set.IsEmpty || context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol is not { } symbol
                || set.Find(symbol) is not { } ban || IsInside(context.ContainingSymbol, ban.Banned) || !IsReportedAtName(context, set, name, symbol, ban.Banned))
            {
                return;
            }

            Report(context, name.Identifier.GetLocation(), symbol, ban.Entry);
        }

        public void AnalyzeImplicitMember(SyntaxNodeAnalysisContext context)
        {
            var set = SetFor(context);
            if (set.IsEmpty || context.SemanticModel.GetSymbolInfo(context.Node, context.CancellationToken).Symbol is not { } symbol
                || set.Find(symbol) is not { } ban || IsInside(context.ContainingSymbol, ban.Banned))
            {
                return;
            }

            // A ban of the type (or namespace) of `new T()` or `: base()` is already reported at the type's name.
            var bannedItself = ban.Banned is not INamedTypeSymbol and not INamespaceSymbol;
            if (bannedItself || context.Node is ImplicitObjectCreationExpressionSyntax or ElementAccessExpressionSyntax)
            {
                Report(context, context.Node.GetLocation(), symbol, ban.Entry);
            }
        }

        /// <summary>The banned type, namespace or member's own code uses it freely.</summary>
        private static bool IsInside(ISymbol? containing, ISymbol banned)
        {
            for (var current = containing; current is not null; current = current.ContainingSymbol)
            {
                if (SymbolEqualityComparer.Default.Equals(current, banned))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsReportedAtName(SyntaxNodeAnalysisContext context, BannedSymbolSet set, SimpleNameSyntax name, ISymbol symbol, ISymbol banned)
        {
            if (symbol is INamespaceSymbol)
            {
                // Namespaces are reported in `using` directives only; in code, the banned type names are.
                return name.Parent is UsingDirectiveSyntax || (name.Parent is QualifiedNameSyntax { Parent: UsingDirectiveSyntax } q && q.Right == name);
            }

            if (SymbolEqualityComparer.Default.Equals(banned, symbol.OriginalDefinition) || SymbolEqualityComparer.Default.Equals(banned, symbol))
            {
                return true;
            }

            // Banned through its type or namespace: when that type is written on the left (`Banned.Member`), it is reported there.
            var left = name.Parent switch
            {
                MemberAccessExpressionSyntax access when access.Name == name => access.Expression,
                QualifiedNameSyntax qualified when qualified.Right == name => qualified.Left,
                _ => null,
            };
            return left is null
                || context.SemanticModel.GetSymbolInfo(left, context.CancellationToken).Symbol is not ITypeSymbol leftType
                || set.Find(leftType) is null;
        }

        private BannedSymbolSet SetFor(SyntaxNodeAnalysisContext context) =>
            _perTree.GetOrAdd(context.Node.SyntaxTree, tree =>
                _options.Read(AeosOptions.BannedSymbolsDefaults, tree, context.ReportDiagnostic) == BuiltInBannedSymbols.Included
                    ? _withDefaults.Value
                    : _withoutDefaults.Value);

        private static void Report(SyntaxNodeAnalysisContext context, Location location, ISymbol symbol, BannedSymbolEntry entry)
        {
            var reason = entry.Message.Length == 0 ? "is banned (" + entry.Id + ")" : "is banned (" + entry.Id + "): " + entry.Message;
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.Symbol, SecurityDiagnostics.ContainingId(context))
                .Add(DiagnosticProperties.BannedSymbol, entry.Id);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.BannedSymbol,
                location,
                properties,
                symbol is INamespaceSymbol ? symbol.ToDisplayString() : symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                reason));
        }
    }
}
