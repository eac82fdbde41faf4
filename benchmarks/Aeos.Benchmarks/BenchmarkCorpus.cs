using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Benchmarks;

/// <summary>The syntax trees a benchmark runs over, parsed once: a generated corpus or this repository's sources.</summary>
internal static class BenchmarkCorpus
{
    public const string Generated = "generated";
    public const string Repository = "repository";

    /// <summary>Code the unused-code (2xxx) and reliability (4xxx) rules look at: see <see cref="RuleCorpus"/>.</summary>
    public const string GeneratedRules = "generated-rules";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    /// <summary>
    /// Documentation comments parsed and checked, as with <c>GenerateDocumentationFile</c>: IDE0005 reports only
    /// then. Every row of the unused-code benchmarks uses it, so that they all run on the same trees.
    /// </summary>
    public static readonly CSharpParseOptions DiagnoseDocumentationOptions = ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    public static ImmutableArray<SyntaxTree> Load(string corpus) => Load(corpus, ParseOptions);

    public static ImmutableArray<SyntaxTree> Load(string corpus, CSharpParseOptions options) => corpus switch
    {
        Generated => GeneratedTrees(classes: 100, methodsPerClass: 20, options),
        GeneratedRules => RuleCorpus.Trees(classes: 50, methodsPerClass: 10, options),
        Repository => RepositoryTrees(options),
        _ => throw new ArgumentException("unknown corpus " + corpus, nameof(corpus)),
    };

    /// <summary>A compilation against the running framework's assemblies; cloned per run so no bound state is reused.</summary>
    public static CSharpCompilation Compile(ImmutableArray<SyntaxTree> trees)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = platform.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        return CSharpCompilation.Create("Benchmark", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    /// <summary>Every method has branches, loops, switches, logical operators, lambdas and a local function.</summary>
    private static ImmutableArray<SyntaxTree> GeneratedTrees(int classes, int methodsPerClass, CSharpParseOptions options)
    {
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>(classes);
        for (var c = 0; c < classes; c++)
        {
            var text = new StringBuilder("using System;\nusing System.Linq;\n\nnamespace Generated\n{\n");
            text.Append("    public class Base").Append(c).Append(" { }\n    public class Middle").Append(c).Append(" : Base").Append(c).Append(" { }\n");
            text.Append("    public class Service").Append(c).Append(" : Middle").Append(c).Append("\n    {\n");
            for (var m = 0; m < methodsPerClass; m++)
            {
                text.Append(Method(c * methodsPerClass + m));
            }

            trees.Add(CSharpSyntaxTree.ParseText(text.Append("    }\n}\n").ToString(), options, path: "Generated" + c.ToString(CultureInfo.InvariantCulture) + ".cs"));
        }

        return trees.MoveToImmutable();
    }

    private static string Method(int index) => string.Format(
        CultureInfo.InvariantCulture,
        """
                public int Method{0}(int a, bool b, string text, int[] items)
                {{
                    var sum = 0;
                    if (a > {1} && b || text == null)
                    {{
                        sum += text?.Length ?? 0;
                    }}
                    else if (a < 0)
                    {{
                        sum--;
                    }}

                    foreach (var item in items)
                    {{
                        switch (item % 4)
                        {{
                            case 0: sum += item; break;
                            case 1: case 2: sum -= item; break;
                            default: sum += Twice(item); break;
                        }}
                    }}

                    for (var i = 0; i < a; i++)
                    {{
                        sum += items.Count(x => x > i && x < {1}) > 0 ? 1 : 0;
                    }}

                    return sum + (a is > 0 and < 100 ? 1 : 0);

                    static int Twice(int v) => v > 0 ? v * 2 : 0;
                }}

                public int Property{0} => {1} > 3 ? {1} : 0;


        """,
        index,
        index % 10);

    /// <summary>The C# sources of this repository: src, tests, benchmarks and samples, build output excluded.</summary>
    private static ImmutableArray<SyntaxTree> RepositoryTrees(CSharpParseOptions options)
    {
        var root = RepositoryRoot();
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(root, path)))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path: path))
            .ToImmutableArray();
    }

    private static bool IsBuildOutput(string relativePath)
    {
        var parts = relativePath.Split(Path.DirectorySeparatorChar);
        return parts.Any(p => p is "bin" or "obj" or "artifacts" or "BenchmarkDotNet.Artifacts" or ".git");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Aeos.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Aeos.Analyzers.sln was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>How many functions (RULES.md) the trees hold, for the report.</summary>
    public static int CountFunctions(IEnumerable<SyntaxTree> trees) =>
        trees.Sum(t => t.GetRoot().DescendantNodes().Count(IsFunction));

    private static bool IsFunction(SyntaxNode node) => node switch
    {
        BaseMethodDeclarationSyntax m => m.Body is not null || m.ExpressionBody is not null,
        AccessorDeclarationSyntax a => a.Body is not null || a.ExpressionBody is not null,
        PropertyDeclarationSyntax p => p.ExpressionBody is not null,
        IndexerDeclarationSyntax i => i.ExpressionBody is not null,
        LocalFunctionStatementSyntax => true,
        _ => false,
    };
}
