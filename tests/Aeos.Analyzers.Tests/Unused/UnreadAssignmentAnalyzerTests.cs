using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Unused.UnreadAssignmentAnalyzer,
    Aeos.Analyzers.CodeFixes.Unused.RemoveUnreadAssignmentFixer>;

namespace Aeos.Analyzers.Tests.Unused;

public sealed partial class UnreadAssignmentAnalyzerTests
{
    private const string Overwritten = """
        public class C
        {
            public int M(int input)
            {
                var total = 0;
                {|#0:total = input * 2|};
                {|#1:input = Next()|};
                total = 5;
                return total;
            }

            public void Never(int value)
            {
                {|#2:value = 3|};
            }

            private static int Next() => 1;
        }
        """;

    private const string OverwrittenFixed = """
        public class C
        {
            public int M(int input)
            {
                var total = 0;
                Next();
                total = 5;
                return total;
            }

            public void Never(int value)
            {
            }

            private static int Next() => 1;
        }
        """;

    private const string LookAlikes = """
        using System;

        public class C
        {
            private int _field;

            public int Read(int a)
            {
                a = a + 1;
                var b = 0;
                b = 2;
                Console.WriteLine(b);
                b = 3;
                return a + b;
            }

            public int Branches(bool flag)
            {
                var x = 0;
                x = 1;
                if (flag) { return x; }
                x = 2;
                return x;
            }

            public int Loop(int[] items)
            {
                var last = 0;
                foreach (var item in items)
                {
                    last = item;
                    if (item > 3) break;
                    last = 0;
                }

                return last;
            }

            public Func<int> Captured()
            {
                var value = 1;
                value = 2;
                Func<int> read = () => value;
                value = 3;
                return read;
            }

            public int Guarded()
            {
                var state = 0;
                try
                {
                    state = 1;
                    Work();
                    state = 2;
                }
                catch (InvalidOperationException)
                {
                    return state;
                }

                return state;
            }

            public void Out(ref int byRef, out int result)
            {
                byRef = 1;
                result = 2;
                _field = 3;
                int later;
                Set(out later);
                Console.WriteLine(later);
            }

            public int Conditional()
            {
                var mode = 0;
                mode = 1;
        #if NEVER_DEFINED
                Console.WriteLine(mode);
        #endif
                return 0;
            }

            public int Aliased()
            {
                var target = 0;
                ref var alias = ref target;
                target = 5;
                return alias;
            }

            private static void Work() { }

            private static void Set(out int value) => value = 1;
        }
        """;

    [Fact]
    public async Task UnreadAssignmentsAreReportedAndRemovedKeepingSideEffects()
    {
        await Verify.VerifyCodeFixAsync(Overwritten, OverwrittenFixed, Expected(0, "total"), Expected(1, "input"), Expected(2, "value"));
    }

    [Fact]
    public async Task ReadsJumpsClosuresTryRefAliasesOutFieldsAndDisabledCodeAreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(LookAlikes);
    }

    [Fact]
    public async Task AnEmbeddedAssignmentWithoutSideEffectsIsReportedButNotFixed()
    {
        const string source = """
            public class C
            {
                public void M(bool flag, int count)
                {
                    if (flag) {|#0:count = 2|};
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source, Expected(0, "count"));
    }

    [Fact]
    public async Task APureCallGoesWithTheAssignmentAnImpureOneStays()
    {
        const string source = """
            using System;

            public class C
            {
                public void Upper(string text)
                {
                    {|#0:text = text.Trim().ToUpperInvariant()|};
                }

                public void Larger(int count, string text)
                {
                    {|#1:count = Math.Max(count, text.Length)|};
                }

                public void Embedded(bool flag, string text, string copy) { if (flag) {|#2:copy = text.ToLowerInvariant()|}; }

                public void Impure(string text) { {|#3:text = Read().Trim()|}; }

                private static string Read() => Console.ReadLine() ?? "";
            }
            """;
        const string fixedSource = """
            using System;

            public class C
            {
                public void Upper(string text)
                {
                }

                public void Larger(int count, string text)
                {
                }

                public void Embedded(bool flag, string text, string copy) { if (flag) text.ToLowerInvariant(); }

                public void Impure(string text) { Read().Trim(); }

                private static string Read() => Console.ReadLine() ?? "";
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource, Expected(0, "text"), Expected(1, "count"), Expected(2, "copy"), Expected(3, "text"));
    }

    private static DiagnosticResult Expected(int location, string name) =>
        Verify.Diagnostic(DiagnosticDescriptors.UnreadAssignment).WithLocation(location).WithArguments(name);
}
