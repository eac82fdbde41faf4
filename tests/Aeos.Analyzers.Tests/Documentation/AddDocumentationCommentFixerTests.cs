using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Documentation.UndocumentedMemberAnalyzer,
    Aeos.Analyzers.CodeFixes.Documentation.AddDocumentationCommentFixer>;

namespace Aeos.Analyzers.Tests.Documentation;

/// <summary>
/// The skeleton of each kind of signature. After the fix the members are still reported (their summary
/// has no text yet), so the fixed code carries the expected AEOS1006 markers; the testing library also
/// runs Fix All in document, project and solution wherever several diagnostics are fixed.
/// </summary>
public sealed class AddDocumentationCommentFixerTests
{
    private const string Signatures = """
        using System;

        public class {|AEOS1006:Calculator|}<TValue>
        {
            public {|AEOS1006:Calculator|}(int seed) { }
            public T {|AEOS1006:Add|}<T>(T left, T right) => left;
            public void {|AEOS1006:Reset|}() { }
            public int {|AEOS1006:Count|} { get; }
            public int {|AEOS1006:this|}[int row, int column] => row;
            public event EventHandler? {|AEOS1006:Changed|};
            public static Calculator<TValue> operator {|AEOS1006:+|}(Calculator<TValue> a, Calculator<TValue> b) => a;
            public static explicit operator {|AEOS1006:int|}(Calculator<TValue> c) => 0;
        }

        public delegate TResult {|AEOS1006:Mapper|}<TSource, TResult>(TSource source);
        public record {|AEOS1006:Point|}<T>(T X, T Y);
        public class {|AEOS1006:Service|}(int port) { }
        public enum {|AEOS1006:Color|}
        {
            {|AEOS1006:Red|},
        }
        """;

    private const string SignaturesFixed = """
        using System;

        /// <summary>
        /// </summary>
        /// <typeparam name="TValue"></typeparam>
        public class {|AEOS1006:Calculator|}<TValue>
        {
            /// <summary>
            /// </summary>
            /// <param name="seed"></param>
            public {|AEOS1006:Calculator|}(int seed) { }
            /// <summary>
            /// </summary>
            /// <typeparam name="T"></typeparam>
            /// <param name="left"></param>
            /// <param name="right"></param>
            /// <returns></returns>
            public T {|AEOS1006:Add|}<T>(T left, T right) => left;
            /// <summary>
            /// </summary>
            public void {|AEOS1006:Reset|}() { }
            /// <summary>
            /// </summary>
            public int {|AEOS1006:Count|} { get; }
            /// <summary>
            /// </summary>
            /// <param name="row"></param>
            /// <param name="column"></param>
            public int {|AEOS1006:this|}[int row, int column] => row;
            /// <summary>
            /// </summary>
            public event EventHandler? {|AEOS1006:Changed|};
            /// <summary>
            /// </summary>
            /// <param name="a"></param>
            /// <param name="b"></param>
            /// <returns></returns>
            public static Calculator<TValue> operator {|AEOS1006:+|}(Calculator<TValue> a, Calculator<TValue> b) => a;
            /// <summary>
            /// </summary>
            /// <param name="c"></param>
            /// <returns></returns>
            public static explicit operator {|AEOS1006:int|}(Calculator<TValue> c) => 0;
        }

        /// <summary>
        /// </summary>
        /// <typeparam name="TSource"></typeparam>
        /// <typeparam name="TResult"></typeparam>
        /// <param name="source"></param>
        /// <returns></returns>
        public delegate TResult {|AEOS1006:Mapper|}<TSource, TResult>(TSource source);
        /// <summary>
        /// </summary>
        /// <typeparam name="T"></typeparam>
        /// <param name="X"></param>
        /// <param name="Y"></param>
        public record {|AEOS1006:Point|}<T>(T X, T Y);
        /// <summary>
        /// </summary>
        /// <param name="port"></param>
        public class {|AEOS1006:Service|}(int port) { }
        /// <summary>
        /// </summary>
        public enum {|AEOS1006:Color|}
        {
            /// <summary>
            /// </summary>
            {|AEOS1006:Red|},
        }
        """;

