using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.CodeFixes.Documentation;

/// <summary>
/// The XML documentation skeleton for a declaration's signature: an empty <c>&lt;summary&gt;</c>, then
/// <c>&lt;typeparam&gt;</c> and <c>&lt;param&gt;</c> for each type parameter and parameter (a record's or
/// primary constructor's parameters included), and <c>&lt;returns&gt;</c> for methods, operators,
/// conversions and delegates that return a value. Every element is left empty: the prose is the author's.
/// </summary>
internal static class DocumentationSkeleton
{
    /// <summary>The declaration a diagnostic on a name belongs to, or null.</summary>
    public static MemberDeclarationSyntax? FindDeclaration(SyntaxNode root, int position)
    {
        var token = root.FindToken(position);
        return token.Parent?.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault(IsDocumentable);
    }

    /// <summary>The lines of the skeleton, without comment markers or indentation.</summary>
    public static IEnumerable<string> Lines(MemberDeclarationSyntax declaration)
    {
        yield return "<summary>";
        yield return "</summary>";
        foreach (var typeParameter in TypeParameters(declaration))
        {
            yield return "<typeparam name=\"" + typeParameter + "\"></typeparam>";
        }

        foreach (var parameter in Parameters(declaration))
        {
            yield return "<param name=\"" + parameter + "\"></param>";
        }

        if (ReturnsValue(declaration))
        {
            yield return "<returns></returns>";
        }
    }

    /// <summary>
    /// The declaration with the skeleton inserted at the start of its own line, after whatever leading
    /// trivia it has (blank lines, comments, <c>#region</c>) and before its attributes and modifiers. A
    /// declaration that shares its line with code before it (<c>enum E { A }</c>) is moved to a new line,
    /// one level deeper than that line.
    /// </summary>
    public static MemberDeclarationSyntax Insert(MemberDeclarationSyntax declaration, string endOfLine)
    {
        var leading = declaration.GetLeadingTrivia();
        var lineStart = -1;
        for (var i = 0; i < leading.Count; i++)
        {
            if (leading[i].ToFullString().EndsWith("\n", StringComparison.Ordinal))
            {
                lineStart = i + 1;
            }
        }

        if (lineStart < 0 && !StartsLine(declaration))
        {
            var deeper = LineIndentation(declaration) + "    ";
            var moved = endOfLine + Comment(declaration, deeper, endOfLine) + deeper;
            return declaration.WithLeadingTrivia(leading.AddRange(SyntaxFactory.ParseLeadingTrivia(moved)));
        }

        lineStart = Math.Max(lineStart, 0);
        var indentation = string.Concat(leading.Skip(lineStart).TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Select(t => t.ToFullString()));
        var comment = SyntaxFactory.ParseLeadingTrivia(Comment(declaration, indentation, endOfLine));
        return declaration.WithLeadingTrivia(leading.InsertRange(lineStart, comment));
    }

    private static string Comment(MemberDeclarationSyntax declaration, string indentation, string endOfLine)
    {
        var text = new StringBuilder();
        foreach (var line in Lines(declaration))
        {
            text.Append(indentation).Append("/// ").Append(line).Append(endOfLine);
        }

        return text.ToString();
    }

    private static bool StartsLine(SyntaxNode declaration)
    {
        var text = declaration.SyntaxTree.GetText();
        return text.Lines.GetLineFromPosition(declaration.FullSpan.Start).Start == declaration.FullSpan.Start;
    }

    private static string LineIndentation(SyntaxNode declaration)
    {
        var text = declaration.SyntaxTree.GetText();
        var line = text.Lines.GetLineFromPosition(declaration.SpanStart).ToString();
        return line.Substring(0, line.Length - line.TrimStart().Length);
    }

    private static bool IsDocumentable(MemberDeclarationSyntax node) =>
        node is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or EnumMemberDeclarationSyntax
            or BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or BaseFieldDeclarationSyntax;

    private static IEnumerable<string> TypeParameters(MemberDeclarationSyntax declaration)
    {
        var list = declaration switch
        {
            TypeDeclarationSyntax type => type.TypeParameterList,
            DelegateDeclarationSyntax @delegate => @delegate.TypeParameterList,
            MethodDeclarationSyntax method => method.TypeParameterList,
            _ => null,
        };
        return list is null ? Enumerable.Empty<string>() : list.Parameters.Select(p => p.Identifier.ValueText);
    }

    private static IEnumerable<string> Parameters(MemberDeclarationSyntax declaration)
    {
        var parameters = declaration switch
        {
            TypeDeclarationSyntax type => type.ParameterList?.Parameters,
            DelegateDeclarationSyntax @delegate => @delegate.ParameterList.Parameters,
            BaseMethodDeclarationSyntax method => method.ParameterList.Parameters,
            IndexerDeclarationSyntax indexer => indexer.ParameterList.Parameters,
            _ => null,
        };
        return parameters is null
            ? Enumerable.Empty<string>()
            : parameters.Value.Select(p => p.Identifier.ValueText).Where(name => name.Length > 0);
    }

    private static bool ReturnsValue(MemberDeclarationSyntax declaration) => declaration switch
    {
        MethodDeclarationSyntax method => !IsVoid(method.ReturnType),
        DelegateDeclarationSyntax @delegate => !IsVoid(@delegate.ReturnType),
        OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax => true,
        _ => false,
    };

    private static bool IsVoid(TypeSyntax type) => type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword };
}
