using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Aeos.Analyzers.Unused;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Aeos.Analyzers.Tests.Unused;

/// <summary>
/// Where documentation comments are parsed AEOS2001 takes the compiler's record (CS8019 …); elsewhere it binds the
/// names itself. On the inputs of the tests above, both ways report the same directives.
/// </summary>
public sealed partial class UnnecessaryUsingAnalyzerTests
{
    private static readonly Regex Markup = new(@"\{\|#\d+:|\|\}", RegexOptions.None, System.TimeSpan.FromSeconds(1));

    public static TheoryData<string, DocumentationMode> Corpus()
    {
        var data = new TheoryData<string, DocumentationMode>();
        foreach (var name in Inputs().Keys)
        {
            data.Add(name, DocumentationMode.Parse);
            data.Add(name, DocumentationMode.Diagnose);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task TheCompilersRecordAndTheBindingOfTheNamesReportTheSameDirectives(string input, DocumentationMode mode)
    {
        var files = Inputs()[input];

        var fromRecord = await ReportedAsync(new UnnecessaryUsingAnalyzer(), files, mode);
        var fromBinding = await ReportedAsync(new UnnecessaryUsingAnalyzer(useCompilerRecord: false), files, mode);

        Assert.Equal(fromBinding, fromRecord);
        Assert.Equal(files.Sum(f => Regex.Count(f.Text, @"\{\|#\d+:(global )?using")), fromRecord.Count);
    }

    [Fact]
    public async Task TheCompilersRecordAlsoFindsARepeatedDirective()
    {
        var files = new[] { ("/0/C.cs", "using System;\nusing System;\n\npublic class C { public string M() => Environment.NewLine; }\n") };

        var reported = await ReportedAsync(new UnnecessaryUsingAnalyzer(), files, DocumentationMode.Diagnose);

        Assert.Equal(new[] { "/0/C.cs(2,1): System" }, reported);
    }

    private static Dictionary<string, (string Path, string Text)[]> Inputs() => new()
    {
        [nameof(Needed)] = new[] { ("/0/Test0.cs", Needed) },
        [nameof(Unnecessary)] = new[] { ("/0/Test0.cs", Unnecessary) },
        [nameof(OnlyInCref)] = new[] { ("/0/Test0.cs", OnlyInCref) },
        [nameof(OnlyInDisabledCode)] = new[] { ("/0/Test0.cs", OnlyInDisabledCode) },
        [nameof(ExtensionsAndPatterns)] = new[] { ("/0/Test0.cs", ExtensionsAndPatterns) },
        ["EnclosingNamespace"] = new[]
        {
            ("/0/Model.cs", "namespace App.Model { public class Order { } }"),
            ("/0/Use.cs", "{|#0:using App.Model;|}\n\nnamespace App.Model.Views\n{\n    public class View { public Order? Order; }\n}\n"),
        },
        ["GlobalUsings"] = new[]
        {
            ("/0/Usings.cs", "global using System;\n{|#0:global using System.Text;|}\n"),
            ("/0/C.cs", "{|#1:using System;|}\n\npublic class C { public string M() => Environment.NewLine; }\n"),
        },
        ["Cref"] = new[] { ("/0/Test0.cs", "{|#0:using System.Text;|}\nusing System;\n\n/// <summary>See <see cref=\"Console\"/>.</summary>\npublic class C { }\n") },
    };

    /// <summary>The reported directives as <c>path(line,column): what</c>, in order.</summary>
    private static async Task<List<string>> ReportedAsync(DiagnosticAnalyzer analyzer, IEnumerable<(string Path, string Text)> files, DocumentationMode mode)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, default);
        var options = new CSharpParseOptions(LanguageVersion.Latest, mode);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(Markup.Replace(f.Text, string.Empty), options, f.Path));
        var compilation = CSharpCompilation.Create("Test", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .Select(d => d.Location.GetLineSpan())
            .Zip(diagnostics, (span, d) => $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split('\'')[1]}")
            .OrderBy(text => text, System.StringComparer.Ordinal)
            .ToList();
    }
}
