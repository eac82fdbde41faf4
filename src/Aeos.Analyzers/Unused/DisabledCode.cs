using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// The identifiers written in code disabled by <c>#if</c>. The compiler does not bind that code, but another
/// configuration compiles it: whatever it mentions is treated as used, so that no fix breaks that build. Disabled
/// text always shares its token's leading trivia with the directive that closes it, so only nodes that contain
/// directives are walked.
/// </summary>
internal static class DisabledCode
{
    /// <summary>The identifier-like words of every disabled-text region under <paramref name="node"/>.</summary>
    public static HashSet<string> Words(SyntaxNode node)
    {
        var words = new HashSet<string>(System.StringComparer.Ordinal);
        if (!node.ContainsDirectives)
        {
            return words;
        }

        foreach (var trivia in node.DescendantTrivia(n => n.ContainsDirectives))
        {
            if (trivia.IsKind(SyntaxKind.DisabledTextTrivia))
            {
                AddWords(trivia.ToString(), words);
            }
        }

        return words;
    }

    /// <summary>
    /// Adds the words of each disabled region of the enclosing type (or block) that mentions <paramref name="name"/>:
    /// the <c>#if</c>/<c>#else</c> twin of a function, compiled in another configuration with the same call sites.
    /// </summary>
    public static void AddTwinWords(SyntaxNode function, string name, ISet<string> words)
    {
        var container = function.Parent;
        if (container is null || !container.ContainsDirectives)
        {
            return;
        }

        foreach (var trivia in container.DescendantTrivia(n => n.ContainsDirectives))
        {
            if (!trivia.IsKind(SyntaxKind.DisabledTextTrivia))
            {
                continue;
            }

            var region = new HashSet<string>(System.StringComparer.Ordinal);
            AddWords(trivia.ToString(), region);
            if (region.Contains(name))
            {
                words.UnionWith(region);
            }
        }
    }

    /// <summary>Adds the identifier-like words of <paramref name="text"/> (a leading <c>@</c> dropped).</summary>
    public static void AddWords(string text, ISet<string> words)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var part = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_');
            if (part && start < 0)
            {
                start = i;
            }
            else if (!part && start >= 0)
            {
                words.Add(text.Substring(start, i - start));
                start = -1;
            }
        }
    }
}
