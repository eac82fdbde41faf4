using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Documentation;

/// <summary>
/// AEOS1005: the share of the API (the members AEOS1006 looks at) that is documented is below
/// <c>aeos.min_documentation_coverage</c> (default 80 %). Reported once per compilation, without a location.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DocumentationCoverageAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.DocumentationCoverage, DiagnosticDescriptors.InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var analysis = new CompilationAnalysis(new OptionReader(start.Options.AnalyzerConfigOptionsProvider));
            start.RegisterSymbolAction(analysis.AnalyzeSymbol, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Event, SymbolKind.Field);
            start.RegisterCompilationEndAction(analysis.Report);
        });
    }

    private sealed class CompilationAnalysis
    {
        private readonly OptionReader _options;
        private readonly ConcurrentDictionary<SyntaxTree, Settings> _settings = new();
        private readonly object _limitLock = new();
        private int _total;
        private int _documented;
        private decimal? _limit;

        public CompilationAnalysis(OptionReader options)
        {
            _options = options;
        }

        public void AnalyzeSymbol(SymbolAnalysisContext context)
        {
            // Cheapest first: accessibility, then the kind of declaration, then the options of its file.
            var symbol = context.Symbol;
            var visibility = ApiMembers.VisibilityOf(symbol);
            if (visibility == ApiVisibility.Private
                || !ApiMembers.IsCandidate(symbol)
                || ApiMembers.ReportLocation(symbol) is not { SourceTree: { } tree })
            {
                return;
            }

            var settings = GetSettings(tree, context);
            if (!ApiMembers.IsInScope(visibility, settings.Scope))
            {
                return;
            }

            Interlocked.Increment(ref _total);
            if (DocumentationComments.StateOf(symbol, context.CancellationToken) == DocumentationState.Documented)
            {
                Interlocked.Increment(ref _documented);
            }

            lock (_limitLock)
            {
                // Files may disagree: the strictest limit of the files that hold API members applies.
                _limit = _limit is { } current ? Math.Max(current, settings.Limit) : settings.Limit;
            }
        }

        public void Report(CompilationAnalysisContext context)
        {
            var total = Volatile.Read(ref _total);
            var documented = Volatile.Read(ref _documented);
            decimal limit;
            lock (_limitLock)
            {
                limit = _limit ?? AeosOptions.MinDocumentationCoverage.DefaultValue;
            }

            if (total == 0 || documented * 100m >= limit * total)
            {
                return;
            }

            // Rounded down, so a coverage just under the limit never reads as the limit itself.
            var percentage = Math.Floor(documented * 1000m / total) / 10m;
            var value = percentage.ToString("0.#", CultureInfo.InvariantCulture);
            var limitText = limit.ToString("0.##", CultureInfo.InvariantCulture);
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties.Add(DiagnosticProperties.Value, value);
            properties.Add(DiagnosticProperties.Limit, limitText);
            properties.Add(DiagnosticProperties.Documented, documented.ToString(CultureInfo.InvariantCulture));
            properties.Add(DiagnosticProperties.Total, total.ToString(CultureInfo.InvariantCulture));
            properties.Add(DiagnosticProperties.Missing, (total - documented).ToString(CultureInfo.InvariantCulture));
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DocumentationCoverage,
                Location.None,
                properties.ToImmutable(),
                value,
                documented,
                total,
                total - documented,
                limitText));
        }

        private Settings GetSettings(SyntaxTree tree, SymbolAnalysisContext context)
        {
            if (_settings.TryGetValue(tree, out var settings))
            {
                return settings;
            }

            // An invalid scope is reported by UndocumentedMemberAnalyzer, which reads the same key: one AEOS0001, not two.
            settings = new Settings(
                _options.Read(AeosOptions.DocumentationScope, tree, static _ => { }),
                _options.Read(AeosOptions.MinDocumentationCoverage, tree, context.ReportDiagnostic));
            return _settings.GetOrAdd(tree, settings);
        }
    }

    private sealed class Settings
    {
        public Settings(DocumentationScope scope, decimal limit)
        {
            Scope = scope;
            Limit = limit;
        }

        public DocumentationScope Scope { get; }

        public decimal Limit { get; }
    }
}
