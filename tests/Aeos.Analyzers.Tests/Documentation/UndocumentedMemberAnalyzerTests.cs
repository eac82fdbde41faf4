using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Documentation.UndocumentedMemberAnalyzer>;

namespace Aeos.Analyzers.Tests.Documentation;

public sealed class UndocumentedMemberAnalyzerTests
{
    private const string EveryKind = """
        using System;

        public class {|AEOS1006:Account|}<T>
        {
            public const int {|AEOS1006:Limit|} = 10;
            public int {|AEOS1006:First|}, {|AEOS1006:Second|};
            public {|AEOS1006:Account|}(int id) { }
            public int {|AEOS1006:Balance|} { get; set; }
            public int {|AEOS1006:this|}[int index] => index;
            public event EventHandler? {|AEOS1006:Changed|};
            public event EventHandler {|AEOS1006:Closed|} { add { } remove { } }
            public T {|AEOS1006:Get|}<TKey>(TKey key) => default!;
            public static Account<T> operator {|AEOS1006:+|}(Account<T> a, Account<T> b) => a;
            public static implicit operator {|AEOS1006:int|}(Account<T> a) => 0;
            protected void {|AEOS1006:OnChanged|}() { }
            protected internal void {|AEOS1006:OnClosed|}() { }
            public class {|AEOS1006:Entry|} { public int {|AEOS1006:Amount|}; }
            protected class {|AEOS1006:Hook|} { public void {|AEOS1006:Run|}() { } }
        }

        public struct {|AEOS1006:Money|} { public decimal {|AEOS1006:Value|}; }
        public interface {|AEOS1006:IStore|} { void {|AEOS1006:Save|}(); int {|AEOS1006:Count|} { get; } }
        public enum {|AEOS1006:Color|} { {|AEOS1006:Red|}, {|AEOS1006:Green|} }
        public delegate void {|AEOS1006:Handler|}(int value);
        public record {|AEOS1006:Point|}(int X, int Y) { public int {|AEOS1006:Sum|} => X + Y; }
        public class {|AEOS1006:Service|}(int port) { public int {|AEOS1006:Port|} => port; }
        public class {|AEOS1006:Resource|} : IDisposable { public void {|AEOS1006:Dispose|}() { } }
        """;

    private const string NotTheApi = """
        using System;

        internal class Hidden { public void Run() { } public int Value; }

        /// <summary>Documented.</summary>
        public class Visible : IDisposable
        {
            private int _count;
            internal void Helper() { }
            private protected void Narrow() { }
            private class Nested { public void Run() { } }
            internal class Inner { public void Run() { } }
            static Visible() { }
            ~Visible() { }
            void IDisposable.Dispose() { }
            public override string ToString() => string.Empty;
            public override int GetHashCode() => _count;
            public override bool Equals(object? obj) => false;
        }

        /// <summary>Sealed: what is protected here cannot be reached from outside.</summary>
        public sealed class Closed
        {
            protected void Hook() { }
        }

        /// <summary>A point.</summary>
        /// <param name="X">Across.</param>
        public record Point(int X, int Y);

        /// <summary>A service with a primary constructor.</summary>
        public class Service(int port)
        {
            /// <summary>The port.</summary>
            public int Port => port;
        }

        /// <summary>No constructor written: the implicit one is not counted.</summary>
        public class Empty { }
        """;

    private const string Documented = """
        /// <summary>Summary.</summary>
        public class A
        {
            /// <inheritdoc/>
            public void M() { }

            /** <summary>Block comment.</summary> */
            public int P { get; set; }

            /// <summary>
            /// Several lines.
            /// </summary>
            /// <param name="x">A value.</param>
            [System.Obsolete]
            public void N(int x) { }
        }
        """;

    private const string Partials = """
        public partial class {|#0:Undocumented|} { }
        public partial class Undocumented { }

        public partial class DocumentedElsewhere { }
        /// <summary>Documented on the second part.</summary>
        public partial class DocumentedElsewhere
        {
            /// <summary>Documented definition.</summary>
            public partial void Defined();
            public partial void Defined() { }

            public partial void Implemented();
            /// <summary>Documented implementation.</summary>
            public partial void Implemented() { }

            public partial void {|#1:Neither|}();
            public partial void Neither() { }
        }
        """;

    [Fact]
    public async Task EveryKindOfUndocumentedApiMemberIsReported()
    {
        await Verify.VerifyAnalyzerAsync(EveryKind);
    }