    private const string Trivia = """
        namespace Shop
        {
            /// <summary>Documented.</summary>
            public class Cart
            {
                private int _count;

                #region Queries
                // Counts the items.
                [System.Obsolete("use Size")]
                public int {|AEOS1006:Count|}() => _count;
                #endregion

                /// <summary>Documented.</summary>
                public class Line
                {

                    public int {|AEOS1006:First|}, {|AEOS1006:Second|};
                }
            }
        }
        """;

    private const string TriviaFixed = """
        namespace Shop
        {
            /// <summary>Documented.</summary>
            public class Cart
            {
                private int _count;

                #region Queries
                // Counts the items.
                /// <summary>
                /// </summary>
                /// <returns></returns>
                [System.Obsolete("use Size")]
                public int {|AEOS1006:Count|}() => _count;
                #endregion

                /// <summary>Documented.</summary>
                public class Line
                {

                    /// <summary>
                    /// </summary>
                    public int {|AEOS1006:First|}, {|AEOS1006:Second|};
                }
            }
        }
        """;

    [Fact]
    public async Task EachSignatureGetsItsTagsWithEmptyContent()
    {
        await RunAsync(Signatures, SignaturesFixed);
    }

    [Fact]
    public async Task TheCommentGoesAfterCommentsAndDirectivesAndBeforeAttributesAtTheMembersIndentation()
    {
        await RunAsync(Trivia, TriviaFixed);
    }

    [Fact]
    public async Task AnExistingCommentWithoutSummaryIsLeftToItsAuthor()
    {
        const string source = """
            /// <remarks>Only remarks.</remarks>
            public class {|AEOS1006:A|} { }
            """;

        await RunAsync(source, source);
    }

    [Fact]
    public async Task FixAllCoversEveryFileOfTheProject()
    {
        var test = new Verify.Test { FixedState = { MarkupHandling = MarkupMode.Allow } };
        test.TestState.Sources.Add(("/src/A.cs", "public class {|AEOS1006:A|} { }\n"));
        test.TestState.Sources.Add(("/src/B.cs", "public class {|AEOS1006:B|}\n{\n    public void {|AEOS1006:M|}(int x) { }\n}\n"));
        test.FixedState.Sources.Add(("/src/A.cs", "/// <summary>\n/// </summary>\npublic class {|AEOS1006:A|} { }\n"));
        test.FixedState.Sources.Add(("/src/B.cs", "/// <summary>\n/// </summary>\npublic class {|AEOS1006:B|}\n{\n    /// <summary>\n    /// </summary>\n    /// <param name=\"x\"></param>\n    public void {|AEOS1006:M|}(int x) { }\n}\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task TheFilesLineEndingsAreKept()
    {
        var test = new Verify.Test
        {
            TestCode = "namespace N\r\n{\r\n    public class {|AEOS1006:A|} { }\r\n}\r\n",
            FixedCode = "namespace N\r\n{\r\n    /// <summary>\r\n    /// </summary>\r\n    public class {|AEOS1006:A|} { }\r\n}\r\n",
            FixedState = { MarkupHandling = MarkupMode.Allow },
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task AMemberSharingItsLineWithCodeBeforeItMovesToItsOwnLine()
    {
        await RunAsync(
            "/// <summary>Documented.</summary>\npublic enum Color { {|AEOS1006:Red|} }\n",
            "/// <summary>Documented.</summary>\npublic enum Color { \n    /// <summary>\n    /// </summary>\n    {|AEOS1006:Red|} }\n");
    }

    /// <summary>The members stay reported after the fix (their summary has no text yet): the fixed code's markers are expected diagnostics.</summary>
    private static Task RunAsync(string source, string fixedSource)
    {
        var test = new Verify.Test { TestCode = source, FixedCode = fixedSource };
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }
}
