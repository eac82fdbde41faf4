using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Unused.UnusedParameterAnalyzer,
    Aeos.Analyzers.CodeFixes.Unused.RemoveUnusedParameterFixer>;

namespace Aeos.Analyzers.Tests.Unused;

public sealed class UnusedParameterAnalyzerTests
{
    private const string Calls = """
        public class Pricing
        {
            public int Total(int amount) => Apply(amount, 2) + Apply(rate: 3, amount: amount) + this.Apply(1, rate: 4);

            /// <summary>Applies a rate.</summary>
            /// <param name="amount">The amount.</param>
            /// <param name="rate">Ignored.</param>
            private int Apply(int amount, {|#0:int rate|}) => amount * 2;
        }
        """;

    private const string CallsFixed = """
        public class Pricing
        {
            public int Total(int amount) => Apply(amount) + Apply(amount: amount) + this.Apply(1);

            /// <summary>Applies a rate.</summary>
            /// <param name="amount">The amount.</param>
            private int Apply(int amount) => amount * 2;
        }
        """;

    private const string LookAlikes = """
        using System;

        public interface IHandler { void Handle(int code); }

        public abstract class Base { protected abstract void Run(int count); protected virtual void Stop(int count) { } }

        public static class Extensions { internal static int Twice(this int value, int _unused) => value * 2; }

        public partial class Worker : Base, IHandler
        {
            public void Handle(int code) { }

            protected override void Run(int count) { }

            public void Visible(int ignored) { }

            private void OnClick(object? sender, EventArgs e) { }

            private int Used(int a, int b) => nameof(b).Length + a;

            private void NotYet(int value) => throw new NotImplementedException();

            private bool Try(int input, out int result) { result = input; return true; }

            private int Conditional(int level)
            {
        #if NEVER_DEFINED
                return level;
        #else
                return 0;
        #endif
            }

            private Func<int, int> Lambda(int offset) => x => x + offset;

            partial void Changed(int value);

            private static void Main(string[] args) { }
        }
        """;

    private const string MethodGroupCommands = """
        using System;
        using System.Collections.Generic;

        public class Commands
        {
            private readonly Dictionary<string, Func<string, int, int>> _handlers;

            public Commands()
            {
                _handlers = new() { ["add"] = Add, ["noop"] = Noop };
            }

            public int Run(string name, string text, int value) => _handlers[name](text, value) + Echo(value, 0);

            public int Later(int value)
            {
                Func<int, int> pick = Pick;
                return pick(value) + Called(value);

                static int Pick(int x) => 0;

                static int Called(int x, {|#0:int y = 0|}) => x;
            }

            private int Add(string text, int value) => text.Length + value;

            private int Noop(string text, int value) => 0;

            private static int Echo(int value, {|#1:int ignored|}) => value;
        }
        """;

    [Fact]
    public async Task UnusedParameterIsRemovedFromTheDeclarationTheDocumentationAndEveryCall()
    {
        await VerifyFixAsync(Calls, CallsFixed, Expected(0, "rate", "Pricing.Apply(int, int)"));
    }

    [Fact]
    public async Task CallsInOtherFilesAreUpdatedForInternalMethods()
    {
        var test = NewTest(new Verify.Test());
        test.TestState.Sources.Add(("/0/Helper.cs", "internal static class Helper\n{\n    internal static int Twice(int value, {|#0:string label|}) => value * 2;\n}\n"));
        test.TestState.Sources.Add(("/0/User.cs", "public class User\n{\n    public int M() => Helper.Twice(2, \"x\") + Helper.Twice(label: \"y\", value: 3);\n}\n"));
        test.FixedState.Sources.Add(("/0/Helper.cs", "internal static class Helper\n{\n    internal static int Twice(int value) => value * 2;\n}\n"));
        test.FixedState.Sources.Add(("/0/User.cs", "public class User\n{\n    public int M() => Helper.Twice(2) + Helper.Twice(value: 3);\n}\n"));
        test.ExpectedDiagnostics.Add(Expected(0, "label", "Helper.Twice(int, string)"));

        await test.RunAsync();
    }

    [Fact]
    public async Task LocalFunctionsAreAnalyzedAndFixed()
    {
        const string localSource = "public class C\n{\n    public int M()\n    {\n        return Square(3, 4);\n\n        static int Square(int x, {|#0:int unused|}) => x * x;\n    }\n}\n";
        const string localFixed = "public class C\n{\n    public int M()\n    {\n        return Square(3);\n\n        static int Square(int x) => x * x;\n    }\n}\n";

        await VerifyFixAsync(localSource, localFixed, Expected(0, "unused", "Square(int, int)"));
    }

    [Fact]
    public async Task NoFixWhenTheMethodIsNamedByNameofOrAnArgumentHasSideEffects()
    {
        const string source = """
            public class C
            {
                public string Name() => nameof(Sum);

                public int Call() => Other(1, Next());

                private int Sum(int a, {|#0:int b|}) => a;

                private int Other(int a, {|#1:int b|}) => a;

                private static int Next() => 1;
            }
            """;

        await VerifyAsync(source, Expected(0, "b", "C.Sum(int, int)"), Expected(1, "b", "C.Other(int, int)"));
    }

