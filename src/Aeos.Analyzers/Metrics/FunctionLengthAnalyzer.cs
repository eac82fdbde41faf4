using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Metrics;

/// <summary>AEOS1003: a function longer than <c>aeos.max_function_lines</c> (default 50) lines.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FunctionLengthAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.FunctionLength, DiagnosticDescriptors.InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var analysis = new CompilationAnalysis(new OptionReader(start.Options.AnalyzerConfigOptionsProvider));
            start.RegisterSyntaxNodeAction(analysis.AnalyzeNode, FunctionDeclaration.Kinds);
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

        public void AnalyzeNode(SyntaxNodeAnalysisContext context)
        {
            if (!FunctionDeclaration.TryCreate(context.Node, out var function))
            {
                return;
            }

            var settings = GetSettings(context);
            var length = FunctionLengthCalculator.Measure(function, settings.Mode);
            if (length <= settings.Limit)
            {
                return;
            }

            var symbol = FunctionSymbols.Describe(function, context.SemanticModel, context.CancellationToken);
            var properties = DiagnosticProperties.ForMetric(length, settings.Limit, symbol.DocumentationId);
            var unit = settings.Mode == FunctionLinesMode.Code
                ? (length == 1 ? "line of code" : "lines of code")
                : (length == 1 ? "line" : "lines");
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.FunctionLength,
                function.IdentifierLocation,
                properties.ToImmutable(),
                symbol.DisplayName,
                length,
                unit,
                settings.Limit));
        }

        private Settings GetSettings(SyntaxNodeAnalysisContext context)
        {
            var tree = context.Node.SyntaxTree;
            if (_settings.TryGetValue(tree, out var settings))
            {
                return settings;
            }

            settings = new Settings(
                _options.Read(AeosOptions.MaxFunctionLines, tree, context.ReportDiagnostic),
                _options.Read(AeosOptions.FunctionLinesMode, tree, context.ReportDiagnostic));
            return _settings.GetOrAdd(tree, settings);
        }
    }

    private sealed class Settings
    {
        public Settings(int limit, FunctionLinesMode mode)
        {
            Limit = limit;
            Mode = mode;
        }

        public int Limit { get; }

        public FunctionLinesMode Mode { get; }
    }
}
