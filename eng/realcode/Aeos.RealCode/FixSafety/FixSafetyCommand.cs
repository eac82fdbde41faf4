using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.RealCode.FixSafety;

/// <summary>
/// The fix-safety check of one code base: its compilation rebuilt from the build's command line, the Aeos analyzers
/// run in process, every fix applied alone and every Fix All per document, each result compiled.
/// </summary>
internal static class FixSafetyCommand
{
    /// <summary>
    /// Prints a table per rule and every breaking fix; exit code 1 when any fix breaks the build. With
    /// <paramref name="wide"/>, every fixable rule is on and the documentation and unused-member scopes include
    /// internal code, so that the fixes run on many more sites than the shipped preset reports.
    /// </summary>
    public static async Task<int> RunAsync(string responseFile, bool wide)
    {
        using var workspace = new AdhocWorkspace();
        var project = CommandLineProject.Load(workspace, responseFile);
        var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        var originalErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        await Console.Out.WriteLineAsync(project.Name + ": " + project.DocumentIds.Count.ToString(CultureInfo.InvariantCulture) + " documents, " + originalErrors.Count.ToString(CultureInfo.InvariantCulture) + " compile errors before any fix").ConfigureAwait(false);
        var fixers = AnalyzerCatalog.Create<CodeFixProvider>("Aeos.Analyzers.CodeFixes", typeof(ExportCodeFixProviderAttribute));
        var fixable = fixers.SelectMany(f => f.FixableDiagnosticIds).ToHashSet(StringComparer.Ordinal);
        if (wide)
        {
            project = WidenedOptions.Apply(project, fixable);
            compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        }

        var analyzers = AnalyzerCatalog.Create<DiagnosticAnalyzer>("Aeos.Analyzers", typeof(DiagnosticAnalyzerAttribute));
        var diagnostics = (await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false))
            .Where(d => fixable.Contains(d.Id) && d.Location.IsInSource && !d.IsSuppressed)
            .ToImmutableArray();
        var applier = new FixApplier(project, fixers, originalErrors);
        var outcomes = new List<FixOutcome>();
        foreach (var diagnostic in diagnostics)
        {
            outcomes.AddRange(await applier.ApplyOneAsync(diagnostic).ConfigureAwait(false));
        }

        foreach (var group in diagnostics.GroupBy(d => (d.Id, d.Location.SourceTree!.FilePath)))
        {
            outcomes.AddRange(await applier.ApplyAllInDocumentAsync(group.Key.Id, group.ToImmutableArray()).ConfigureAwait(false));
        }

        await PrintAsync(project.Name, outcomes).ConfigureAwait(false);
        return outcomes.Any(o => o.NewError is not null) ? 1 : 0;
    }

    private static async Task PrintAsync(string codeBase, IReadOnlyList<FixOutcome> outcomes)
    {
        var output = Console.Out;
        await output.WriteLineAsync("| code base | rule | fixes applied one at a time | broke the build | Fix All (documents) | broke the build |").ConfigureAwait(false);
        await output.WriteLineAsync("|---|---|---:|---:|---:|---:|").ConfigureAwait(false);
        foreach (var rule in outcomes.GroupBy(o => o.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var one = rule.Where(o => o.Scope == "one").ToList();
            var all = rule.Where(o => o.Scope == "document").ToList();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {codeBase} | {rule.Key} | {one.Count} | {one.Count(o => o.NewError is not null)} | {all.Count} | {all.Count(o => o.NewError is not null)} |")).ConfigureAwait(false);
        }

        foreach (var broken in outcomes.Where(o => o.NewError is not null))
        {
            await output.WriteLineAsync("- " + broken.RuleId + " (" + broken.Scope + ") at " + broken.Where + ": " + broken.NewError).ConfigureAwait(false);
        }
    }
}
