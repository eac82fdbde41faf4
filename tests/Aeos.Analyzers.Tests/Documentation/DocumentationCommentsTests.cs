using System.Linq;
using Aeos.Analyzers.Documentation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Aeos.Analyzers.Tests.Documentation;

/// <summary>The pure reading of documentation comments, in every documentation mode the compiler parses with.</summary>
public sealed class DocumentationCommentsTests
{
    public static TheoryData<DocumentationMode> Modes() => new() { DocumentationMode.None, DocumentationMode.Parse, DocumentationMode.Diagnose };

    [Theory]
    [InlineData(DocumentationMode.None, SyntaxKind.SingleLineCommentTrivia, SyntaxKind.MultiLineCommentTrivia)]
    [InlineData(DocumentationMode.Parse, SyntaxKind.SingleLineDocumentationCommentTrivia, SyntaxKind.MultiLineDocumentationCommentTrivia)]
    [InlineData(DocumentationMode.Diagnose, SyntaxKind.SingleLineDocumentationCommentTrivia, SyntaxKind.MultiLineDocumentationCommentTrivia)]
    public void TheCompilerLexesDocumentationCommentsAsPlainCommentsInModeNone(DocumentationMode mode, SyntaxKind singleLine, SyntaxKind multiLine)
    {
        var unit = Parse("/// <summary>One.</summary>\npublic class A { }\n/** <summary>Two.</summary> */\npublic class B { }\n", mode);

        var kinds = unit.Members.Select(m => m.GetLeadingTrivia().First(t => !t.IsKind(SyntaxKind.EndOfLineTrivia)).Kind()).ToArray();

        Assert.Equal(new[] { singleLine, multiLine }, kinds);
    }

    [Theory]
    [InlineData("/// <summary>Adds.</summary>", "Documented")]
    [InlineData("/// <summary>\n/// Adds.\n/// </summary>", "Documented")]
    [InlineData("/// <summary><see cref=\"C\"/></summary>", "Documented")]
    [InlineData("/// <inheritdoc/>", "Documented")]
    [InlineData("/// <inheritdoc cref=\"C\" />", "Documented")]
    [InlineData("/** <summary>Adds.</summary> */", "Documented")]
    [InlineData("/**\n * <summary>\n * Adds.\n * </summary>\n */", "Documented")]
    [InlineData("/// <summary>\n/// </summary>", "NoSummary")]
    [InlineData("/// <summary/>", "NoSummary")]
    [InlineData("/**\n * <summary>\n * </summary>\n */", "NoSummary")]
    [InlineData("/// <remarks>Adds.</remarks>", "NoSummary")]
    [InlineData("/// <summaryx>Adds.</summaryx>", "NoSummary")]
    [InlineData("/// Adds without tags.", "NoSummary")]
    [InlineData("// <summary>Adds.</summary>", "Missing")]
    [InlineData("//// <summary>Adds.</summary>", "Missing")]
    [InlineData("/* <summary>Adds.</summary> */", "Missing")]
    [InlineData("/**/", "Missing")]
    [InlineData("", "Missing")]
    public void ClassifiesTheCommentInEveryMode(string comment, string expected)
    {
        foreach (var mode in new[] { DocumentationMode.None, DocumentationMode.Parse, DocumentationMode.Diagnose })
        {
            var unit = Parse(comment + "\npublic class C { }\n", mode);

            Assert.Equal(expected, DocumentationComments.StateOf(unit.Members.Single()).ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void AFieldVariableIsDocumentedByItsDeclaration(DocumentationMode mode)
    {
        var unit = Parse("class C\n{\n    /// <summary>Both.</summary>\n    public int A, B;\n    public int D;\n}\n", mode);
        var variables = unit.DescendantNodes().OfType<VariableDeclaratorSyntax>().ToList();

        Assert.Equal(
            new[] { DocumentationState.Documented, DocumentationState.Documented, DocumentationState.Missing },
            variables.Select(DocumentationComments.StateOf));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ACommentAfterTheAttributesIsNotTheDeclarationsComment(DocumentationMode mode)
    {
        var unit = Parse("[System.Obsolete]\n/// <summary>Misplaced.</summary>\npublic class C { }\n", mode);

        Assert.Equal(DocumentationState.Missing, DocumentationComments.StateOf(unit.Members.Single()));
    }

    private static CompilationUnitSyntax Parse(string source, DocumentationMode mode) =>
        (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, mode)).GetRoot();
}
