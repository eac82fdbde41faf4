using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.RealCode;

/// <summary>
/// Each Aeos analyzer's own time on one real code base, in process: the compilation of the build's command line,
/// cloned for every run (fresh symbols and binding caches, as a new build has), its declarations and method bodies
/// bound first by <c>GetDiagnostics</c> (the compiler's own work, which a build does with or without analyzers), then
/// every Aeos analyzer run together, sequentially, with the driver's execution-time accounting. The median of the
/// runs is printed per analyzer, costliest first: the loop for optimising one analyzer without a full build.
/// </summary>
internal static class TimingCommand
{
    /// <summary>
    /// Runs the analyzers <paramref name="runs"/> times over the project of <paramref name="responseFile"/> and prints the table;
    /// with <paramref name="only"/>, just the analyzers whose name or rule IDs contain it (each then pays alone for the binding it asks for);
    /// with <paramref name="wide"/>, every rule on and the internal scopes of the fix-safety check's wide run.
    /// </summary>
    public static async Task<int> RunAsync(string responseFile, int runs, string? only, bool wide)
    {
        using var workspace = new AdhocWorkspace();
        var project = FixSafety.CommandLineProject.Load(workspace, responseFile);
        if (wide)
        {
            var all = AnalyzerCatalog.Create<DiagnosticAnalyzer>("Aeos.Analyzers", typeof(DiagnosticAnalyzerAttribute));
            project = FixSafety.WidenedOptions.Apply(project, all.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct());
        }

        var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        var times = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var counts = string.Empty;
        for (var run = 0; run <= runs; run++)
        {
            var fresh = compilation.Clone();
            _ = fresh.GetDiagnostics();
            var analyzers = AnalyzerCatalog.Create<DiagnosticAnalyzer>("Aeos.Analyzers", typeof(DiagnosticAnalyzerAttribute))
                .Where(a => only is null || Name(a).Contains(only, StringComparison.Ordinal))
                .ToImmutableArray();
            var options = new CompilationWithAnalyzersOptions(project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
            var withAnalyzers = fresh.WithAnalyzers(analyzers, options);
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
            counts = string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " " + g.Count().ToString(CultureInfo.InvariantCulture)));
            if (run == 0)
            {
                continue; // warm-up: the JIT of the analyzers and of the driver
            }

            foreach (var analyzer in analyzers)
            {
                var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).ConfigureAwait(false);
                Times(times, Name(analyzer)).Add(telemetry.ExecutionTime.TotalMilliseconds);
            }
        }

        Print(project.Name, runs, times);
        Console.WriteLine("diagnostics: " + counts);
        return 0;
    }

    private static List<double> Times(Dictionary<string, List<double>> times, string name)
    {
        if (!times.TryGetValue(name, out var list))
        {
            list = new List<double>();
            times.Add(name, list);
        }

        return list;
    }

    private static string Name(DiagnosticAnalyzer analyzer) =>
        analyzer.GetType().Name + " (" + string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id).Where(id => id != "AEOS0001").Distinct()) + ")";

    private static void Print(string codeBase, int runs, Dictionary<string, List<double>> times)
    {
        var medians = times.Select(t => (Name: t.Key, Median: Median(t.Value))).OrderByDescending(t => t.Median).ToList();
        Console.WriteLine(codeBase + ": each Aeos analyzer's execution time, median of " + runs.ToString(CultureInfo.InvariantCulture) + " runs after a warm-up (ms)");
        Console.WriteLine("| analyzer | ms |");
        Console.WriteLine("|---|---:|");
        foreach (var (name, median) in medians)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {median:F1} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all | {medians.Sum(m => m.Median):F1} |"));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
