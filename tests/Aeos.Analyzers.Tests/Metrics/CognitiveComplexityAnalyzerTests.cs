using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Tests.Metrics.CognitiveComplexityOnly>;

namespace Aeos.Analyzers.Tests.Metrics;

public sealed class CognitiveComplexityAnalyzerTests
{
    private const string LimitZero = "aeos.max_cognitive_complexity = 0";

    private const string EveryFunctionKind = """
        using System;

        public class Money
        {
            private readonly int _cents;
            private EventHandler? _changed;

            public {|#0:Money|}(int cents)
            {
                _cents = cents < 0 ? 0 : cents;
            }

            ~{|#1:Money|}()
            {
                if (_cents > 0) { Console.WriteLine("finalized"); }
            }

            public int Cents
            {
                {|#2:get|} { return _cents > 0 ? _cents : 0; }
                {|#3:set|} { if (value < 0) { throw new ArgumentOutOfRangeException(nameof(value)); } }
            }

            public int Init { {|#4:init|} => Console.WriteLine(value > 0 ? "positive" : "other"); }

            public bool {|#5:IsSmall|} => _cents > 0 && _cents < 100;

            public int {|#6:this|}[int index] => index > 0 ? _cents : 0;

            public event EventHandler Changed
            {
                {|#7:add|} { if (value != null) { _changed += value; } }
                {|#8:remove|} { if (value != null) { _changed -= value; } }
            }

            public static Money operator {|#9:+|}(Money a, Money b) => new Money(a is null ? b._cents : a._cents + b._cents);

            public static implicit operator {|#10:int|}(Money m) => m is null ? 0 : m._cents;

            public int {|#11:Scaled|}(int factor)
            {
                return Scale(factor);

                int Scale(int f) => f > 0 ? _cents * f : 0;
            }
        }
        """;

    private const string NothingToUnderstand = """
        public abstract class Shape
        {
            public abstract double Area();

            public int Sides { get; set; }

            public virtual void Empty() { }

            public int Twice(int x) => x * 2;

            public string Name { get; } = "shape";

            private readonly System.Func<int, int> _square = x => x * x;
        }

        public partial class Part
        {
            partial void Hook();
        }

        public interface IShape
        {
            double Perimeter();
        }

        public record Point(int X, int Y);
        """;

    private const string Initializers = """
        using System;

        public class Rules
        {
            private static readonly Func<int, int> {|#0:Sign|} = x => x > 0 ? 1 : x < 0 ? -1 : 0;

            private readonly int _plain = DateTime.Now.Second > 30 ? 1 : 0;

            public Func<string?, bool> {|#1:IsBlank|} { get; } = s => s is null || s.Trim().Length == 0;

            public event EventHandler {|#2:Changed|} = (sender, e) => { if (sender is null) { Console.WriteLine(e); } };
        }
        """;

    private const string RecordsAndPrimaryConstructors = """
        public record Temperature(double Celsius)
        {
            public string {|#0:Describe|}() => Celsius < 0 ? "freezing" : "fine";
        }

        public record struct Range(int Low, int High);

        public class Account(decimal balance)
        {
            public Account() : this(0) { }

            private readonly System.Func<decimal, bool> {|#4:_covers|} = amount => amount > 0 ? amount <= balance : true;

            public decimal Balance { get; } = balance;

            public bool {|#1:CanWithdraw|}(decimal amount) => amount > 0 && amount <= balance;
        }

        public class {|#3:Savings|}(decimal balance, bool frozen) : Account(frozen ? 0 : balance);

        public record {|#2:Reading|}(double? Value) : Temperature(Value is null or double.NaN ? 0 : Value.Value);

        public record Plain(int X) : Temperature(X);
        """;

    private const string PartialMethods = """
        public partial class Hooks
        {
            partial void OnSaving(int count);
        }

        public partial class Hooks
        {
            partial void {|#0:OnSaving|}(int count)
            {
                if (count > 0) { System.Console.WriteLine(count); }
            }
        }
        """;

