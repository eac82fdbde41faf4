using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// The compiler's own record of the using directives of a file that nothing needed: the hidden diagnostics CS8019
/// (unnecessary), CS0105 (a repeat of a directive of the same scope) and CS8933 (a repeat of a <c>global using</c>).
/// The compiler reports them only when documentation comments are parsed (otherwise it does not bind <c>cref</c>s
/// and cannot know), and only for the whole tree: a directive may be used anywhere in it.
/// </summary>
internal static class CompilerImportRecord
{
    private static readonly ImmutableHashSet<string> Ids = ImmutableHashSet.Create("CS8019", "CS0105", "CS8933");

    /// <summary>Whether the compiler keeps the record for the file of <paramref name="model"/>.</summary>
    public static bool IsKept(SemanticModel model) => model.SyntaxTree.Options.DocumentationMode != DocumentationMode.None;

    /// <summary>The directives of the file (not the <c>global</c> ones: those depend on every file) the compiler found unnecessary.</summary>
    public static HashSet<UsingDirectiveSyntax> Unnecessary(SemanticModel model, CancellationToken cancellationToken)
    {
        var tree = model.SyntaxTree;
        var root = tree.GetRoot(cancellationToken);
        var directives = new HashSet<UsingDirectiveSyntax>();
        foreach (var diagnostic in model.GetDiagnostics(root.FullSpan, cancellationToken))
        {
            if (Ids.Contains(diagnostic.Id) && diagnostic.Location.SourceTree == tree
                && root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<UsingDirectiveSyntax>() is { } directive
                && directive.GlobalKeyword.IsKind(SyntaxKind.None))
            {
                directives.Add(directive);
            }
        }

        return directives;
    }
}
