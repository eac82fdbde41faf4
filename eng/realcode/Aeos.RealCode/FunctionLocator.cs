using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Aeos.RealCode;

/// <summary>The function (member, accessor or local function) a result points into, from the file's syntax.</summary>
internal sealed class FunctionLocator
{
    private static readonly Dictionary<string, FunctionLocator> ByCodeBase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SyntaxTree?> _trees = new(StringComparer.Ordinal);
    private readonly CSharpParseOptions _options;

    private FunctionLocator(IEnumerable<string> defines) =>
        _options = new CSharpParseOptions(LanguageVersion.Preview, preprocessorSymbols: defines);

    /// <summary>
    /// The locator of the code base of a log, parsing with the symbols its build defined (read from the compiler's
    /// command line beside the log), so that code under <c>#if</c> is found as the compiler saw it.
    /// </summary>
    public static FunctionLocator ForLog(string sarifPath)
    {
        var codeBase = SarifResults.CodeBaseOf(sarifPath);
        if (!ByCodeBase.TryGetValue(codeBase, out var locator))
        {
            var rsp = Path.ChangeExtension(sarifPath, ".csc.rsp");
            var defines = File.Exists(rsp)
                ? File.ReadAllLines(rsp).Where(l => l.StartsWith("/define:", StringComparison.Ordinal)).SelectMany(l => l.Substring(8).Split(';', ','))
                : Enumerable.Empty<string>();
            locator = new FunctionLocator(defines.Where(d => d.Length > 0).ToList());
            ByCodeBase[codeBase] = locator;
        }

        return locator;
    }

    /// <summary>The locator <see cref="ForLog"/> made for the code base.</summary>
    public static FunctionLocator ForCodeBase(string codeBase) => ByCodeBase[codeBase];

    /// <summary>The innermost member, accessor or local function at the 1-based position; null when the file is gone.</summary>
    public SyntaxNode? FunctionAt(string file, int line, int column)
    {
        var tree = TreeOf(file);
        if (tree is null)
        {
            return null;
        }

        var text = tree.GetText();
        if (line < 1 || line > text.Lines.Count)
        {
            return null;
        }

        var position = text.Lines[line - 1].Start + Math.Max(0, column - 1);
        var token = tree.GetRoot().FindToken(Math.Min(position, Math.Max(0, text.Length - 1)));
        return token.Parent?.AncestorsAndSelf().FirstOrDefault(n => n is MemberDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax);
    }

    private SyntaxTree? TreeOf(string file)
    {
        if (!_trees.TryGetValue(file, out var tree))
        {
            tree = File.Exists(file)
                ? CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(file)), _options)
                : null;
            _trees[file] = tree;
        }

        return tree;
    }
}
