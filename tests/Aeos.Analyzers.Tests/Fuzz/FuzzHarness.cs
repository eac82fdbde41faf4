using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Aeos.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Aeos.Analyzers.Tests.Fuzz;

/// <summary>An analyzer or a code fix that threw; <see cref="Mutant"/> is null when the batch did not say which file.</summary>
public sealed record FuzzFailure(Mutant? Mutant, string Component, Exception Exception)
{
    /// <summary>Two failures are the same crash when the same component throws the same exception type.</summary>
    public bool SameCrash(FuzzFailure other) =>
        Component == other.Component && Exception.GetType() == other.Exception.GetType();
}

/// <summary>
/// Runs every Aeos analyzer and suppressor, every rule on and the metric limits at 0 or 1 so the metric code runs
/// on every function, over a batch of mutants in one project, as the compiler does in a build; then registers
/// and computes every code fix on one diagnostic per fixable rule and mutant. Collects what throws.
/// </summary>
public sealed class FuzzHarness
{
    private static readonly Dictionary<string, string> Limits = new(StringComparer.Ordinal)
    {
        ["aeos.max_cyclomatic_complexity"] = "1",
        ["aeos.max_cognitive_complexity"] = "0",
        ["aeos.max_function_lines"] = "1",
        ["aeos.max_inheritance_depth"] = "0",
        ["aeos.min_documentation_coverage"] = "100",
        ["aeos.documentation_scope"] = "internal",
        ["aeos.unused_members_scope"] = "internal",
        ["aeos.wall_clock_in_entry_point"] = "true",
        ["build_property.IsTestProject"] = "true",
    };

    private static readonly ImmutableArray<AdditionalText> AdditionalFiles = ImmutableArray.Create<AdditionalText>(
        new AnalyzerRunner.InMemoryText("/src/BannedSymbols.txt", "T:System.Console;Write to the logger\nM:System.IO.File.ReadAllText(System.String)\nN:System.Net\n"));

    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly ImmutableArray<CodeFixProvider> _fixers;
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly ImmutableDictionary<string, ReportDiagnostic> _allRulesOn;

