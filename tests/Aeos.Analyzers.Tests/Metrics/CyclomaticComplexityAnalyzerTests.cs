using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Tests.Metrics.CyclomaticComplexityOnly>;

namespace Aeos.Analyzers.Tests.Metrics;

public sealed class CyclomaticComplexityAnalyzerTests
{
    private const string LimitTwo = "aeos.max_cyclomatic_complexity = 2";
    private const string LimitZero = "aeos.max_cyclomatic_complexity = 0";

    private const string EveryFunctionKind = """
        using System;

        public class Money
        {
            private int _cents;
            private EventHandler? _changed;

            public {|#0:Money|}(int cents) => _cents = cents > 0 ? cents : 0;

            public {|#1:Money|}() : this(0) { }

            ~{|#2:Money|}() { if (_cents > 0) Console.WriteLine("finalized"); }

            public int Cents
            {
                {|#3:get|} { return _cents; }
                {|#4:set|} { _cents = value < 0 ? 0 : value; }
            }

            public int Init { {|#5:init|} => _cents = value; }

            public int Auto { get; set; }

            public int {|#6:Doubled|} => _cents * 2;

            public int {|#7:this|}[int index] => index > 0 && _cents > 0 ? index : 0;

            public event EventHandler Changed
            {
                {|#8:add|} { _changed += value; }
                {|#9:remove|} { _changed -= value; }
            }

            public static Money operator {|#10:+|}(Money a, Money b) => new Money(a._cents + b._cents);

            public static implicit operator {|#11:int|}(Money? m) => m?._cents ?? 0;

            public int {|#12:Scaled|}(int factor)
            {
                return Scale(factor);

                int Scale(int f) => f > 0 ? _cents * f : 0;
            }
        }
        """;

    private const string PartialsAndRecords = """
        public partial class Hooks
        {
            partial void Changed(int value);

            partial void {|#0:Changed|}(int value)
            {
                if (value > 0 || value < -10) { System.Console.WriteLine(value); }
            }
        }

        public record {|#5:Base|}(int Z);

        public record {|#1:Derived|}(int X) : Base(X > 0 ? X : -X)
        {
            public int {|#2:Sign|} => X switch { > 0 => 1, < 0 => -1, _ => 0 };
        }

        public class {|#3:Service|}(string? name)
        {
            private readonly string _name = name ?? "none";
            private readonly System.Func<int, bool> _positive = x => x > 0 && x < 100;

            public string {|#4:Name|} => _name;
        }
        """;

