using System.Collections.Concurrent;
using System.Collections.Immutable;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Documentation;

/// <summary>
/// AEOS1006: a type or member of the API (<c>aeos.documentation_scope</c>, default public and protected)
/// without an XML documentation comment that has a <c>&lt;summary&gt;</c> text or <c>&lt;inheritdoc/&gt;</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UndocumentedMemberAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The <see cref="DiagnosticProperties.Reason"/> of a member without any documentation comment: the one the code fix handles.</summary>
    public const string ReasonMissing = "missing";

    /// <summary>The <see cref="DiagnosticProperties.Reason"/> of a member whose comment has no summary text.</summary>
    public const string ReasonNoSummary = "no_summary";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UndocumentedMember, DiagnosticDescriptors.InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var analysis = new CompilationAnalysis(new OptionReader(start.Options.AnalyzerConfigOptionsProvider));
            start.RegisterSymbolAction(analysis.AnalyzeSymbol, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Event, SymbolKind.Field);
        });
    }

    private sealed class CompilationAnalysis
    {
        private readonly OptionReader _options;
        private readonly ConcurrentDictionary<SyntaxTree, DocumentationScope> _scopes = new();

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
                || ApiMembers.ReportLocation(symbol) is not { SourceTree: { } tree } location
                || !ApiMembers.IsInScope(visibility, GetScope(tree, context)))
            {
                return;
            }

            var state = DocumentationComments.StateOf(symbol, context.CancellationToken);
            if (state == DocumentationState.Documented)
            {
                return;
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties.Add(DiagnosticProperties.Reason, state == DocumentationState.Missing ? ReasonMissing : ReasonNoSummary);
            properties.Add(DiagnosticProperties.Symbol, symbol.GetDocumentationCommentId() ?? symbol.ToDisplayString());
            var problem = state == DocumentationState.Missing
                ? "has no XML documentation comment"
                : "has no <summary> text in its XML documentation comment";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UndocumentedMember,
                location,
                properties.ToImmutable(),
                symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                problem));
        }

        private DocumentationScope GetScope(SyntaxTree tree, SymbolAnalysisContext context)
        {
            if (_scopes.TryGetValue(tree, out var scope))
            {
                return scope;
            }

            scope = _options.Read(AeosOptions.DocumentationScope, tree, context.ReportDiagnostic);
            return _scopes.GetOrAdd(tree, scope);
        }
    }
}