    private const string IfDirectives = """
        public class Build
        {
            public int {|#0:Level|}(bool verbose)
            {
        #if NEVER_DEFINED
                if (verbose) { if (verbose) { if (verbose) { return 3; } } }
        #else
                if (verbose) { return 1; }
        #endif
                return 0;
            }
        }
        """;

    private const string Recursion = """
        public class Tree
        {
            public Tree? Left { get; set; }

            public virtual int {|#0:Depth|}(Tree? node) => node is null ? 0 : 1 + System.Math.Max(Depth(node.Left), this.Depth(null));

            public int {|#1:Count|}(int n) => n <= 0 ? 0 : Count() + Count(n - 1);

            public int Count() => 1;

            public int {|#2:Factorial|}(int n)
            {
                return Fact(n);

                static int Fact(int k) => k <= 1 ? 1 : k * Fact(k - 1);
            }
        }

        public class Leaf : Tree
        {
            public override int {|#3:Depth|}(Tree? node) => node is null ? 0 : base.Depth(node);
        }
        """;

    [Fact]
    public async Task ComplexMethodIsReportedWithValueAndLimit()
    {
        const string source = """
            public class C
            {
                public void {|#0:M|}(bool a, bool b)
                {
                    if (a)
                    {
                        while (b) { b = !b; }
                    }
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source, "aeos.max_cognitive_complexity = 2", Expected(0, "C.M(bool, bool)", 3, 2));
    }

    [Fact]
    public async Task MethodAtTheLimitIsNotReported()
    {
        const string source = """
            public class C
            {
                public void M(bool a, bool b)
                {
                    if (a)
                    {
                        while (b) { b = !b; }
                    }
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source, "aeos.max_cognitive_complexity = 3");
    }

    [Fact]
    public async Task DefaultLimitIsFifteen()
    {
        var source = "public class C\n{\n" + MethodWithIfs("Fifteen", 15) + MethodWithIfs("{|#0:Sixteen|}", 16) + "}\n";

        await Verify.VerifyAnalyzerAsync(source, Expected(0, "C.Sixteen(bool)", 16, 15));
    }

    [Fact]
    public async Task EveryFunctionKindIsMeasured()
    {
        await Verify.VerifyAnalyzerAsync(
            EveryFunctionKind,
            LimitZero,
            Expected(0, "Money.Money(int)", 1, 0),
            Expected(1, "Money.~Money()", 1, 0),
            Expected(2, "Money.Cents.get", 1, 0),
            Expected(3, "Money.Cents.set", 1, 0),
            Expected(4, "Money.Init.init", 1, 0),
            Expected(5, "Money.IsSmall.get", 1, 0),
            Expected(6, "Money.this[int].get", 1, 0),
            Expected(7, "Money.Changed.add", 1, 0),
            Expected(8, "Money.Changed.remove", 1, 0),
            Expected(9, "Money.operator +(Money, Money)", 1, 0),
            Expected(10, "Money.implicit operator int(Money)", 1, 0),
            Expected(11, "Money.Scaled(int)", 2, 0));
    }

    [Fact]
    public async Task FunctionsWithNothingToUnderstandAreNotReportedEvenAtLimitZero()
    {
        await Verify.VerifyAnalyzerAsync(NothingToUnderstand, LimitZero);
    }

    [Fact]
    public async Task LocalFunctionsAndLambdasCountTowardTheirContainerWithNesting()
    {
        const string source = """
            using System;
            using System.Linq;

            public class C
            {
                public int {|#0:M|}(int[] values)
                {
                    return values.Where(v => v > 0 && v < 100).Sum(Weigh);

                    int Weigh(int v)
                    {
                        if (v > 10) { return v; }
                        return values.Count(w => w == v ? true : false);
                    }
                }
            }
            """;

        // `&&` +1, `if` in the local function +2, `?:` in a lambda inside it +3
        await Verify.VerifyAnalyzerAsync(source, "aeos.max_cognitive_complexity = 5", Expected(0, "C.M(int[])", 6, 5));
    }

    [Fact]
    public async Task FieldPropertyAndEventInitializersWithLambdasAreMeasured()
    {
        await Verify.VerifyAnalyzerAsync(
            Initializers,
            LimitZero,
            Expected(0, "Rules.Sign", 5, 0),
            Expected(1, "Rules.IsBlank", 1, 0),
            Expected(2, "Rules.Changed", 2, 0));
    }

    [Fact]
    public async Task TopLevelStatementsAreOneFunction()
    {
        var test = new Verify.Test
        {
            TestCode = """
                {|#0:var|} total = 0;
                foreach (var arg in args)
                {
                    if (IsNumber(arg)) { total++; }
                }

                System.Console.WriteLine(total);

                static bool IsNumber(string s) => s.Length > 0 && char.IsDigit(s[0]);
                """,
        }.WithEditorConfig("/.editorconfig", "aeos.max_cognitive_complexity = 3");
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Expected(0, "top-level statements", 4, 3));

        await test.RunAsync();
    }

