using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Metrics;

/// <summary>
/// The three syntax metric rules, from one pass of <see cref="SyntaxMetricsCalculator"/> over each function:
/// <list type="bullet">
/// <item>AEOS1001: a function whose cyclomatic complexity exceeds <c>aeos.max_cyclomatic_complexity</c> (default 10);
/// primary constructors are functions too.</item>
/// <item>AEOS1002: a function whose cognitive complexity is above <c>aeos.max_cognitive_complexity</c> (default 15);
/// a field or property initializer that holds a lambda is measured like a function.</item>
/// <item>AEOS1003: a function longer than <c>aeos.max_function_lines</c> (default 50) lines.</item>
/// </list>
/// Local functions, lambdas and anonymous methods count toward the complexity of the member that contains them and
/// are not reported on their own by AEOS1001 and AEOS1002; AEOS1003 reports a long local function itself.
/// One analyzer, not three, so that each function is walked once for all three numbers; a rule turned off for a
/// file (severity <c>none</c>) is not computed there.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SyntaxMetricsAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<SyntaxKind> PrimaryConstructorKinds = ImmutableArray.Create(
        SyntaxKind.ClassDeclaration,
        SyntaxKind.StructDeclaration,
        SyntaxKind.RecordDeclaration,
        SyntaxKind.RecordStructDeclaration);

    private static readonly ImmutableArray<SyntaxKind> InitializerKinds = ImmutableArray.Create(
        SyntaxKind.FieldDeclaration,
        SyntaxKind.EventFieldDeclaration,
        SyntaxKind.PrimaryConstructorBaseType);

    private readonly SyntaxMetricKinds _rules;

    public SyntaxMetricsAnalyzer()
        : this(SyntaxMetricKinds.All)
    {
    }

    /// <summary>The analyzer reporting only <paramref name="rules"/>: the tests of one rule use it to see that rule's diagnostics alone.</summary>
    internal SyntaxMetricsAnalyzer(SyntaxMetricKinds rules)
    {
        _rules = rules;
        var descriptors = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        AddIf(descriptors, rules, SyntaxMetricKinds.CyclomaticComplexity, DiagnosticDescriptors.CyclomaticComplexity);
        AddIf(descriptors, rules, SyntaxMetricKinds.CognitiveComplexity, DiagnosticDescriptors.CognitiveComplexity);
        AddIf(descriptors, rules, SyntaxMetricKinds.Length, DiagnosticDescriptors.FunctionLength);
        descriptors.Add(DiagnosticDescriptors.InvalidOption);
        SupportedDiagnostics = descriptors.ToImmutable();
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var analysis = new CompilationAnalysis(start.Compilation.Options, new OptionReader(start.Options.AnalyzerConfigOptionsProvider), _rules);
            start.RegisterSyntaxNodeAction(analysis.AnalyzeNode, Kinds(_rules));
        });
    }

    private static void AddIf(ImmutableArray<DiagnosticDescriptor>.Builder descriptors, SyntaxMetricKinds rules, SyntaxMetricKinds rule, DiagnosticDescriptor descriptor)
    {
        if ((rules & rule) != 0)
        {
            descriptors.Add(descriptor);
        }
    }

    private static ImmutableArray<SyntaxKind> Kinds(SyntaxMetricKinds rules)
    {
        var kinds = (rules & SyntaxMetricKinds.Length) != 0 ? FunctionDeclaration.Kinds : FunctionDeclaration.Kinds.Remove(SyntaxKind.LocalFunctionStatement);
        if ((rules & SyntaxMetricKinds.CyclomaticComplexity) != 0)
        {
            kinds = kinds.AddRange(PrimaryConstructorKinds);
        }

        if ((rules & SyntaxMetricKinds.CognitiveComplexity) != 0)
        {
            kinds = kinds.AddRange(InitializerKinds);
        }

        return kinds;
    }

    private sealed class CompilationAnalysis
    {
        private static readonly (SyntaxMetricKinds Rule, string Id)[] Rules =
        {
            (SyntaxMetricKinds.CyclomaticComplexity, RuleIdentifiers.CyclomaticComplexity),
            (SyntaxMetricKinds.CognitiveComplexity, RuleIdentifiers.CognitiveComplexity),
            (SyntaxMetricKinds.Length, RuleIdentifiers.FunctionLength),
        };

        private readonly CompilationOptions _compilationOptions;
        private readonly OptionReader _options;
        private readonly SyntaxMetricKinds _rules;
        private readonly ConcurrentDictionary<SyntaxTree, TreeSettings> _settings = new();

        // The compiler runs node actions inside a primary constructor's base arguments once for the type and
        // once for the constructor, whose declaration is the type's; only the first run reports.
        private readonly ConcurrentDictionary<PrimaryConstructorBaseTypeSyntax, bool> _reportedBaseArguments = new();

        public CompilationAnalysis(CompilationOptions compilationOptions, OptionReader options, SyntaxMetricKinds rules)
        {
            _compilationOptions = compilationOptions;
            _options = options;
            _rules = rules;
        }

        public void AnalyzeNode(SyntaxNodeAnalysisContext context)
        {
            var settings = GetSettings(context);
            switch (context.Node)
            {
                case TypeDeclarationSyntax type:
                    AnalyzePrimaryConstructorComplexity(context, settings, type);
                    return;
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (HoldsLambda(variable.Initializer))
                        {
                            AnalyzeInitializer(context, settings, variable, variable.Identifier);
                        }
                    }

                    return;
                case PrimaryConstructorBaseTypeSyntax baseType:
                    AnalyzePrimaryConstructorArguments(context, settings, baseType);
                    return;
            }

            var initializedProperty = IsCognitive(_rules) && context.Node is PropertyDeclarationSyntax { Initializer: { } initializer } && HoldsLambda(initializer);
            if (initializedProperty)
            {
                var property = (PropertyDeclarationSyntax)context.Node;
                AnalyzeInitializer(context, settings, property, property.Identifier);
            }

            if (FunctionDeclaration.TryCreate(context.Node, out var function))
            {
                // An initialized property's cognitive complexity is its initializer's, reported above.
                AnalyzeFunction(context, settings, function, initializedProperty ? _rules & ~SyntaxMetricKinds.CognitiveComplexity : _rules);
            }
        }

        private static bool IsCognitive(SyntaxMetricKinds kinds) => (kinds & SyntaxMetricKinds.CognitiveComplexity) != 0;

        private static bool HoldsLambda(EqualsValueClauseSyntax? initializer) =>
            initializer is not null && initializer.DescendantNodes().Any(n => n is AnonymousFunctionExpressionSyntax);

        /// <summary>The identity of a member that is not a <see cref="FunctionDeclaration"/>: an initialized member or a primary constructor.</summary>
        private static FunctionIdentity Identify(ISymbol? symbol, SyntaxToken name) =>
            symbol is null
                ? new FunctionIdentity(name.ValueText, string.Empty)
                : new FunctionIdentity(
                    symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    symbol.GetDocumentationCommentId() ?? symbol.ToDisplayString());

        private static void Report(SyntaxNodeAnalysisContext context, DiagnosticDescriptor descriptor, Location location, FunctionIdentity identity, int value, int limit)
        {
            var properties = DiagnosticProperties.ForMetric(value, limit, identity.DocumentationId);
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties.ToImmutable(), identity.DisplayName, value, limit));
        }

        private static void ReportLength(SyntaxNodeAnalysisContext context, Location location, FunctionIdentity identity, int length, int limit, FunctionLinesMode mode)
        {
            var properties = DiagnosticProperties.ForMetric(length, limit, identity.DocumentationId);
            var unit = mode == FunctionLinesMode.Code
                ? (length == 1 ? "line of code" : "lines of code")
                : (length == 1 ? "line" : "lines");
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.FunctionLength,
                location,
                properties.ToImmutable(),
                identity.DisplayName,
                length,
                unit,
                limit));
        }

        /// <summary>
        /// One pass for every metric that is on in this file. A local function is measured for its length only (its
        /// complexity counts into its container). The options of every rule the function is measured for are read,
        /// even for a rule turned off, so that a bad value is reported as before the rules shared a pass.
        /// </summary>
        private static void AnalyzeFunction(SyntaxNodeAnalysisContext context, TreeSettings settings, FunctionDeclaration function, SyntaxMetricKinds rules)
        {
            if (function.Declaration is LocalFunctionStatementSyntax)
            {
                rules &= SyntaxMetricKinds.Length;
            }

            var limits = settings.Limits(rules, context.ReportDiagnostic);
            var kinds = rules & settings.Enabled;
            if (kinds == SyntaxMetricKinds.None)
            {
                return;
            }

            var recursion = IsCognitive(kinds) ? RecursiveCalls.Detector(function.Declaration, context.SemanticModel, context.CancellationToken) : null;
            var metrics = SyntaxMetricsCalculator.Measure(function, kinds, limits.Mode, recursion);
            FunctionIdentity? identity = null;
            if ((kinds & SyntaxMetricKinds.CyclomaticComplexity) != 0 && metrics.CyclomaticComplexity > limits.Cyclomatic)
            {
                identity ??= FunctionSymbols.Describe(function, context.SemanticModel, context.CancellationToken);
                Report(context, DiagnosticDescriptors.CyclomaticComplexity, function.IdentifierLocation, identity.Value, metrics.CyclomaticComplexity, limits.Cyclomatic);
            }

            if (IsCognitive(kinds) && metrics.CognitiveComplexity > limits.Cognitive)
            {
                identity ??= FunctionSymbols.Describe(function, context.SemanticModel, context.CancellationToken);
                Report(context, DiagnosticDescriptors.CognitiveComplexity, function.IdentifierLocation, identity.Value, metrics.CognitiveComplexity, limits.Cognitive);
            }

            if ((kinds & SyntaxMetricKinds.Length) != 0 && metrics.Length > limits.Length)
            {
                identity ??= FunctionSymbols.Describe(function, context.SemanticModel, context.CancellationToken);
                ReportLength(context, function.IdentifierLocation, identity.Value, metrics.Length, limits.Length, limits.Mode);
            }
        }

        /// <summary>AEOS1001 of a primary constructor: the arguments it passes to the base type are its only code.</summary>
        private static void AnalyzePrimaryConstructorComplexity(SyntaxNodeAnalysisContext context, TreeSettings settings, TypeDeclarationSyntax type)
        {
            if (type.ParameterList is null)
            {
                return;
            }

            var limit = settings.Limits(SyntaxMetricKinds.CyclomaticComplexity, context.ReportDiagnostic).Cyclomatic;
            if ((settings.Enabled & SyntaxMetricKinds.CyclomaticComplexity) == 0)
            {
                return;
            }

            var complexity = CyclomaticComplexityCalculator.MeasurePrimaryConstructor(type);
            if (complexity <= limit)
            {
                return;
            }

            var constructor = context.SemanticModel.GetDeclaredSymbol(type, context.CancellationToken)?.InstanceConstructors
                .FirstOrDefault(c => c.DeclaringSyntaxReferences.Any(r => r.GetSyntax(context.CancellationToken) == type));
            var symbol = constructor is null
                ? new FunctionIdentity(type.Identifier.ValueText, string.Empty)
                : new FunctionIdentity(
                    constructor.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    constructor.GetDocumentationCommentId() ?? string.Empty);
            Report(context, DiagnosticDescriptors.CyclomaticComplexity, type.Identifier.GetLocation(), symbol, complexity, limit);
        }

        /// <summary>AEOS1002 of a field, event or property initializer that holds a lambda.</summary>
        private static void AnalyzeInitializer(SyntaxNodeAnalysisContext context, TreeSettings settings, SyntaxNode declaration, SyntaxToken identifier)
        {
            var limit = settings.Limits(SyntaxMetricKinds.CognitiveComplexity, context.ReportDiagnostic).Cognitive;
            if (!IsCognitive(settings.Enabled))
            {
                return;
            }

            var value = CognitiveComplexityCalculator.Measure(declaration).Value;
            if (value > limit)
            {
                var symbol = context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken);
                Report(context, DiagnosticDescriptors.CognitiveComplexity, identifier.GetLocation(), Identify(symbol, identifier), value, limit);
            }
        }

        /// <summary>AEOS1002 of a primary constructor: the arguments it passes to the base type are its code.</summary>
        private void AnalyzePrimaryConstructorArguments(SyntaxNodeAnalysisContext context, TreeSettings settings, PrimaryConstructorBaseTypeSyntax baseType)
        {
            if (baseType.Parent?.Parent is not TypeDeclarationSyntax { ParameterList: { } } type)
            {
                return;
            }

            var limit = settings.Limits(SyntaxMetricKinds.CognitiveComplexity, context.ReportDiagnostic).Cognitive;
            if (!IsCognitive(settings.Enabled))
            {
                return;
            }

            var value = CognitiveComplexityCalculator.Measure(baseType.ArgumentList).Value;
            if (value > limit && _reportedBaseArguments.TryAdd(baseType, true))
            {
                var constructor = context.SemanticModel.GetDeclaredSymbol(type, context.CancellationToken)?.InstanceConstructors
                    .FirstOrDefault(c => c.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == type.SyntaxTree && r.Span == type.Span));
                Report(context, DiagnosticDescriptors.CognitiveComplexity, type.Identifier.GetLocation(), Identify(constructor, type.Identifier), value, limit);
            }
        }

        private TreeSettings GetSettings(SyntaxNodeAnalysisContext context)
        {
            var tree = context.Node.SyntaxTree;
            if (_settings.TryGetValue(tree, out var settings))
            {
                return settings;
            }

            var enabled = _rules;
            foreach (var (rule, id) in Rules)
            {
                if ((enabled & rule) != 0 && RuleSeverity.IsTurnedOff(_compilationOptions, tree, id, context.CancellationToken))
                {
                    enabled &= ~rule;
                }
            }

            return _settings.GetOrAdd(tree, new TreeSettings(_options, tree, enabled));
        }
    }

    /// <summary>The limits in force in one file; a field is meaningful only for the rules it was read for.</summary>
    private readonly struct MetricLimits
    {
        public MetricLimits(int cyclomatic, int cognitive, int length, FunctionLinesMode mode)
        {
            Cyclomatic = cyclomatic;
            Cognitive = cognitive;
            Length = length;
            Mode = mode;
        }

        public int Cyclomatic { get; }

        public int Cognitive { get; }

        public int Length { get; }

        public FunctionLinesMode Mode { get; }
    }

    /// <summary>
    /// What one file needs, found once: which rules are on, and the options of the three rules, each read the
    /// first time a function needs it (so a bad value is reported by the first function that reads it, as before).
    /// Concurrent callbacks may read an option twice; the reader reports a bad value once.
    /// </summary>
    private sealed class TreeSettings
    {
        private const int Unread = -1;

        private readonly OptionReader _options;
        private readonly SyntaxTree _tree;
        private int _cyclomatic = Unread;
        private int _cognitive = Unread;
        private int _length = Unread;
        private int _mode = Unread;

        public TreeSettings(OptionReader options, SyntaxTree tree, SyntaxMetricKinds enabled)
        {
            _options = options;
            _tree = tree;
            Enabled = enabled;
        }

        /// <summary>The rules reported by this analyzer that are not turned off for this file.</summary>
        public SyntaxMetricKinds Enabled { get; }

        /// <summary>The options of <paramref name="rules"/>, read if not yet read.</summary>
        public MetricLimits Limits(SyntaxMetricKinds rules, Action<Diagnostic> report)
        {
            if ((rules & SyntaxMetricKinds.CyclomaticComplexity) != 0 && _cyclomatic == Unread)
            {
                _cyclomatic = _options.Read(AeosOptions.MaxCyclomaticComplexity, _tree, report);
            }

            if ((rules & SyntaxMetricKinds.CognitiveComplexity) != 0 && _cognitive == Unread)
            {
                _cognitive = _options.Read(AeosOptions.MaxCognitiveComplexity, _tree, report);
            }

            if ((rules & SyntaxMetricKinds.Length) != 0 && _length == Unread)
            {
                _length = _options.Read(AeosOptions.MaxFunctionLines, _tree, report);
            }

            // Checked on its own: another callback may have read the limit and not yet the mode.
            if ((rules & SyntaxMetricKinds.Length) != 0 && _mode == Unread)
            {
                _mode = (int)_options.Read(AeosOptions.FunctionLinesMode, _tree, report);
            }

            return new MetricLimits(_cyclomatic, _cognitive, _length, _mode == Unread ? FunctionLinesMode.Code : (FunctionLinesMode)_mode);
        }
    }
}
