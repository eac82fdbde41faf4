using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Tests.Metrics.FunctionLengthOnly>;

namespace Aeos.Analyzers.Tests.Metrics;

public sealed class FunctionLengthAnalyzerTests
{
    private const string LimitThree = "aeos.max_function_lines = 3";

    private const string EveryFunctionKind = """
        using System;

        public class Money
        {
            private readonly int _cents;
            private EventHandler? _changed;

            public {|#0:Money|}(int cents)
            {
                _cents = cents;
            }

            ~{|#1:Money|}()
            {
                Console.WriteLine("finalized");
            }

            public int Cents
            {
                {|#3:get|} { return _cents; }
                {|#4:set|} { Console.WriteLine(value); }
            }

            public int Init { {|#6:init|} => Console.WriteLine(value); }

            public int {|#7:Doubled|} => _cents * 2;

            public int {|#8:this|}[int index] => index + _cents;

            public event EventHandler Changed
            {
                {|#9:add|} { _changed += value; }
                {|#10:remove|} { _changed -= value; }
            }

            public static Money operator {|#11:+|}(Money a, Money b) => new Money(a._cents + b._cents);

            public static implicit operator {|#12:int|}(Money m) => m._cents;

            public int {|#13:Scaled|}(int factor)
            {
                return Scale(factor);

                int {|#14:Scale|}(int f) => _cents * f;
            }
        }
        """;

    private const string NoBodies = """
        public abstract class Shape
        {
            public abstract double Area();

            public int Sides { get; set; }

            public virtual void Empty() { }

            [System.Runtime.InteropServices.DllImport("libc")]
            public static extern int getpid();
        }

        public partial class Part
        {
            partial void Hook();
        }

        public interface IShape
        {
            double Perimeter();
        }
        """;