    [Fact]
    public async Task MethodsTakenAsMethodGroupsAnywhereInTheCompilationAreNotReported()
    {
        var test = NewTest(new Verify.Test());
        test.TestState.Sources.Add(("/0/Commands.cs", MethodGroupCommands));
        test.TestState.Sources.Add(("/0/Helpers.cs", """
            internal static class Helpers
            {
                internal static int Twice(int value, int unused) => value * 2;

                internal static int Thrice(int value, int unused) => value * 3;
            }
            """));
        test.TestState.Sources.Add(("/0/Wiring.cs", """
            using System;

            public static class Wiring
            {
                public static Func<int, int, int> Doubler() => Helpers.Twice;
            }
            """));
        test.TestState.Sources.Add(("/0/Wiring.g.cs", """
            // <auto-generated/>
            public static class GeneratedWiring
            {
                public static System.Func<int, int, int> Tripler() => Helpers.Thrice;

                private static int Unused(int a, int b) => a;
            }
            """));
        test.ExpectedDiagnostics.Add(Expected(0, "y", "Called(int, int)"));
        test.ExpectedDiagnostics.Add(Expected(1, "ignored", "Commands.Echo(int, int)"));

        await test.RunAsync();
    }

    [Fact]
    public async Task AParameterAUniformFamilyOfSignaturesUsesIsNotReported()
    {
        const string source = """
            public sealed record Node(int Value, Node? Left);

            public sealed record Context(int Depth);

            public class Evaluator
            {
                public int Evaluate(Node node, Context context) =>
                    node.Left is null ? Literal(node, context) + Name(node, context) : Add(node, context);

                private int Add(Node node, Context context) => context.Depth + node.Value;

                private int Literal(Node node, Context context) => node.Value;

                private int Name(Node node, Context context) => node.Value * 2;
            }
            """;

        await VerifyAsync(source);
    }

    [Fact]
    public async Task SignaturesThatAreNoFamilyOrWhoseFamilyIgnoresTheParameterAreReported()
    {
        const string source = """
            public class Shapes
            {
                public int All(int a, string s, bool _) => Pair(a, s) + PairSum(a, s) + (int)(P(a, a) + Q(a, a) + R(a, a)) + Label(s, a).Length + Count(s, a) + Other.Pair(a, s);

                private int Pair(int x, {|#0:string y|}) => x;

                private int PairSum(int x, string y) => x + y.Length;

                private double P(double a, {|#1:double b|}) => a;

                private double Q(double a, {|#2:double b|}) => a * 2;

                private double R(double a, {|#3:double b|}) => a * 3;

                private string Label(string text, {|#4:int count|}) => text;

                private int Count(string text, int count) => count - text.Length;

                private int CountMore(string text, int count) => count + text.Length;
            }

            public static class Other
            {
                internal static int Pair(int x, string y) => x + y.Length;

                internal static int PairToo(int x, string y) => x - y.Length;
            }
            """;

        await VerifyAsync(
            source,
            Expected(0, "y", "Shapes.Pair(int, string)"),
            Expected(1, "b", "Shapes.P(double, double)"),
            Expected(2, "b", "Shapes.Q(double, double)"),
            Expected(3, "b", "Shapes.R(double, double)"),
            Expected(4, "count", "Shapes.Label(string, int)"));
    }

    [Fact]
    public async Task ParametersWhoseIde0060IsSuppressedAreNotReported()
    {
        const string source = """
            using System.Diagnostics.CodeAnalysis;

            public class Api
            {
                public int Call() => Old(1, 2) + Legacy.Kept(1, 2) + Other(1, 2);

                [SuppressMessage("Style", "IDE0060:Remove unused parameter", Justification = "Kept for the callers of version 2.")]
                private int Old(int a, int b) => a;

                [SuppressMessage("Style", "IDE0051:Remove unused private members", Justification = "Another rule.")]
                private int Other(int a, {|#0:int b|}) => a;
            }

            [SuppressMessage("Style", "IDE0060", Justification = "Signatures mirror the native API.")]
            internal static class Legacy
            {
                internal static int Kept(int a, int b)
                {
                    return Local(a, b);

                    static int Local(int x, int y) => x;
                }
            }
            """;

        await VerifyAsync(source, Expected(0, "b", "Api.Other(int, int)"));
    }

    [Fact]
    public async Task SignaturesImposedFromElsewhereAndUsedParametersAreNotReported()
    {
        await VerifyAsync(LookAlikes);
    }

    [Fact]
    public async Task FixAllRemovesSeveralParametersOfOneMethodConsistently()
    {
        const string source = "public class C\n{\n    public int M() => F(1, 2, 3);\n\n    private int F({|#0:int a|}, int b, {|#1:int c|}) => b;\n}\n";
        const string fixedSource = "public class C\n{\n    public int M() => F(2);\n\n    private int F(int b) => b;\n}\n";

        await VerifyFixAsync(source, fixedSource, Expected(0, "a", "C.F(int, int, int)"), Expected(1, "c", "C.F(int, int, int)"));
    }

    /// <summary>AEOS2004 is reported at the end of the compilation: its fix is only offered where the diagnostic is already known.</summary>
    private static Verify.Test NewTest(Verify.Test test)
    {
        test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        return test;
    }

    /// <summary>The diagnostics only: the fix, where one is offered, is not applied.</summary>
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = NewTest(new Verify.Test { TestCode = source });
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static Task VerifyFixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = NewTest(new Verify.Test { TestCode = source, FixedCode = fixedSource });
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Expected(int location, string name, string method) =>
        Verify.Diagnostic(DiagnosticDescriptors.UnusedParameter).WithLocation(location).WithArguments(name, method);
}
