using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Unused.UnusedParameterAnalyzer,
    Aeos.Analyzers.CodeFixes.Unused.RemoveUnusedParameterFixer>;

namespace Aeos.Analyzers.Tests.Unused;

public sealed partial class UnusedParameterAnalyzerTests
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

    private static DiagnosticResult Expected(int location, string name, string method) =>
        Verify.Diagnostic(DiagnosticDescriptors.UnusedParameter).WithLocation(location).WithArguments(name, method);
}