    [Fact]
    public async Task ComplexMethodIsReportedWithValueAndLimit()
    {
        const string source = """
            public class C
            {
                public int {|#0:M|}(int a, bool b)
                {
                    if (a > 0 && b)
                    {
                        return 1;
                    }

                    return a < 0 ? -1 : 0;
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source, LimitTwo, Expected(0, "C.M(int, bool)", 4, 2));
    }

    [Fact]
    public async Task MethodAtTheLimitIsNotReported()
    {
        const string source = "public class C { public int M(int a) => a > 0 ? 1 : 0; }";

        await Verify.VerifyAnalyzerAsync(source, LimitTwo);
    }

    [Fact]
    public async Task DefaultLimitIsTen()
    {
        var ten = "    public void Ten(int a) { " + string.Concat(Enumerable.Repeat("if (a > 0) a--; ", 9)) + "}\n";
        var eleven = "    public void {|#0:Eleven|}(int a) { " + string.Concat(Enumerable.Repeat("if (a > 0) a--; ", 10)) + "}\n";

        await Verify.VerifyAnalyzerAsync("public class C\n{\n" + ten + eleven + "}\n", Expected(0, "C.Eleven(int)", 11, 10));
    }

    [Fact]
    public async Task EveryFunctionKindIsMeasuredAndLocalFunctionsCountIntoTheirContainer()
    {
        await Verify.VerifyAnalyzerAsync(
            EveryFunctionKind,
            LimitZero,
            Expected(0, "Money.Money(int)", 2, 0),
            Expected(1, "Money.Money()", 1, 0),
            Expected(2, "Money.~Money()", 2, 0),
            Expected(3, "Money.Cents.get", 1, 0),
            Expected(4, "Money.Cents.set", 2, 0),
            Expected(5, "Money.Init.init", 1, 0),
            Expected(6, "Money.Doubled.get", 1, 0),
            Expected(7, "Money.this[int].get", 3, 0),
            Expected(8, "Money.Changed.add", 1, 0),
            Expected(9, "Money.Changed.remove", 1, 0),
            Expected(10, "Money.operator +(Money, Money)", 1, 0),
            Expected(11, "Money.implicit operator int(Money?)", 3, 0),
            Expected(12, "Money.Scaled(int)", 2, 0));
    }

    [Fact]
    public async Task PartialMethodsRecordsAndPrimaryConstructors()
    {
        await Verify.VerifyAnalyzerAsync(
            PartialsAndRecords,
            LimitZero,
            Expected(0, "Hooks.Changed(int)", 3, 0),
            Expected(1, "Derived.Derived(int)", 2, 0),
            Expected(2, "Derived.Sign.get", 3, 0),
            Expected(3, "Service.Service(string?)", 1, 0),
            Expected(4, "Service.Name.get", 1, 0),
            Expected(5, "Base.Base(int)", 1, 0));
    }

    [Fact]
    public async Task LambdasInFieldInitializersBelongToNoFunction()
    {
        const string source = """
            public class C
            {
                private static readonly System.Func<int, int> Clamp = x => x > 10 ? 10 : x < 0 ? 0 : x;
                private readonly int _value = System.Environment.ProcessorCount > 1 ? 1 : 0;
            }
            """;

        await Verify.VerifyAnalyzerAsync(source, LimitZero);
    }

    [Fact]
    public async Task TopLevelStatementsAreOneFunction()
    {
        var test = new Verify.Test
        {
            TestCode = """
                {|#0:var|} total = args.Length > 0 ? 1 : 0;
                foreach (var arg in args)
                {
                    total += arg.Length;
                }

                System.Console.WriteLine(total);
                """,
        }.WithEditorConfig("/.editorconfig", LimitTwo);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Expected(0, "top-level statements", 3, 2));

        await test.RunAsync();
    }

    [Fact]
    public async Task DisabledRegionsDoNotCount()
    {
        const string source = """
            public class C
            {
                public void M(int a)
                {
            #if NEVER_DEFINED
                    if (a > 0) { a--; }
                    while (a > 0) { a--; }
            #endif
                    System.Console.WriteLine(a > 0 ? a : 0);
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source, LimitTwo);
    }

    [Fact]
    public async Task OptionsApplyPerFolder()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/src/App/Fresh.cs", "public class Fresh\n{\n    public int {|#0:M|}(int a) => a > 0 && a < 9 ? 1 : 0;\n}\n"));
        test.TestState.Sources.Add(("/src/Legacy/Old.cs", "public class Old\n{\n    public int M(int a) => a > 0 && a < 9 ? 1 : 0;\n}\n"));
        test.WithEditorConfig("/.editorconfig", LimitTwo)
            .WithEditorConfig("/src/Legacy/.editorconfig", "aeos.max_cyclomatic_complexity = 30");
        test.ExpectedDiagnostics.Add(Expected(0, "Fresh.M(int)", 3, 2));

        await test.RunAsync();
    }

    [Fact]
    public async Task GeneratedCodeIsSkipped()
    {
        var test = new Verify.Test().WithEditorConfig("/.editorconfig", LimitZero);
        test.TestState.Sources.Add(("/src/Model.g.cs", "public class Generated\n{\n    public int M(int a) => a > 0 ? 1 : 0;\n}\n"));
        test.TestState.Sources.Add(("/src/Marked.cs", "// <auto-generated/>\npublic record Marked(int A)\n{\n    public int M() { return A; }\n}\n"));

        await test.RunAsync();
    }

    [Theory]
    [InlineData("ten")]
    [InlineData("-1")]
    [InlineData("2.5")]
    public async Task InvalidLimitIsReportedOnceAndTheDefaultApplies(string value)
    {
        var test = new Verify.Test().WithEditorConfig("/.editorconfig", "aeos.max_cyclomatic_complexity = " + value);
        test.TestState.Sources.Add(("/src/A.cs", "public class A\n{\n    public int M(int a) => a > 0 ? 1 : 0;\n}\n"));
        test.TestState.Sources.Add(("/src/B.cs", "public class B\n{\n    public int M(int a) => a > 0 ? 1 : 0;\n}\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.InvalidOption)
            .WithArguments(value, "aeos.max_cyclomatic_complexity", "expected a whole number of at least 0", "10"));

        await test.RunAsync();
    }

    private static DiagnosticResult Expected(int location, string name, int value, int limit) =>
        Verify.Diagnostic(DiagnosticDescriptors.CyclomaticComplexity).WithLocation(location).WithArguments(name, value, limit);
}
