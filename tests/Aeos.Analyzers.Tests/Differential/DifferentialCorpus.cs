using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Aeos.Analyzers.Metrics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Aeos.Tests.Shared;

namespace Aeos.Analyzers.Tests.Differential;

/// <summary>
/// The differential corpus, measured once per test class: the hand-written files of
/// <c>tests/differential-corpus</c> plus generated members; the reference values from a real CA1501/CA1502
/// build; and the Aeos values from the analyzers run in-process on Roslyn 4.8. Both sides are keyed by the
/// member's documentation-comment ID.
/// </summary>
public sealed class DifferentialCorpus : IAsyncLifetime
{
    /// <summary>Seed and size of the generated part: 25 classes of 10 members.</summary>
    private const int Seed = 1001;

    public Compilation Compilation { get; private set; } = null!;

    /// <summary>CA1502 value per member.</summary>
    public IReadOnlyDictionary<string, int> ReferenceComplexity { get; private set; } = null!;

    /// <summary>CA1501 value per type (types of depth 0 are not reported, so not listed).</summary>
    public IReadOnlyDictionary<string, int> ReferenceDepth { get; private set; } = null!;

    /// <summary>AEOS1001 value per function, limit 0.</summary>
    public IReadOnlyDictionary<string, int> AeosComplexity { get; private set; } = null!;

    /// <summary>AEOS1004 value per class, limit 0, default ignore list.</summary>
    public IReadOnlyDictionary<string, int> AeosDepth { get; private set; } = null!;

    /// <summary>AEOS1004 value per class, limit 0, ignore list emptied.</summary>
    public IReadOnlyDictionary<string, int> AeosDepthIgnoringNothing { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var sources = Sources();
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, default);
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        Compilation = CSharpCompilation.Create(
            "Corpus",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, path: s.Name)),
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        Assert.Empty(Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var reference = CodeMetricsReference.Run(sources);
        ReferenceComplexity = reference.Where(r => r.RuleId == "CA1502").ToDictionary(r => DocumentationId(r), r => r.Value, StringComparer.Ordinal);
        ReferenceDepth = reference.Where(r => r.RuleId == "CA1501").ToDictionary(r => DocumentationId(r), r => r.Value, StringComparer.Ordinal);
        AeosComplexity = await MeasureAsync(new SyntaxMetricsAnalyzer(), RuleIdentifiers.CyclomaticComplexity, ("aeos.max_cyclomatic_complexity", "0"));
        AeosDepth = await MeasureAsync(new InheritanceDepthAnalyzer(), RuleIdentifiers.InheritanceDepth, ("aeos.max_inheritance_depth", "0"));
        AeosDepthIgnoringNothing = await MeasureAsync(
            new InheritanceDepthAnalyzer(),
            RuleIdentifiers.InheritanceDepth,
            ("aeos.max_inheritance_depth", "0"),
            ("aeos.inheritance_depth_ignored_bases", string.Empty));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The symbol with this documentation ID in the corpus compilation.</summary>
    public ISymbol Symbol(string documentationId)
    {
        // The ID of the top-level statements' entry point cannot be resolved by name: it is not a C# identifier.
        var entryPoint = Compilation.GetEntryPoint(default);
        return entryPoint?.GetDocumentationCommentId() == documentationId
            ? entryPoint
            : DocumentationCommentId.GetFirstSymbolForDeclarationId(documentationId, Compilation)
                ?? throw new InvalidOperationException("no symbol " + documentationId);
    }

    private static List<(string Name, string Text)> Sources()
    {
        var folder = RepositoryPaths.Combine("tests", "differential-corpus");
        var handWritten = Directory.GetFiles(folder, "*.cs").OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f)));
        return handWritten.Concat(new CorpusGenerator(Seed).Generate(classes: 25, membersPerClass: 10)).ToList();
    }

    /// <summary>The values <paramref name="analyzer"/> reports under <paramref name="ruleId"/>, by symbol.</summary>
    private async Task<IReadOnlyDictionary<string, int>> MeasureAsync(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer analyzer, string ruleId, params (string Key, string Value)[] options)
    {
        var diagnostics = await CompilationAnalyzerRunner.RunAsync(analyzer, Compilation, options.ToDictionary(o => o.Key, o => o.Value));
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIdentifiers.InvalidOption || d.Id.StartsWith("AD", StringComparison.Ordinal));
        return diagnostics.Where(d => d.Id == ruleId).ToDictionary(d => d.Properties["symbol"]!, d => int.Parse(d.Properties["value"]!, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    /// <summary>The member or type a CA1501/CA1502 result points at, found from its position in the same sources.</summary>
    private string DocumentationId(ReferenceResult result)
    {
        var tree = Compilation.SyntaxTrees.Single(t => t.FilePath == result.File);
        var position = tree.GetText().Lines[result.Line - 1].Start + result.Column - 1;
        var model = Compilation.GetSemanticModel(tree);
        var symbol = tree.GetRoot().FindToken(position).Parent!.AncestorsAndSelf()
            .Select(node => DeclaredAt(model, node, position, result.RuleId))
            .FirstOrDefault(s => s is not null);
        return symbol?.GetDocumentationCommentId() ?? throw new InvalidOperationException("no symbol at " + result);
    }

    private static ISymbol? DeclaredAt(SemanticModel model, SyntaxNode node, int position, string ruleId) => node switch
    {
        AccessorDeclarationSyntax or BaseMethodDeclarationSyntax => model.GetDeclaredSymbol(node),
        BasePropertyDeclarationSyntax => (model.GetDeclaredSymbol(node) as IPropertySymbol)?.GetMethod,
        TypeDeclarationSyntax type when ruleId == "CA1502" => PrimaryConstructor(model, type),
        BaseTypeDeclarationSyntax or DelegateDeclarationSyntax => model.GetDeclaredSymbol(node),
        GlobalStatementSyntax => model.GetEnclosingSymbol(position),
        CompilationUnitSyntax unit => EntryPoint(model, unit),
        _ => null,
    };

    private static IMethodSymbol? PrimaryConstructor(SemanticModel model, TypeDeclarationSyntax type) =>
        model.GetDeclaredSymbol(type)?.InstanceConstructors.FirstOrDefault(c => c.DeclaringSyntaxReferences.Any(r => r.GetSyntax() == type));

    /// <summary>CA1502 reports top-level statements at the file's first token, here a <c>using</c> directive.</summary>
    private static ISymbol? EntryPoint(SemanticModel model, CompilationUnitSyntax unit) =>
        unit.Members.OfType<GlobalStatementSyntax>().FirstOrDefault() is { } first ? model.GetEnclosingSymbol(first.SpanStart) : null;
}