    private FuzzHarness(ImmutableArray<MetadataReference> references, IEnumerable<DiagnosticAnalyzer> extraAnalyzers, IEnumerable<CodeFixProvider> extraFixers)
    {
        _analyzers = Create<DiagnosticAnalyzer>(typeof(RuleIdentifiers).Assembly, typeof(DiagnosticAnalyzerAttribute)).AddRange(extraAnalyzers);
        _fixers = Create<CodeFixProvider>(typeof(CodeFixes.DocumentFixer).Assembly, typeof(ExportCodeFixProviderAttribute)).AddRange(extraFixers);
        _references = references;
        _allRulesOn = _analyzers.SelectMany(a => a.SupportedDiagnostics)
            .Select(d => d.Id)
            .Distinct(StringComparer.Ordinal)
            .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Warn);
    }

    private int _diagnostics;
    private int _fixActions;

    /// <summary>How many Aeos diagnostics the analyzers reported so far, over all runs.</summary>
    public int Diagnostics => _diagnostics;

    /// <summary>How many code actions were registered and computed so far, over all runs.</summary>
    public int FixActions => _fixActions;

    /// <summary>The analyzers and suppressors under test.</summary>
    public ImmutableArray<DiagnosticAnalyzer> Analyzers => _analyzers;

    /// <summary>The code fix providers under test.</summary>
    public ImmutableArray<CodeFixProvider> Fixers => _fixers;

    /// <summary>A harness over the .NET 8 reference assemblies; the extras join the Aeos analyzers and fixes (the harness's own tests).</summary>
    public static async Task<FuzzHarness> CreateAsync(
        IEnumerable<DiagnosticAnalyzer>? extraAnalyzers = null,
        IEnumerable<CodeFixProvider>? extraFixers = null)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).ConfigureAwait(false);
        return new FuzzHarness(references, extraAnalyzers ?? Array.Empty<DiagnosticAnalyzer>(), extraFixers ?? Array.Empty<CodeFixProvider>());
    }

    /// <summary>Analyses the batch as one project and computes the fixes; <paramref name="variant"/> alternates the project's settings.</summary>
    public async Task<IReadOnlyList<FuzzFailure>> RunAsync(IReadOnlyList<Mutant> batch, int variant)
    {
        var project = CreateProject(batch, variant);
        var compilation = await project.GetCompilationAsync().ConfigureAwait(false)
            ?? throw new InvalidOperationException("The fuzz project has no compilation.");
        var failures = new ConcurrentBag<FuzzFailure>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(AdditionalFiles, new AnalyzerRunner.OptionsProvider(Limits)),
            (exception, analyzer, _) => failures.Add(new FuzzFailure(null, analyzer.GetType().Name, exception)),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        var diagnostics = await compilation.WithAnalyzers(_analyzers, options).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        foreach (var reported in diagnostics.Where(d => d.Id is "AD0001" or "AD0002"))
        {
            failures.Add(new FuzzFailure(MutantOf(batch, reported.Location), "analyzer", new InvalidOperationException(reported.GetMessage(CultureInfo.InvariantCulture))));
        }

        Interlocked.Add(ref _diagnostics, diagnostics.Count(d => d.Id.StartsWith("AEOS", StringComparison.Ordinal)));
        var fixes = new CodeFixRunner(_fixers, project);
        foreach (var failure in await fixes.RunAsync(FixCandidates(diagnostics), location => MutantOf(batch, location)).ConfigureAwait(false))
        {
            failures.Add(failure);
        }

        Interlocked.Add(ref _fixActions, fixes.ActionsComputed);
        return failures.ToList();
    }

    private static IEnumerable<Diagnostic> FixCandidates(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Id.StartsWith("AEOS", StringComparison.Ordinal) && d.Location.IsInSource && !d.IsSuppressed)
            .GroupBy(d => (d.Id, d.Location.SourceTree!.FilePath))
            .Select(group => group.First());

    private static Mutant? MutantOf(IReadOnlyList<Mutant> batch, Location location)
    {
        var path = location.SourceTree?.FilePath ?? string.Empty;
        return Enumerable.Range(0, batch.Count).Where(i => path == FilePath(i)).Select(i => batch[i]).FirstOrDefault();
    }

    private static string FilePath(int index) => "/src/Mutant" + index + ".cs";

    private Project CreateProject(IReadOnlyList<Mutant> batch, int variant)
    {
        var projectId = ProjectId.CreateNewId();
        var outputKind = variant % 2 == 0 ? OutputKind.DynamicallyLinkedLibrary : OutputKind.ConsoleApplication;
        var documentation = variant % 3 == 0 ? DocumentationMode.None : DocumentationMode.Diagnose;
        var compilationOptions = new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(_allRulesOn);
        var info = ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "Fuzz",
            "Fuzz",
            LanguageNames.CSharp,
            compilationOptions: compilationOptions,
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest, documentation),
            metadataReferences: _references);
#pragma warning disable CA2000 // The workspace holds no unmanaged resources; the solution outlives the using scope.
        var solution = new AdhocWorkspace().CurrentSolution.AddProject(info);
#pragma warning restore CA2000
        for (var i = 0; i < batch.Count; i++)
        {
            var documentId = DocumentId.CreateNewId(projectId);
            solution = solution.AddDocument(documentId, "Mutant" + i + ".cs", SourceText.From(batch[i].Text), filePath: FilePath(i));
        }

        return solution.GetProject(projectId)!;
    }

    private static ImmutableArray<T> Create<T>(Assembly assembly, Type attribute)
        where T : class =>
        assembly.GetTypes()
            .Where(type => typeof(T).IsAssignableFrom(type) && !type.IsAbstract && type.IsDefined(attribute, inherit: false))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (T)Activator.CreateInstance(type)!)
            .ToImmutableArray();
}
