using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Metrics;

/// <summary>
/// AEOS1004: a class (records included) with more than <c>aeos.max_inheritance_depth</c> (default 3) base
/// classes above it, not counting bases matched by <c>aeos.inheritance_depth_ignored_bases</c> and their ancestors.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InheritanceDepthAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.InheritanceDepth, DiagnosticDescriptors.InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var analysis = new CompilationAnalysis(new OptionReader(start.Options.AnalyzerConfigOptionsProvider));
            start.RegisterSymbolAction(analysis.AnalyzeType, SymbolKind.NamedType);
        });
    }

    private sealed class CompilationAnalysis
    {
        private readonly OptionReader _options;
        private readonly ConcurrentDictionary<SyntaxTree, Settings> _settings = new();

        public CompilationAnalysis(OptionReader options)
        {
            _options = options;
        }

        public void AnalyzeType(SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind != TypeKind.Class || type.IsImplicitlyDeclared || type.BaseType is null or { SpecialType: SpecialType.System_Object })
            {
                return;
            }

            // A partial class is reported once, on its first declaration, with that file's options.
            var location = type.Locations.FirstOrDefault(l => l.IsInSource);
            if (location?.SourceTree is not { } tree)
            {
                return;
            }

            var settings = GetSettings(tree, context.ReportDiagnostic);
            var depth = InheritanceDepthCalculator.Measure(type, settings.IgnoredBases);
            if (depth <= settings.Limit)
            {
                return;
            }

            var properties = DiagnosticProperties.ForMetric(depth, settings.Limit, type.GetDocumentationCommentId() ?? type.ToDisplayString());
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InheritanceDepth,
                location,
                properties.ToImmutable(),
                type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                depth,
                depth == 1 ? "class" : "classes",
                settings.Limit));
        }

        private Settings GetSettings(SyntaxTree tree, System.Action<Diagnostic> report)
        {
            if (_settings.TryGetValue(tree, out var settings))
            {
                return settings;
            }

            settings = new Settings(
                _options.Read(AeosOptions.MaxInheritanceDepth, tree, report),
                _options.Read(AeosOptions.InheritanceDepthIgnoredBases, tree, report));
            return _settings.GetOrAdd(tree, settings);
        }
    }

    private sealed class Settings
    {
        public Settings(int limit, WildcardList ignoredBases)
        {
            Limit = limit;
            IgnoredBases = ignoredBases;
        }

        public int Limit { get; }

        public WildcardList IgnoredBases { get; }
    }
}
