using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Unused.UnnecessaryUsingAnalyzer,
    Aeos.Analyzers.CodeFixes.Unused.RemoveUnnecessaryUsingFixer>;

namespace Aeos.Analyzers.Tests.Unused;

public sealed partial class UnnecessaryUsingAnalyzerTests
{
    private const string Needed = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Runtime.CompilerServices;
        using System.Text;
        using System.Threading.Tasks;
        using static System.Math;
        using IO = System.IO;
        using Sb = System.Text.StringBuilder;

        [assembly: InternalsVisibleTo("Other")]

        namespace App
        {
            using System.Globalization;

            public class C
            {
                public async Task<int> M(IEnumerable<int> items)
                {
                    var query = from i in items where i > 0 select i;
                    var text = new StringBuilder().Append(Max(1, 2)).ToString(CultureInfo.InvariantCulture.Name.Length, 0);
                    IO.File.Exists(text);
                    var b = new Sb();
                    await Task.Yield();
                    return query.Count() + b.Length + Environment.ProcessorCount;
                }
            }
        }
        """;

    private const string Unnecessary = """
        // Copyright header
        {|#0:using System.Text;|}
        using System;
        {|#1:using static System.Math;|}
        {|#2:using IO = System.IO;|}

        namespace App
        {
            {|#3:using System.Globalization;|}

            public class C
            {
                public void M() => Console.WriteLine();
            }
        }
        """;

    private const string UnnecessaryFixed = """
        // Copyright header
        using System;

        namespace App
        {
            public class C
            {
                public void M() => Console.WriteLine();
            }
        }
        """;

    private const string OnlyInCref = """
        using System.Text;

        /// <summary>Builds text like <see cref="StringBuilder"/>.</summary>
        public class C
        {
        }
        """;

    private const string OnlyInDisabledCode = """
        using System.Text;

        public class C
        {
        #if NEVER_DEFINED
            private readonly StringBuilder _builder = new();
        #endif
        }
        """;

    private const string ExtensionsAndPatterns = """
        using Ext;
        using Patterns;
        using System.Collections.Generic;

        namespace Ext
        {
            public static class Extensions
            {
                public static IEnumerator<int> GetEnumerator(this int count) { yield return count; }
            }
        }

        namespace Patterns
        {
            public static class Deconstructions
            {
                public static void Deconstruct(this string text, out int length, out char first) => (length, first) = (text.Length, text[0]);
            }
        }

        namespace App
        {
            using Numbers = List<int>;

            public class C
            {
                public int M(object value) { var total = 0; foreach (var i in 3) { total += i; } return total; }

                public bool P(string text) => text is (> 1, 'a');

                public Numbers N() => new();
            }
        }
        """;

    [Fact]
    public async Task DirectivesThatSomeNameNeedsAreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Needed);
    }

    [Fact]
    public async Task NamespaceStaticAliasAndNestedDirectivesAreReportedAndRemovedTogether()
    {
        await VerifyFixAsync(
            Unnecessary,
            UnnecessaryFixed,
            Expected(0, "System.Text"),
            Expected(1, "static System.Math"),
            Expected(2, "IO = System.IO"),
            Expected(3, "System.Globalization"));
    }

    [Fact]
    public async Task TheBlankLineAfterTheLastRemovedDirectiveGoesToo()
    {
        const string source = "{|#0:using System.Text;|}\n\nnamespace App;\n\npublic class C { }\n";

        await VerifyFixAsync(source, "namespace App;\n\npublic class C { }\n", Expected(0, "System.Text"));
    }

    [Fact]
    public async Task ATypeOfTheEnclosingNamespaceNeedsNoDirective()
    {
        var test = NewTest(new Verify.Test());
        test.TestState.Sources.Add(("/0/Model.cs", "namespace App.Model { public class Order { } }"));
        test.TestState.Sources.Add(("/0/Use.cs", "{|#0:using App.Model;|}\n\nnamespace App.Model.Views\n{\n    public class View { public Order? Order; }\n}\n"));
        test.FixedState.Sources.Add(("/0/Model.cs", "namespace App.Model { public class Order { } }"));
        test.FixedState.Sources.Add(("/0/Use.cs", "namespace App.Model.Views\n{\n    public class View { public Order? Order; }\n}\n"));
        test.ExpectedDiagnostics.Add(Expected(0, "App.Model"));

        await test.RunAsync();
    }

    [Theory]
    [InlineData(DocumentationMode.None)]
    [InlineData(DocumentationMode.Diagnose)]
    public async Task ADirectiveUsedOnlyInACrefOrInDisabledCodeIsKept(DocumentationMode mode)
    {
        foreach (var source in new[] { OnlyInCref, OnlyInDisabledCode })
        {
            var test = NewTest(new Verify.Test { TestCode = source });
            test.SolutionTransforms.Add((solution, project) =>
                solution.WithProjectParseOptions(project, ((CSharpParseOptions)solution.GetProject(project)!.ParseOptions!).WithDocumentationMode(mode)));

            await test.RunAsync();
        }
    }

    [Theory]
    [InlineData(DocumentationMode.None)]
    [InlineData(DocumentationMode.Diagnose)]
    public async Task UnnecessaryDirectivesAreFoundInEveryDocumentationMode(DocumentationMode mode)
    {
        var test = NewTest(new Verify.Test { TestCode = "{|#0:using System.Text;|}\nusing System;\n\n/// <summary>See <see cref=\"Console\"/>.</summary>\npublic class C { }\n" });
        test.FixedCode = "using System;\n\n/// <summary>See <see cref=\"Console\"/>.</summary>\npublic class C { }\n";
        test.ExpectedDiagnostics.Add(Expected(0, "System.Text"));
        test.SolutionTransforms.Add((solution, project) =>
            solution.WithProjectParseOptions(project, ((CSharpParseOptions)solution.GetProject(project)!.ParseOptions!).WithDocumentationMode(mode)));

        await test.RunAsync();
    }

    [Fact]
    public async Task GlobalUsingsAreReportedWhenNoFileNeedsThemAndRepeatsOfThemEverywhere()
    {
        var test = NewTest(new Verify.Test());
        test.TestState.Sources.Add(("/0/Usings.cs", "global using System;\n{|#0:global using System.Text;|}\n"));
        test.TestState.Sources.Add(("/0/C.cs", "{|#1:using System;|}\n\npublic class C { public string M() => Environment.NewLine; }\n"));
        test.FixedState.Sources.Add(("/0/Usings.cs", "global using System;\n"));
        test.FixedState.Sources.Add(("/0/C.cs", "public class C { public string M() => Environment.NewLine; }\n"));
        test.ExpectedDiagnostics.Add(Expected(0, "System.Text"));
        test.ExpectedDiagnostics.Add(Expected(1, "System"));

        await test.RunAsync();
    }

    [Fact]
    public async Task GeneratedGlobalUsingsAreNotReported()
    {
        var test = NewTest(new Verify.Test());
        test.TestState.Sources.Add(("/0/Usings.g.cs", "// <auto-generated/>\nglobal using System.Text;\nglobal using System;\n"));
        test.TestState.Sources.Add(("/0/C.cs", "public class C { public string M() => Environment.NewLine; }\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task ExtensionMethodsFromForeachPatternsAndOuterDirectivesOfAliasesAreNeeded()
    {
        await Verify.VerifyAnalyzerAsync(ExtensionsAndPatterns);
    }

    /// <summary>Global usings are judged at the end of the compilation: their fix is offered where the diagnostic is already known.</summary>
    private static Verify.Test NewTest(Verify.Test test)
    {
        test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        return test;
    }

    private static Task VerifyFixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = NewTest(new Verify.Test { TestCode = source, FixedCode = fixedSource });
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Expected(int location, string name) =>
        Verify.Diagnostic(DiagnosticDescriptors.UnnecessaryUsing).WithLocation(location).WithArguments(name);
}