    [Fact]
    public async Task RecordsAndPrimaryConstructorsAreMeasuredThroughTheirMembersAndBaseArguments()
    {
        await Verify.VerifyAnalyzerAsync(
            RecordsAndPrimaryConstructors,
            LimitZero,
            Expected(0, "Temperature.Describe()", 1, 0),
            Expected(1, "Account.CanWithdraw(decimal)", 1, 0),
            Expected(2, "Reading.Reading(double?)", 2, 0),
            Expected(3, "Savings.Savings(decimal, bool)", 1, 0),
            Expected(4, "Account._covers", 2, 0));
    }

    [Fact]
    public async Task PartialMethodIsMeasuredOnceWhereItHasABody()
    {
        await Verify.VerifyAnalyzerAsync(PartialMethods, LimitZero, Expected(0, "Hooks.OnSaving(int)", 1, 0));
    }

    [Fact]
    public async Task CodeDisabledByIfDirectivesDoesNotCount()
    {
        await Verify.VerifyAnalyzerAsync(IfDirectives, LimitZero, Expected(0, "Build.Level(bool)", 1, 0));
    }

    [Fact]
    public async Task RecursionAddsOneOnceAndOverloadsAndBaseCallsDoNot()
    {
        await Verify.VerifyAnalyzerAsync(
            Recursion,
            LimitZero,
            Expected(0, "Tree.Depth(Tree?)", 2, 0), // ?: +1, recursion +1 once for its two calls
            Expected(1, "Tree.Count(int)", 2, 0),
            Expected(2, "Tree.Factorial(int)", 3, 0),
            Expected(3, "Leaf.Depth(Tree?)", 1, 0));
    }

    [Fact]
    public async Task RecursionAddsOneOnceHoweverManyCallsAndWhateverTheirFormButNotForASameCountOverload()
    {
        const string source = """
            using System;
            using System.Collections.Generic;

            public sealed class Node
            {
                public List<Node> Children { get; } = new();

                public Node? Next { get; set; }
            }

            public class Walker
            {
                public int {|#0:Walk|}(Node node)
                {
                    var total = 0;
                    foreach (var child in node.Children)
                    {
                        total += Walk(child);
                        if (child.Next is { } next)
                        {
                            total += this.Walk(next) + Walk(next);
                        }
                    }

                    Func<Node, int> later = n => Walk(n);
                    return total + Visit(node) + later(node);

                    int Visit(Node n) => n.Children.Count == 0 ? 0 : Visit(n.Children[0]) + Walk(n);
                }

                public string {|#1:Format|}(object value) => value is null ? "" : Format(value.ToString() ?? "");

                public string Format(string text) => text;

                public int {|#2:Size|}<T>(List<T> items, Walker other) => items.Count == 0 ? 0 : 1 + other.Size<T>(items.GetRange(1, items.Count - 1), this);

                public int {|#3:Sum|}(Node node, int total = 0) => node.Next is null ? total : Sum(node.Next) + total + 1;
            }
            """;

        await Verify.VerifyAnalyzerAsync(
            source,
            LimitZero,
            Expected(0, "Walker.Walk(Node)", 6, 0), // foreach +1, if +2, ?: in the local function +2, recursion +1 for its six calls
            Expected(1, "Walker.Format(object)", 1, 0), // ?: +1; Format(string) is another method
            Expected(2, "Walker.Size<T>(List<T>, Walker)", 2, 0), // ?: +1, recursion through another instance with type arguments +1
            Expected(3, "Walker.Sum(Node, int)", 2, 0)); // ?: +1, recursion that leaves out an optional argument +1
    }

