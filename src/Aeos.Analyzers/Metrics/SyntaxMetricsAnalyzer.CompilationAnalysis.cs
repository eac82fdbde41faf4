using System.Collections.Concurrent;
using System.Linq;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Metrics;

/// <summary>The per-compilation half of <see cref="SyntaxMetricsAnalyzer"/>: settings per tree, and what is measured and reported per declaration.</summary>
public sealed partial class SyntaxMetricsAnalyzer
{
    /// <summary>The state of one compilation: its options, the rules switched on and the settings read per tree.</summary>
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
        private readonly ConcurrentDictionary<SyntaxTree, MetricTreeSettings> _settings = new();

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
            if (!AnalyzeNonFunction(context, settings))
            {
                AnalyzeMember(context, settings);
            }
        }

        /// <summary>The nodes measured that are not functions: primary constructors, initializers of fields and events.</summary>
        private bool AnalyzeNonFunction(SyntaxNodeAnalysisContext context, MetricTreeSettings settings)
        {
            switch (context.Node)
            {
                case TypeDeclarationSyntax type:
                    AnalyzePrimaryConstructorComplexity(context, settings, type);
                    return true;
                case BaseFieldDeclarationSyntax field:
                    AnalyzeFieldInitializers(context, settings, field);
                    return true;
                case PrimaryConstructorBaseTypeSyntax baseType:
                    AnalyzePrimaryConstructorArguments(context, settings, baseType);
                    return true;
                default:
                    return false;
            }
        }

        private static void AnalyzeFieldInitializers(SyntaxNodeAnalysisContext context, MetricTreeSettings settings, BaseFieldDeclarationSyntax field)
        {
            foreach (var variable in field.Declaration.Variables)
            {
                if (HoldsLambda(variable.Initializer))
                {
                    AnalyzeInitializer(context, settings, variable, variable.Identifier);
                }
            }
        }

        private void AnalyzeMember(SyntaxNodeAnalysisContext context, MetricTreeSettings settings)
        {
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

        /// <summary>
        /// One pass for every metric that is on in this file. A local function is measured for its length only (its
        /// complexity counts into its container). The options of every rule the function is measured for are read,
        /// even for a rule turned off, so that a bad value is reported as before the rules shared a pass.
        /// </summary>
        private static void AnalyzeFunction(SyntaxNodeAnalysisContext context, MetricTreeSettings settings, FunctionDeclaration function, SyntaxMetricKinds rules)
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
                MetricDiagnostics.Report(context, DiagnosticDescriptors.CyclomaticComplexity, function.IdentifierLocation, identity.Value, metrics.CyclomaticComplexity, limits.Cyclomatic);
            }

            if (IsCognitive(kinds) && metrics.CognitiveComplexity > limits.Cognitive)
            {
                identity ??= FunctionSymbols.Describe(function, context.SemanticModel, context.CancellationToken);
                MetricDiagnostics.Report(context, DiagnosticDescriptors.CognitiveComplexity, function.IdentifierLocation, identity.Value, metrics.CognitiveComplexity, limits.Cognitive);
            }

            if ((kinds & SyntaxMetricKinds.Length) != 0 && metrics.Length > limits.Length)
            {
                identity ??= FunctionSymbols.Describe(function, context.SemanticModel, context.CancellationToken);
                MetricDiagnostics.ReportLength(context, function.IdentifierLocation, identity.Value, metrics.Length, limits.Length, limits.Mode);
            }
        }

        /// <summary>AEOS1001 of a primary constructor: the arguments it passes to the base type are its only code.</summary>
        private static void AnalyzePrimaryConstructorComplexity(SyntaxNodeAnalysisContext context, MetricTreeSettings settings, TypeDeclarationSyntax type)
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
            MetricDiagnostics.Report(context, DiagnosticDescriptors.CyclomaticComplexity, type.Identifier.GetLocation(), symbol, complexity, limit);
        }

        /// <summary>AEOS1002 of a field, event or property initializer that holds a lambda.</summary>
        private static void AnalyzeInitializer(SyntaxNodeAnalysisContext context, MetricTreeSettings settings, SyntaxNode declaration, SyntaxToken identifier)
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
                MetricDiagnostics.Report(context, DiagnosticDescriptors.CognitiveComplexity, identifier.GetLocation(), MetricDiagnostics.Identify(symbol, identifier), value, limit);
            }
        }

        /// <summary>AEOS1002 of a primary constructor: the arguments it passes to the base type are its code.</summary>
        private void AnalyzePrimaryConstructorArguments(SyntaxNodeAnalysisContext context, MetricTreeSettings settings, PrimaryConstructorBaseTypeSyntax baseType)
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
                MetricDiagnostics.Report(context, DiagnosticDescriptors.CognitiveComplexity, type.Identifier.GetLocation(), MetricDiagnostics.Identify(constructor, type.Identifier), value, limit);
            }
        }

        private MetricTreeSettings GetSettings(SyntaxNodeAnalysisContext context)
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

            return _settings.GetOrAdd(tree, new MetricTreeSettings(_options, tree, enabled));
        }
    }
}
