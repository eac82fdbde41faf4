using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Aeos.RealCode.FixSafety;

/// <summary>
/// The project as the build compiled it, rebuilt in a workspace from the compiler's own command line (the
/// CscCommandLineArgs the real-code projects write): the same sources, references, options, analyzer config files
/// and source generators. The Aeos analyzers of the package are left out: the tool runs its own copy in process.
/// </summary>
internal static class CommandLineProject
{
    /// <summary>Adds the project of the response file to the workspace and returns it.</summary>
    public static Project Load(AdhocWorkspace workspace, string responseFile)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(responseFile))!;
        var arguments = CSharpCommandLineParser.Default.Parse(File.ReadAllLines(responseFile), directory, sdkDirectory: null);
        var errors = arguments.Errors.Where(e => e.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidDataException(responseFile + ": " + errors[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        var id = ProjectId.CreateNewId();
        var name = Path.GetFileNameWithoutExtension(arguments.OutputFileName ?? "Project");
        var info = ProjectInfo.Create(
                id, VersionStamp.Default, name, name, LanguageNames.CSharp,
                filePath: Path.Combine(directory, name + ".csproj"),
                compilationOptions: arguments.CompilationOptions,
                parseOptions: arguments.ParseOptions,
                metadataReferences: arguments.MetadataReferences.Select(r => (MetadataReference)MetadataReference.CreateFromFile(r.Reference, r.Properties)),
                analyzerReferences: Generators(arguments))
            .WithDocuments(arguments.SourceFiles.Select(f => Document(id, f.Path)))
            .WithAdditionalDocuments(arguments.AdditionalFiles.Select(f => Document(id, f.Path)))
            .WithAnalyzerConfigDocuments(arguments.AnalyzerConfigPaths.Select(p => Document(id, p)));
        var solution = workspace.CurrentSolution.AddProject(info);
        return solution.GetProject(id)!;
    }

    private static DocumentInfo Document(ProjectId project, string path) =>
        DocumentInfo.Create(
            DocumentId.CreateNewId(project),
            Path.GetFileName(path),
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(File.ReadAllText(path)), VersionStamp.Default, path)),
            filePath: path);

    /// <summary>The analyzer assemblies of the command line that are not Aeos's own: source generators among them.</summary>
    private static IEnumerable<AnalyzerReference> Generators(CSharpCommandLineArguments arguments)
    {
        var loader = new LoadFromLoader();
        return arguments.AnalyzerReferences
            .Where(r => !Path.GetFileName(r.FilePath).StartsWith("Aeos.", StringComparison.Ordinal))
            .Select(r => (AnalyzerReference)new AnalyzerFileReference(r.FilePath, loader));
    }

    /// <summary>Loads analyzer and generator assemblies into this process, as a command-line compiler run does.</summary>
    private sealed class LoadFromLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
            // Dependencies are found beside the analyzer by Assembly.LoadFrom itself.
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