    [Fact]
    public async Task OptionsApplyPerFolder()
    {
        const string code = "{\n    public void {|#0:M|}(bool a) { if (a) { a = !a; } else { a = true; } }\n}\n";
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/src/App/Fresh.cs", "public class Fresh\n" + code));
        test.TestState.Sources.Add(("/src/Legacy/Old.cs", "public class Old\n" + code.Replace("{|#0:M|}", "M", System.StringComparison.Ordinal)));
        test.WithEditorConfig("/.editorconfig", "aeos.max_cognitive_complexity = 1")
            .WithEditorConfig("/src/Legacy/.editorconfig", "aeos.max_cognitive_complexity = 10");
        test.ExpectedDiagnostics.Add(Expected(0, "Fresh.M(bool)", 2, 1));

        await test.RunAsync();
    }

    [Fact]
    public async Task LimitIsReadFromAGlobalConfigFile()
    {
        var test = new Verify.Test { TestCode = "public class C\n{\n    public int {|#0:M|}(bool a, bool b) => a && b ? 1 : 0;\n}\n" };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\naeos.max_cognitive_complexity = 1\n"));
        test.ExpectedDiagnostics.Add(Expected(0, "C.M(bool, bool)", 2, 1));

        await test.RunAsync();
    }

    [Fact]
    public async Task GeneratedCodeIsSkipped()
    {
        var test = new Verify.Test().WithEditorConfig("/.editorconfig", LimitZero);
        test.TestState.Sources.Add(("/src/Model.g.cs", "public class Generated\n{\n    public int M(bool a) { return a ? 1 : 0; }\n}\n"));
        test.TestState.Sources.Add(("/src/Marked.cs", "// <auto-generated/>\npublic class Marked\n{\n    public int M(bool a) { return a ? 1 : 0; }\n}\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task InvalidLimitIsReportedOnceAndTheDefaultApplies()
    {
        var test = new Verify.Test().WithEditorConfig("/.editorconfig", "aeos.max_cognitive_complexity = high");
        test.TestState.Sources.Add(("/src/A.cs", "public class A\n{\n    public int M(bool a) => a ? 1 : 0;\n}\n"));
        test.TestState.Sources.Add(("/src/B.cs", "public class B\n{\n" + MethodWithIfs("{|#0:M|}", 16) + "}\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.InvalidOption)
            .WithArguments("high", "aeos.max_cognitive_complexity", "expected a whole number of at least 0", "15"));
        test.ExpectedDiagnostics.Add(Expected(0, "B.M(bool)", 16, 15));

        await test.RunAsync();
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("7.5")]
    [InlineData("fifteen")]
    public async Task EveryInvalidValueNamesOptionAndProblem(string value)
    {
        var expected = Verify.Diagnostic(DiagnosticDescriptors.InvalidOption)
            .WithArguments(value, "aeos.max_cognitive_complexity", "expected a whole number of at least 0", "15");

        await Verify.VerifyAnalyzerAsync("public class C { public void M() { } }", "aeos.max_cognitive_complexity = " + value, expected);
    }

    private static DiagnosticResult Expected(int location, string name, int value, int limit) =>
        Verify.Diagnostic(DiagnosticDescriptors.CognitiveComplexity).WithLocation(location).WithArguments(name, value, limit);

    private static string MethodWithIfs(string name, int count) =>
        "    public void " + name + "(bool a)\n    {\n"
        + string.Concat(Enumerable.Repeat("        if (a) { a = !a; }\n", count))
        + "    }\n";
}
