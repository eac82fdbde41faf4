using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Aeos.Tests.Shared;
using Xunit;

namespace Aeos.Analyzers.Tests.Documentation;

/// <summary>
/// The README and the docs point only at files the repository has: every relative Markdown link resolves, and no page
/// names a design document of the planning folder (RULES.md, ARCHITECTURE.md, GATES.md) as if it were here.
/// </summary>
public sealed partial class MarkdownLinksTests
{
    private static readonly string[] DesignDocuments = { "RULES.md", "ARCHITECTURE.md", "GATES.md" };

    [Fact]
    public void EveryRelativeLinkOfTheReadmeAndTheDocsResolves()
    {
        var broken = new List<string>();
        foreach (var page in Pages())
        {
            var folder = Path.GetDirectoryName(page)!;
            foreach (Match link in Link().Matches(File.ReadAllText(page)))
            {
                var target = link.Groups["target"].Value.Split('#')[0];
                if (target.Length > 0 && !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal)
                    && !File.Exists(Path.Combine(folder, target)) && !Directory.Exists(Path.Combine(folder, target)))
                {
                    broken.Add(Relative(page) + ": " + link.Value);
                }
            }
        }

        Assert.True(broken.Count == 0, "links to nothing:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void NoPageNamesADesignDocumentTheRepositoryDoesNotHave()
    {
        var named = Pages()
            .SelectMany(page => DesignDocuments
                .Where(document => Regex.IsMatch(File.ReadAllText(page), @"(?<![/\w])" + Regex.Escape(document)))
                .Select(document => Relative(page) + " names " + document))
            .ToList();

        Assert.True(named.Count == 0, string.Join("\n", named) + "\n(point at docs/, or at ../shared/design/ for the design)");
    }

    private static IEnumerable<string> Pages() =>
        new[] { RepositoryPaths.Combine("README.md"), RepositoryPaths.Combine("CONTRIBUTING.md") }
            .Concat(Directory.GetFiles(RepositoryPaths.Combine("docs"), "*.md", SearchOption.AllDirectories))
            .OrderBy(p => p, StringComparer.Ordinal);

    private static string Relative(string page) => Path.GetRelativePath(RepositoryPaths.Root, page).Replace('\\', '/');

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();
}
