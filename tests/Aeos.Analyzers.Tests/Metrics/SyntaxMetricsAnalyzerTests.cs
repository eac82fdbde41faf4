using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Aeos.Analyzers.Metrics;
using Aeos.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Metrics.SyntaxMetricsAnalyzer>;

namespace Aeos.Analyzers.Tests.Metrics;

/// <summary>The shipped analyzer of AEOS1001, AEOS1002 and AEOS1003: the three rules from one pass per function.</summary>
public sealed class SyntaxMetricsAnalyzerTests
{
    private const string Source = """
        using System;

        public record Base(int Value);

        public record Derived(int A, int? B) : Base(A > 0 && B is null ? A : B ?? 0);

        public class C
        {
            private readonly Func<int, int> _twice = x => x > 0 ? x * 2 : 0;

            public Func<int, bool> Positive { get; } = x => x > 0 || x == int.MaxValue;

            public int this[int index] => index > 0 ? index : 0;

            public int Scaled(int factor)
            {
                if (factor > 10)
                {
                    foreach (var i in new[] { 1, 2 })
                    {
                        factor += i;
                    }
                }

                return Scale(factor);

                int Scale(int f)
                {
                    return f > 0 ? f * 2 : Scale(-f);
                }
            }

            public C()
            {
                try { Console.WriteLine(_twice(1)); }
                catch (InvalidOperationException) when (_twice(2) > 1) { throw; }
            }
        }
        """;

    private static readonly Dictionary<string, string> LimitsZero = new()
    {
        ["aeos.max_cyclomatic_complexity"] = "0",
        ["aeos.max_cognitive_complexity"] = "0",
        ["aeos.max_function_lines"] = "0",
    };

    [Fact]
    public async Task ReportsWhatTheThreeRulesReportOneByOne()
    {
        var together = await AnalyzerRunner.RunAsync(new SyntaxMetricsAnalyzer(), Source, LimitsZero);
        var oneByOne = new List<Diagnostic>();
        foreach (var analyzer in new DiagnosticAnalyzer[] { new CyclomaticComplexityOnly(), new CognitiveComplexityOnly(), new FunctionLengthOnly() })
        {
            oneByOne.AddRange(await AnalyzerRunner.RunAsync(analyzer, Source, LimitsZero));
        }

        Assert.Equal(new[] { "AEOS1001", "AEOS1002", "AEOS1003" }, together.Select(d => d.Id).Distinct().OrderBy(id => id, System.StringComparer.Ordinal));
        Assert.Equal(Describe(oneByOne), Describe(together));
    }

    [Fact]
    public async Task RuleTurnedOffForTheFileIsNotReportedAndTheOthersAre()
    {
        const string source = "public class C\n{\n    public int {|#0:M|}(int a) => a > 0 ? 1 : 0;\n}\n";
        const string config = "aeos.max_cyclomatic_complexity = 0\naeos.max_cognitive_complexity = 0\naeos.max_function_lines = 0\ndotnet_diagnostic.AEOS1002.severity = none";

        await Verify.VerifyAnalyzerAsync(
            source,
            config,
            Verify.Diagnostic(DiagnosticDescriptors.CyclomaticComplexity).WithLocation(0).WithArguments("C.M(int)", 2, 0),
            Verify.Diagnostic(DiagnosticDescriptors.FunctionLength).WithLocation(0).WithArguments("C.M(int)", 1, "line of code", 0));
    }

    [Fact]
    public async Task RuleTurnedOffInOneFolderIsReportedInTheOthers()
    {
        var test = new Verify.Test().WithEditorConfig("/.editorconfig", "aeos.max_function_lines = 0");
        test.WithEditorConfig("/src/quiet/.editorconfig", "dotnet_diagnostic.AEOS1003.severity = none");
        test.TestState.Sources.Add(("/src/A.cs", "public class A\n{\n    public int {|#0:M|}() => 1;\n}\n"));
        test.TestState.Sources.Add(("/src/quiet/B.cs", "public class B\n{\n    public int M() => 1;\n}\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.FunctionLength).WithLocation(0).WithArguments("A.M()", 1, "line of code", 0));

        await test.RunAsync();
    }

    [Fact]
    public async Task BadLimitOfARuleTurnedOffIsStillReported()
    {
        const string source = "public class C\n{\n    public int M(int a) => a > 0 ? 1 : 0;\n}\n";
        const string config = "aeos.max_cognitive_complexity = many\ndotnet_diagnostic.AEOS1002.severity = none";

        await Verify.VerifyAnalyzerAsync(
            source,
            config,
            Verify.Diagnostic(DiagnosticDescriptors.InvalidOption).WithArguments("many", "aeos.max_cognitive_complexity", "expected a whole number of at least 0", "15"));
    }

    private static string[] Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + " "
                + string.Join(",", d.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)))
            .OrderBy(text => text, System.StringComparer.Ordinal)
            .ToArray();
}
