using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Unused.UnusedPrivateMemberAnalyzer,
    Aeos.Analyzers.CodeFixes.Unused.RemoveUnusedMemberFixer>;

namespace Aeos.Analyzers.Tests.Unused;

public sealed partial class UnusedPrivateMemberAnalyzerTests
{
    private const string Unused = """
        using System;

        public class Store
        {
            private int {|#0:_count|};
            private int _used = 1;

            /// <summary>Never called.</summary>
            private void {|#1:Helper|}() { }

            private string {|#2:Name|} { get; set; } = "";

            private event EventHandler? {|#3:Changed|};

            private class {|#4:Node|}
            {
                public Node? Next;
            }

            private int {|#5:Recurse|}(int n) => n == 0 ? 0 : Recurse(n - 1);

            public int Total() => _used;
        }
        """;

    private const string UnusedFixed = """
        using System;

        public class Store
        {
            private int _used = 1;

            public int Total() => _used;
        }
        """;

    private const string LookAlikes = """
        using System;
        using System.Runtime.InteropServices;
        using System.Runtime.Serialization;
        using System.Text.Json.Serialization;

        public interface IShape { double Area(); }

        public abstract class Base { protected abstract void Draw(); }

        public partial class Widget : Base, IShape, IDisposable
        {
            private readonly int _viaNameof = 1;
            private int _inCref;
            private int _byReflection;
            private static int _fromNested;

            [DllImport("user32.dll")]
            private static extern int MessageBox(IntPtr h, string text, string caption, int type);

            [JsonPropertyName("id")]
            private int Id { get; set; }

            [DataMember]
            private string? _payload;

            double IShape.Area() => 0;

            protected override void Draw() { }

            public void Dispose() { }

            private void OnClick(object? sender, EventArgs e) { }

            partial void OnCreated();

            /// <summary>Uses <see cref="_inCref"/>.</summary>
            public string Describe() => nameof(_viaNameof) + GetType().GetField("_byReflection");

            private class Nested
            {
                public int Read() => _fromNested;
            }

            public object Make() => new Nested();

            private void UsedInOtherFile() { }

            private int UsedOnlyWhenDefined() => 1;

        #if NEVER_DEFINED
            public int Conditional() => UsedOnlyWhenDefined();
        #endif
        }
        """;

    private const string OtherPart = """
        public partial class Widget
        {
            public void Call() => UsedInOtherFile();
        }
        """;

    [Fact]
    public async Task UnusedMembersOfEveryKindAreReportedAndRemoved()
    {
        await VerifyFixAsync(
            Unused,
            UnusedFixed,
            Expected(0, "Field", "Store._count"),
            Expected(1, "Method", "Store.Helper()"),
            Expected(2, "Property", "Store.Name"),
            Expected(3, "Event", "Store.Changed"),
            Expected(4, "Type", "Store.Node"),
            Expected(5, "Method", "Store.Recurse(int)"));
    }

    [Fact]
    public async Task UsesThroughNameofCrefReflectionAttributesPartsAndDisabledCodeAreNotReported()
    {
        var test = NewTest(new Verify.Test());
        test.TestState.Sources.Add(("/0/Widget.cs", LookAlikes));
        test.TestState.Sources.Add(("/0/Widget.Other.cs", OtherPart));

        await test.RunAsync();
    }

    [Fact]
    public async Task OneVariableOfAFieldDeclarationIsRemoved()
    {
        const string source = """
            public class C
            {
                private int _a, {|#0:_b|};

                public int A => _a;
            }
            """;
        const string fixedSource = """
            public class C
            {
                private int _a;

                public int A => _a;
            }
            """;

        await VerifyFixAsync(source, fixedSource, Expected(0, "Field", "C._b"));
    }

    [Fact]
    public async Task ConfiguredAttributesMarkMembersAsUsed()
    {
        const string source = """
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class KeepAttribute : System.Attribute { }

            public class C
            {
                [Keep]
                private int _kept;

                private int {|#0:_dropped|};
            }
            """;
        var test = NewTest(new Verify.Test { TestCode = source, FixedCode = source.Replace("\n\n    private int {|#0:_dropped|};", string.Empty, System.StringComparison.Ordinal) });
        test.WithEditorConfig("/.editorconfig", "aeos.used_implicitly_attributes = Keep");
        test.ExpectedDiagnostics.Add(Expected(0, "Field", "C._dropped"));

        await test.RunAsync();
    }

    [Fact]
    public async Task InternalScopeReportsInternalMembersUnlessInternalsAreVisible()
    {
        const string source = """
            internal class {|#0:Orphan|} { }

            public class C
            {
                internal void {|#1:Unused|}() { }
            }
            """;
        var test = NewTest(new Verify.Test { TestCode = source, FixedCode = "\npublic class C\n{\n}" });
        test.WithEditorConfig("/.editorconfig", "aeos.unused_members_scope = internal");
        test.ExpectedDiagnostics.Add(Expected(0, "Type", "Orphan"));
        test.ExpectedDiagnostics.Add(Expected(1, "Method", "C.Unused()"));

        await test.RunAsync();

        var shared = NewTest(new Verify.Test { TestCode = "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Tests\")]\n" + source.Replace("{|#0:Orphan|}", "Orphan", System.StringComparison.Ordinal).Replace("{|#1:Unused|}", "Unused", System.StringComparison.Ordinal) });
        shared.WithEditorConfig("/.editorconfig", "aeos.unused_members_scope = internal");
        await shared.RunAsync();
    }

    [Fact]
    public async Task InvalidOptionsAreReportedOnceEach()
    {
        var test = NewTest(new Verify.Test { TestCode = "public class C { }" });
        test.WithEditorConfig("/.editorconfig", "aeos.unused_members_scope = public\naeos.used_implicitly_attributes = Keep, 9lives");
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.InvalidOption)
            .WithArguments("public", "aeos.unused_members_scope", "expected one of private, internal", "private"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.InvalidOption)
            .WithArguments("Keep, 9lives", "aeos.used_implicitly_attributes", "expected a comma-separated list of names, each optionally ending with *", "none"));

        await test.RunAsync();
    }

    [Fact]
    public async Task GeneratedCodeIsNotReportedButItsReferencesCount()
    {
        var test = NewTest(new Verify.Test());
        test.TestState.Sources.Add(("/0/Gen.g.cs", "// <auto-generated/>\npartial class C\n{\n    private int _generatedUnused;\n    void Touch() => Used();\n}"));
        test.TestState.Sources.Add(("/0/C.cs", "partial class C\n{\n    private void Used() { }\n}"));

        await test.RunAsync();
    }

    /// <summary>AEOS2002 is computed at the end of the compilation: its fix is only offered where the diagnostic is already known.</summary>
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

    private static DiagnosticResult Expected(int location, string kind, string name) =>
        Verify.Diagnostic(DiagnosticDescriptors.UnusedPrivateMember).WithLocation(location).WithArguments(kind, name);
}
