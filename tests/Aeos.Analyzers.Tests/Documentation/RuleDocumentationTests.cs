using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Aeos.Tests.Shared;

namespace Aeos.Analyzers.Tests.Documentation;

/// <summary>Docs, release tracking and the shipped preset are checked against the descriptors and options in code.</summary>
public sealed partial class RuleDocumentationTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in AllDescriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryRuleHasItsPageWithTitleAndHelpLink(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        var page = ReadPage(id);

        Assert.StartsWith("# " + id + ": " + descriptor.Title + "\n", page, StringComparison.Ordinal);
        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.Contains("| Category | " + descriptor.Category + " |", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryPageListsExactlyItsRulesOptionsWithTheirDefaults(string id)
    {
        var documented = DocumentedOptions(ReadPage(id));
        var inCode = AeosOptions.All.Where(o => o.RuleId == id).ToDictionary(o => o.Key, o => o.DefaultText);

        Assert.Equal(inCode.Keys.OrderBy(k => k, StringComparer.Ordinal), documented.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var option in inCode)
        {
            Assert.Equal("`" + option.Value + "`", documented[option.Key]);
        }
    }

    [Fact]
    public void EveryPageBelongsToARule()
    {
        var ids = AllDescriptors().Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var pages = Directory.GetFiles(RepositoryPaths.Combine("docs", "rules"), "*.md").Select(Path.GetFileNameWithoutExtension);

        Assert.All(pages, page => Assert.Contains(page!, ids));
    }

    [Fact]
    public void ThePresetSetsTheDefaultSeverityOfEveryRule()
    {
        var preset = File.ReadAllText(RepositoryPaths.Combine("build", "Aeos.Analyzers.globalconfig"));
        var severities = PresetLine().Matches(preset).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["severity"].Value, StringComparer.Ordinal);

        foreach (var descriptor in AllDescriptors())
        {
            Assert.True(severities.TryGetValue(descriptor.Id, out var severity), descriptor.Id + " has no severity in the preset");
            Assert.Equal(Severity(descriptor.DefaultSeverity), severity);
        }

        Assert.Equal(AllDescriptors().Count, severities.Count);
    }

    [Fact]
    public void EveryRuleIsTrackedForRelease()
    {
        var releases = File.ReadAllText(RepositoryPaths.Combine("src", "Aeos.Analyzers", "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(RepositoryPaths.Combine("src", "Aeos.Analyzers", "AnalyzerReleases.Unshipped.md"));

        Assert.All(AllDescriptors(), d => Assert.Contains(d.Id + " | " + d.Category + " |", releases, StringComparison.Ordinal));
    }

    [Fact]
    public void AnalyzersReportOnlyDescriptorsOfTheCatalogue()
    {
        var catalogue = AllDescriptors().ToHashSet();
        var analyzers = typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();

        Assert.NotEmpty(analyzers);
        Assert.All(analyzers.SelectMany(a => a.SupportedDiagnostics), d => Assert.Contains(d, catalogue));
    }

    internal static List<DiagnosticDescriptor> AllDescriptors() =>
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();

    private static string ReadPage(string id)
    {
        var path = RepositoryPaths.Combine("docs", "rules", id + ".md");
        Assert.True(File.Exists(path), "missing documentation page " + path);
        return File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>The rows of the page's "## Options" table: key → default column.</summary>
    private static Dictionary<string, string> DocumentedOptions(string page)
    {
        var start = page.IndexOf("\n## Options\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has no '## Options' section");
        var end = page.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? page[start..] : page[start..end];
        return OptionRow().Matches(section).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["default"].Value.Trim(), StringComparer.Ordinal);
    }

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };

    [GeneratedRegex(@"^\| `(?<key>aeos\.[a-z0-9_]+)` \|[^|]*\|(?<default>[^|]*)\|", RegexOptions.Multiline)]
    private static partial Regex OptionRow();

    [GeneratedRegex(@"^dotnet_diagnostic\.(?<id>AEOS\d{4})\.severity\s*=\s*(?<severity>\w+)", RegexOptions.Multiline)]
    private static partial Regex PresetLine();
}
