using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Aeos.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Tests.Fuzz;

/// <summary>
/// The seed corpus: the repository's own C# sources, the C# of the sample and differential corpora, and the
/// test inputs (string literals of the tests that parse as C#, where the rules' look-alikes are). With
/// <c>AEOS_FUZZ_SEEDS</c> set to a folder, the C# files below it instead (a fetched code base).
/// </summary>
public static class FuzzSeeds
{
    public const string SeedsVariable = "AEOS_FUZZ_SEEDS";

    private const int MinimumInputLength = 60;

    /// <summary>The markup of Microsoft.CodeAnalysis.Testing: <c>[|…|]</c>, <c>{|#0:…|}</c>, <c>{|AEOS1001:…|}</c>.</summary>
    private static readonly Regex Markup = new(@"\[\||\|\]|\{\|[#A-Za-z0-9]+:|\|\}", RegexOptions.Compiled);

    public static IReadOnlyList<(string Name, string Text)> Load()
    {
        var external = Environment.GetEnvironmentVariable(SeedsVariable);
        if (!string.IsNullOrEmpty(external))
        {
            return Files(external, external).ToList();
        }

        var root = RepositoryPaths.Root;
        var sources = new[] { "src", "samples", Path.Combine("tests", "differential-corpus"), Path.Combine("tests", "Aeos.Analyzers.Tests") }
            .SelectMany(folder => Files(Path.Combine(root, folder), root))
            .ToList();
        var inputs = sources.Where(s => s.Name.StartsWith("tests", StringComparison.Ordinal)).SelectMany(TestInputs).ToList();
        return sources.Concat(inputs).ToList();
    }

    private static IEnumerable<(string Name, string Text)> Files(string folder, string root) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)));

    private static bool IsBuildOutput(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        return parts.Contains("obj") || parts.Contains("bin");
    }

    /// <summary>The string literals of a test file that are C# source: they parse to at least one member.</summary>
    private static IEnumerable<(string Name, string Text)> TestInputs((string Name, string Text) file)
    {
        var root = CSharpSyntaxTree.ParseText(file.Text).GetRoot();
        var index = 0;
        foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)))
        {
            if (literal.Token.ValueText is not { Length: >= MinimumInputLength } text)
            {
                continue;
            }

            text = Markup.Replace(text, string.Empty);
            var parsed = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(text).GetRoot();
            if (parsed.Members.Count > 0 && !parsed.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                yield return (file.Name + "#input" + ++index, text);
            }
        }
    }
}
