using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.CodeFixes.Reliability;

/// <summary>
/// Adds a <c>using</c> directive the rewritten code needs, in order among the file's own, unless the file or a
/// <c>global using</c> of the project (implicit usings among them) already imports the namespace: a redundant
/// directive would be reported by AEOS2001.
/// </summary>
internal static class Imports
{
    private const string GlobalAlias = "global::";

    /// <summary>The root with the directive added, unless <paramref name="document"/>'s project imports the namespace globally.</summary>
    public static async Task<SyntaxNode> EnsureAsync(Document document, SyntaxNode root, string namespaceName, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return model is not null && IsImportedGlobally(model.Compilation, namespaceName, cancellationToken) ? root : Ensure(root, namespaceName);
    }

    private static bool IsImportedGlobally(Compilation compilation, string namespaceName, CancellationToken cancellationToken) =>
        compilation.SyntaxTrees
            .Select(tree => tree.GetRoot(cancellationToken))
            .OfType<CompilationUnitSyntax>()
            .SelectMany(unit => unit.Usings)
            .Any(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && IsImportOf(u, namespaceName));

    private static bool IsImportOf(UsingDirectiveSyntax directive, string namespaceName)
    {
        var name = directive.Name?.ToString() ?? string.Empty;
        return directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None)
            && (name == namespaceName || name == GlobalAlias + namespaceName);
    }

    public static SyntaxNode Ensure(SyntaxNode root, string namespaceName)
    {
        if (root is not CompilationUnitSyntax unit || HasUsing(unit, namespaceName))
        {
            return root;
        }

        var newLine = NewLine(root);
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(namespaceName).WithLeadingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(newLine);
        var usings = unit.Usings;
        var index = 0;
        while (index < usings.Count && usings[index].StaticKeyword.IsKind(SyntaxKind.None) && usings[index].Alias is null
            && string.CompareOrdinal(usings[index].Name?.ToString(), namespaceName) < 0)
        {
            index++;
        }

        if (usings.Count == 0)
        {
            return unit.WithUsings(usings.Add(directive.WithTrailingTrivia(newLine, newLine)));
        }

        if (index == 0)
        {
            // The first directive carries the file's leading trivia (a header comment); keep it first.
            var first = usings[0];
            directive = directive.WithLeadingTrivia(first.GetLeadingTrivia());
            usings = usings.Replace(first, first.WithoutLeadingTrivia());
        }

        return unit.WithUsings(usings.Insert(index, directive));
    }

    /// <summary>The file's own line ending, so that inserted lines match it.</summary>
    public static SyntaxTrivia NewLine(SyntaxNode root)
    {
        var existing = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return existing.IsKind(SyntaxKind.EndOfLineTrivia) ? existing : SyntaxFactory.EndOfLine("\n");
    }

    private static bool HasUsing(CompilationUnitSyntax unit, string namespaceName) =>
        unit.Usings.Concat(unit.Members.OfType<BaseNamespaceDeclarationSyntax>().SelectMany(n => n.Usings))
            .Any(u => IsImportOf(u, namespaceName));
}