    [Fact]
    public async Task NonPublicOverriddenImplicitAndParameterDeclaredMembersAreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(NotTheApi);
    }

    [Fact]
    public async Task SummaryInheritdocAndBlockCommentsDocument()
    {
        await Verify.VerifyAnalyzerAsync(Documented);
    }

    [Fact]
    public async Task APartialMemberIsDocumentedByAnyPartAndReportedOnce()
    {
        await Verify.VerifyAnalyzerAsync(Partials, Missing(0, "Undocumented"), Missing(1, "DocumentedElsewhere.Neither()"));
    }

    [Fact]
    public async Task MessageSaysWhetherTheCommentIsMissingOrHasNoSummary()
    {
        const string source = """
            public class {|#0:A|}
            {
                /// <summary>
                /// </summary>
                public void {|#1:Empty|}() { }

                /// <remarks>Only remarks.</remarks>
                public void {|#2:Remarks|}() { }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source, Missing(0, "A"), NoSummary(1, "A.Empty()"), NoSummary(2, "A.Remarks()"));
    }

    [Theory]
    [InlineData(DocumentationMode.None)]
    [InlineData(DocumentationMode.Parse)]
    [InlineData(DocumentationMode.Diagnose)]
    public async Task TheResultDoesNotDependOnTheDocumentationMode(DocumentationMode mode)
    {
        var test = new Verify.Test { TestCode = Documented + "\npublic class {|#0:B|} { }\n//// <summary>Four slashes: a plain comment.</summary>\npublic class {|#1:C|} { }\n" };
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = (CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!;
            return solution.WithProjectParseOptions(projectId, options.WithDocumentationMode(mode));
        });
        test.ExpectedDiagnostics.Add(Missing(0, "B"));
        test.ExpectedDiagnostics.Add(Missing(1, "C"));

        await test.RunAsync();
    }

    [Theory]
    [InlineData("public", "public class {|AEOS1006:A|} { protected void M() { } internal void I() { } }")]
    [InlineData("protected", "public class {|AEOS1006:A|} { protected void {|AEOS1006:M|}() { } internal void I() { } }")]
    [InlineData("internal", "public class {|AEOS1006:A|} { protected void {|AEOS1006:M|}() { } internal void {|AEOS1006:I|}() { } private void P() { } }\ninternal class {|AEOS1006:B|} { }")]
    [InlineData("internal", "public sealed class {|AEOS1006:S|} { protected internal void {|AEOS1006:Pi|}() { } protected void P() { } }")]
    [InlineData("protected", "public sealed class {|AEOS1006:S|} { protected internal void Pi() { } protected void P() { } }")]
    [InlineData("none", "public class A { protected void M() { } internal void I() { } }")]
    public async Task TheScopeOptionChoosesWhatIsReported(string scope, string source)
    {
        await Verify.VerifyAnalyzerAsync(source, "aeos.documentation_scope = " + scope);
    }

    [Fact]
    public async Task TheScopeAppliesPerFolder()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/src/Api/Client.cs", "public class {|AEOS1006:Client|} { }\n"));
        test.TestState.Sources.Add(("/src/Tests/ClientTests.cs", "public class ClientTests { public void Works() { } }\n"));
        test.WithEditorConfig("/.editorconfig", "aeos.documentation_scope = public")
            .WithEditorConfig("/src/Tests/.editorconfig", "aeos.documentation_scope = none");

        await test.RunAsync();
    }

    [Fact]
    public async Task GeneratedCodeIsSkipped()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/src/Model.g.cs", "public class Generated { public void M() { } }\n"));
        test.TestState.Sources.Add(("/src/Marked.cs", "// <auto-generated/>\npublic class Marked { public void M() { } }\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task InvalidScopeIsReportedOnceAndTheDefaultApplies()
    {
        var test = new Verify.Test().WithEditorConfig("/.editorconfig", "aeos.documentation_scope = everything");
        test.TestState.Sources.Add(("/src/A.cs", "public class {|AEOS1006:A|} { protected void {|AEOS1006:M|}() { } }\n"));
        test.TestState.Sources.Add(("/src/B.cs", "public class {|AEOS1006:B|} { }\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.InvalidOption)
            .WithArguments("everything", "aeos.documentation_scope", "expected one of none, public, protected, internal", "protected"));

        await test.RunAsync();
    }

    private static DiagnosticResult Missing(int location, string name) =>
        Verify.Diagnostic(DiagnosticDescriptors.UndocumentedMember).WithLocation(location).WithArguments(name, "has no XML documentation comment");

    private static DiagnosticResult NoSummary(int location, string name) =>
        Verify.Diagnostic(DiagnosticDescriptors.UndocumentedMember).WithLocation(location).WithArguments(name, "has no <summary> text in its XML documentation comment");
}
