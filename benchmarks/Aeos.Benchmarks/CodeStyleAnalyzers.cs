using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Benchmarks;

/// <summary>
/// The built-in analyzers the unused-code rules are compared with (IDE0005, IDE0051, IDE0059, IDE0060), loaded from
/// the analyzer assemblies of the restored Microsoft.CodeAnalysis.CSharp.CodeStyle package (version pinned in
/// Directory.Packages.props; its folder is written into this assembly's metadata at build time). Only the analyzers
/// that report one of these IDs are kept; the code-fix assemblies are not loaded.
/// </summary>
internal static class CodeStyleAnalyzers
{
    public static readonly IReadOnlyList<string> Ids = new[] { "IDE0005", "IDE0051", "IDE0059", "IDE0060" };

    /// <summary>The analyzer assemblies; the package's code-fix assemblies need the Workspaces layer and are not loaded.</summary>
    private static readonly string[] AnalyzerFiles = { "Microsoft.CodeAnalysis.CodeStyle.dll", "Microsoft.CodeAnalysis.CSharp.CodeStyle.dll" };

    private static readonly Lazy<IReadOnlyList<DiagnosticAnalyzer>> Loaded = new(LoadAnalyzers);

    /// <summary>The analyzers reporting <see cref="Ids"/>, in ID order; new instances are not needed (they keep no state).</summary>
    public static IReadOnlyList<DiagnosticAnalyzer> All => Loaded.Value;

    /// <summary>The IDs of <see cref="Ids"/> an analyzer reports, joined by '+': the benchmark's row name.</summary>
    public static string ShortName(DiagnosticAnalyzer analyzer) =>
        string.Join("+", analyzer.SupportedDiagnostics.Select(d => d.Id).Where(Ids.Contains).Distinct().OrderBy(id => id, StringComparer.Ordinal));

    public static string PackageFolder() =>
        typeof(CodeStyleAnalyzers).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "CodeStylePackagePath").Value
        ?? throw new InvalidOperationException("the CodeStyle package path was not recorded at build time");

    private static List<DiagnosticAnalyzer> LoadAnalyzers()
    {
        var folder = Path.Combine(PackageFolder(), "analyzers", "dotnet", "cs");
        var loader = new LoadFromFolder();
        var files = AnalyzerFiles
            .Select(name => Path.Combine(folder, name))
            .ToList();
        files.ForEach(loader.AddDependencyLocation);
        var errors = new List<string>();
        var analyzers = files
            .Select(path => new AnalyzerFileReference(path, loader))
            .Select(reference =>
            {
                reference.AnalyzerLoadFailed += (_, e) => errors.Add(e.Message);
                return reference.GetAnalyzers(LanguageNames.CSharp);
            })
            .ToList()
            .SelectMany(found => found)
            .Where(a => a.SupportedDiagnostics.Any(d => Ids.Contains(d.Id)))
            .OrderBy(ShortName, StringComparer.Ordinal)
            .ToList();
        if (errors.Count > 0 || analyzers.Count == 0)
        {
            throw new InvalidOperationException("the CodeStyle analyzers did not load from " + folder + ": " + string.Join("; ", errors));
        }

        return analyzers;
    }

    /// <summary>Loads the analyzer assemblies into the default context, where Roslyn 4.8.0 is already loaded.</summary>
    private sealed class LoadFromFolder : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
            // Assembly.LoadFrom finds a dependency next to the assembly that needs it: nothing to record.
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
