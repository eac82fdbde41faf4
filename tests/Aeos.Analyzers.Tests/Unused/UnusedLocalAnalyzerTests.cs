using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Unused.UnusedLocalAnalyzer,
    Aeos.Analyzers.CodeFixes.Unused.RemoveUnusedLocalFixer>;

namespace Aeos.Analyzers.Tests.Unused;

public sealed class UnusedLocalAnalyzerTests
{
    private const string LookAlikes = """
        using System;
        using System.IO;

        public class Uses
        {
            public int Run(object value, int[] items, Func<int> make)
            {
                var read = 1;
                int written;
                written = 2;
                var captured = 3;
                Func<int> lambda = () => captured;
                var inLocalFunction = 4;
                int Local() => inLocalFunction;
                using var stream = new MemoryStream();
                using (var reader = new StringReader("x")) { }
                if (value is int pattern) { }
                int.TryParse("1", out var parsed);
                var (a, _) = (1, 2);
                foreach (var item in items) { }
                for (var i = 0; i < 1; i++) { }
                try { } catch (Exception e) { }
                var _ = make();
                switch (value)
                {
                    case string:
                        int shared;
                        break;
                    default:
                        shared = 1;
                        read += shared;
                        break;
                }

                var conditional = 5;
        #if NEVER_DEFINED
                Console.WriteLine(conditional);
        #endif
                return read + lambda() + Local();
            }
        }
        """;

    [Fact]
    public async Task UnusedLocalIsReportedAndRemoved()
    {
        const string source = """
            public class C
            {
                public int M()
                {
                    {|#0:var unused = 42;|}
                    return 1;
                }
            }
            """;
        const string fixedSource = """
            public class C
            {
                public int M()
                {
                    return 1;
                }
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource, Expected(0, "unused"));
    }

    [Fact]
    public async Task SideEffectsOfTheInitializerAreKept()
    {
        const string source = """
            public class C
            {
                private int _count;

                public void M()
                {
                    {|#0:var saved = Save();|}
                    {|#1:var next = _count++;|}
                    {|#2:int pure = 1 + 2;|}
                }

                private int Save() => 1;
            }
            """;
        const string fixedSource = """
            public class C
            {
                private int _count;

                public void M()
                {
                    Save();
                    _count++;
                }

                private int Save() => 1;
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource, Expected(0, "saved"), Expected(1, "next"), Expected(2, "pure"));
    }

    [Fact]
    public async Task OneOfSeveralDeclaratorsIsRemoved()
    {
        const string source = """
            public class C
            {
                public int M()
                {
                    int used = 1, {|#0:unused = 2|};
                    return used;
                }
            }
            """;
        const string fixedSource = """
            public class C
            {
                public int M()
                {
                    int used = 1;
                    return used;
                }
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource, Expected(0, "unused"));
    }

    [Fact]
    public async Task ExpressionsThatAreNoStatementAreKeptAsADiscard()
    {
        const string source = """
            public class C
            {
                public void M()
                {
                    {|#0:var length = Read().Length;|}
                }

                private static string Read() => System.Console.ReadLine() ?? "";
            }
            """;
        const string fixedSource = """
            public class C
            {
                public void M()
                {
                    _ = Read().Length;
                }

                private static string Read() => System.Console.ReadLine() ?? "";
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource, Expected(0, "length"));
    }

    [Fact]
    public async Task TopLevelStatementsAndLocalFunctionsAreAnalyzed()
    {
        const string source = """
            {|#0:var unused = 1;|}
            System.Console.WriteLine(Twice(2));

            static int Twice(int value)
            {
                {|#1:int ignored = 0;|}
                return value * 2;
            }
            """;
        var test = new Verify.Test { TestCode = source };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Expected(0, "unused"));
        test.ExpectedDiagnostics.Add(Expected(1, "ignored"));
        test.FixedCode = "System.Console.WriteLine(Twice(2));\n\nstatic int Twice(int value)\n{\n    return value * 2;\n}";

        await test.RunAsync();
    }

    [Fact]
    public async Task UsedCapturedPatternOutDeconstructedUsingSwitchAndDisabledCodeAreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(LookAlikes);
    }

    [Fact]
    public async Task GeneratedCodeIsSkipped()
    {
        const string source = """
            // <auto-generated/>
            public class C
            {
                public void M()
                {
                    var unused = 42;
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task FixAllRemovesEveryUnusedLocalOfTheDocument()
    {
        const string source = """
            public class C
            {
                public void A()
                {
                    {|#0:var a = 1;|}
                }

                public void B()
                {
                    {|#1:var b = "b";|}
                    {|#2:object c = null;|}
                }
            }
            """;
        const string fixedSource = """
            public class C
            {
                public void A()
                {
                }

                public void B()
                {
                }
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource, Expected(0, "a"), Expected(1, "b"), Expected(2, "c"));
    }

    [Fact]
    public async Task APureCallGoesWithTheVariableAnImpureOneStays()
    {
        const string source = """
            using System;
            using System.Diagnostics.Contracts;

            public class C
            {
                public void M(string text, int count)
                {
                    {|#0:var upper = text.ToUpperInvariant();|}
                    {|#1:var larger = Math.Max(count, 3).ToString();|}
                    {|#2:var twice = Twice(count);|}
                    {|#3:var line = Console.ReadLine()?.Trim();|}
                }

                [Pure]
                private static int Twice(int value) => value * 2;
            }
            """;
        const string fixedSource = """
            using System;
            using System.Diagnostics.Contracts;

            public class C
            {
                public void M(string text, int count)
                {
                    _ = Console.ReadLine()?.Trim();
                }

                [Pure]
                private static int Twice(int value) => value * 2;
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource, Expected(0, "upper"), Expected(1, "larger"), Expected(2, "twice"), Expected(3, "line"));
    }

    private static DiagnosticResult Expected(int location, string name) =>
        Verify.Diagnostic(DiagnosticDescriptors.UnusedLocal).WithLocation(location).WithArguments(name);
}