    [Fact]
    public async Task LongMethodIsReportedWithValueAndLimit()
    {
        const string source = """
            public class C
            {
                public void {|#0:M|}()
                {
                    int a = 1;
                    int b = 2;
                    int c = 3;
                    System.Console.WriteLine(a + b + c);
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source, LimitThree, Expected(0, "C.M()", 4, 3));
    }

    [Fact]
    public async Task MethodAtTheLimitIsNotReported()
    {
        const string source = """
            public class C
            {
                public void M()
                {
                    int a = 1;
                    int b = 2;
                    System.Console.WriteLine(a + b);
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source, LimitThree);
    }

    [Fact]
    public async Task DefaultLimitIsFiftyLinesOfCode()
    {
        var fifty = MethodWithStatements("Fifty", 50);
        var fiftyOne = MethodWithStatements("{|#0:FiftyOne|}", 51);
        var source = "public class C\n{\n" + fifty + "\n" + fiftyOne + "}\n";

        await Verify.VerifyAnalyzerAsync(source, Expected(0, "C.FiftyOne()", 51, 50));
    }

    [Fact]
    public async Task BlankLinesCommentsAndDisabledCodeDoNotCount()
    {
        const string source = """
            public class C
            {
                public int M(int x)
                {
                    // a comment line

                    /* a block
                       comment */
            #if NEVER_DEFINED
                    x = x * 100;
                    x = x * 100;
            #endif
                    x++;
                    return x;
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source, "aeos.max_function_lines = 2");
    }

    [Fact]
    public async Task PhysicalModeCountsEveryLineOfTheBody()
    {
        const string source = """
            public class C
            {
                public int {|#0:M|}(int x)
                {
                    // a comment line

                    x++;
                    return x;
                }
            }
            """;

        var expected = Verify.Diagnostic(DiagnosticDescriptors.FunctionLength).WithLocation(0).WithArguments("C.M(int)", 4, "lines", 3);
        await Verify.VerifyAnalyzerAsync(source, LimitThree + "\naeos.function_lines_mode = physical", expected);
    }

    [Fact]
    public async Task EveryLineOfAMultiLineStringCounts()
    {
        const string source = """"
            public class C
            {
                public string {|#0:M|}()
                {
                    return """
                        one
                        two
                        """;
                }
            }
            """";

        await Verify.VerifyAnalyzerAsync(source, LimitThree, Expected(0, "C.M()", 4, 3));
    }

    [Fact]
    public async Task EveryFunctionKindIsMeasured()
    {
        await Verify.VerifyAnalyzerAsync(
            EveryFunctionKind,
            "aeos.max_function_lines = 0",
            Expected(0, "Money.Money(int)", 1, 0),
            Expected(1, "Money.~Money()", 1, 0),
            Expected(3, "Money.Cents.get", 1, 0),
            Expected(4, "Money.Cents.set", 1, 0),
            Expected(6, "Money.Init.init", 1, 0),
            Expected(7, "Money.Doubled.get", 1, 0),
            Expected(8, "Money.this[int].get", 1, 0),
            Expected(9, "Money.Changed.add", 1, 0),
            Expected(10, "Money.Changed.remove", 1, 0),
            Expected(11, "Money.operator +(Money, Money)", 1, 0),
            Expected(12, "Money.implicit operator int(Money)", 1, 0),
            Expected(13, "Money.Scaled(int)", 2, 0),
            Expected(14, "Scale(int)", 1, 0));
    }

    [Fact]
    public async Task TopLevelStatementsAreOneFunction()
    {
        var test = new Verify.Test
        {
            TestCode = """
                {|#0:var|} total = 0;
                for (var i = 0; i < 3; i++)
                {
                    total += i;
                }

                System.Console.WriteLine(total);
                """,
        }.WithEditorConfig("/.editorconfig", LimitThree);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Expected(0, "top-level statements", 6, 3));

        await test.RunAsync();
    }

    [Fact]
    public async Task DeclarationsWithoutBodiesAreNotFunctions()
    {
        await Verify.VerifyAnalyzerAsync(NoBodies, "aeos.max_function_lines = 0");
    }

    [Fact]
    public async Task LambdasCountTowardTheirContainer()
    {
        const string source = """
            using System;
            using System.Linq;

            public class C
            {
                public int {|#0:M|}(int[] values)
                {
                    return values.Select(v =>
                    {
                        var doubled = v * 2;
                        return doubled;
                    }).Sum();
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source, LimitThree, Expected(0, "C.M(int[])", 5, 3));
    }

    [Fact]
    public async Task OptionsApplyPerFolder()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/src/App/Fresh.cs", "public class Fresh\n{\n    public void {|#0:M|}()\n    {\n        int a = 1;\n        int b = a;\n        System.Console.WriteLine(b);\n    }\n}\n"));
        test.TestState.Sources.Add(("/src/Legacy/Old.cs", "public class Old\n{\n    public void M()\n    {\n        int a = 1;\n        int b = a;\n        System.Console.WriteLine(b);\n    }\n}\n"));
        test.WithEditorConfig("/.editorconfig", "aeos.max_function_lines = 2")
            .WithEditorConfig("/src/Legacy/.editorconfig", "aeos.max_function_lines = 10");
        test.ExpectedDiagnostics.Add(Expected(0, "Fresh.M()", 3, 2));

        await test.RunAsync();
    }

    [Fact]
    public async Task GeneratedCodeIsSkipped()
    {
        var test = new Verify.Test().WithEditorConfig("/.editorconfig", "aeos.max_function_lines = 0");
        test.TestState.Sources.Add(("/src/Model.g.cs", "public class Generated\n{\n    public int M() { return 1; }\n}\n"));
        test.TestState.Sources.Add(("/src/Marked.cs", "// <auto-generated/>\npublic class Marked\n{\n    public int M() { return 1; }\n}\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task InvalidLimitIsReportedOnceAndTheDefaultApplies()
    {
        var test = new Verify.Test().WithEditorConfig("/.editorconfig", "aeos.max_function_lines = fifty");
        test.TestState.Sources.Add(("/src/A.cs", "public class A\n{\n    public void M() { int a = 1; System.Console.WriteLine(a); }\n}\n"));
        test.TestState.Sources.Add(("/src/B.cs", "public class B\n{\n    public void M() { int b = 1; System.Console.WriteLine(b); }\n}\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.InvalidOption)
            .WithArguments("fifty", "aeos.max_function_lines", "expected a whole number of at least 0", "50"));

        await test.RunAsync();
    }

    [Theory]
    [InlineData("-1", "aeos.max_function_lines", "expected a whole number of at least 0", "50")]
    [InlineData("12.5", "aeos.max_function_lines", "expected a whole number of at least 0", "50")]
    [InlineData("lines", "aeos.function_lines_mode", "expected one of code, physical", "code")]
    public async Task EveryInvalidValueNamesOptionAndProblem(string value, string key, string problem, string fallback)
    {
        var expected = Verify.Diagnostic(DiagnosticDescriptors.InvalidOption).WithArguments(value, key, problem, fallback);

        await Verify.VerifyAnalyzerAsync("public class C { public void M() { } }", key + " = " + value, expected);
    }

    private static DiagnosticResult Expected(int location, string name, int value, int limit) =>
        Verify.Diagnostic(DiagnosticDescriptors.FunctionLength)
            .WithLocation(location)
            .WithArguments(name, value, value == 1 ? "line of code" : "lines of code", limit);

    private static string MethodWithStatements(string name, int count) =>
        "    public void " + name + "()\n    {\n        int x = 0;\n"
        + string.Concat(Enumerable.Repeat("        x++;\n", count - 2))
        + "        System.Console.WriteLine(x);\n    }\n";
}
