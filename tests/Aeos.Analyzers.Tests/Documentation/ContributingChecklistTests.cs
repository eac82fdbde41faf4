using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Aeos.Analyzers.CodeFixes.Unused;
using Aeos.Tests.Shared;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Aeos.Analyzers.Tests.Documentation;

/// <summary>
/// The "Adding a rule" checklist of CONTRIBUTING.md stays true: every file and test it names exists, and every rule
/// of the catalogue went through every step (constant, family folder, tests, fix with Fix All, page, README row, benchmark).
/// </summary>
public sealed partial class ContributingChecklistTests
{
    private const string FamilyPlaceholder = "<Family>";

    [Fact]
    public void TheChecklistNamesFilesAndTestsThatExist()
    {
        var rows = ChecklistRows();
        Assert.True(rows.Count >= 10, "the checklist of CONTRIBUTING.md has " + rows.Count + " rows");
        var testMethods = typeof(ContributingChecklistTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods().Select(m => t.Name + "." + m.Name))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var (where, checkedBy) in rows)
        {
            var path = where.Split(FamilyPlaceholder)[0].Split("<ID>")[0];
            Assert.True(File.Exists(RepositoryPaths.Combine(path)) || Directory.Exists(RepositoryPaths.Combine(path)), "CONTRIBUTING.md names " + where + ", which does not exist");
            foreach (Match test in TestName().Matches(checkedBy))
            {
                Assert.True(testMethods.Contains(test.Value), "CONTRIBUTING.md names the test " + test.Value + ", which does not exist");
            }
        }
    }

    [Fact]
    public void EveryRuleIdHasItsConstant()
    {
        var constants = typeof(RuleIdentifiers)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(RuleDocumentationTests.AllDescriptors(), d => Assert.Contains(d.Id, constants));
    }

    [Fact]
    public void EveryRuleHasItsReadmeRow()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md"));

        Assert.All(RuleDocumentationTests.AllDescriptors(), d => Assert.Contains("| [" + d.Id + "](docs/rules/" + d.Id + ".md) |", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryAnalyzerLivesInItsFamilyFolderAndHasTests()
    {
        var analyzers = ConcreteTypes<DiagnosticAnalyzer>(typeof(DiagnosticDescriptors).Assembly);
        Assert.NotEmpty(analyzers);

        foreach (var analyzer in analyzers)
        {
            var family = Family(analyzer);
            Assert.True(File.Exists(RepositoryPaths.Combine("src", "Aeos.Analyzers", family, analyzer.Name + ".cs")), analyzer.Name + " is not in src/Aeos.Analyzers/" + family);
            Assert.True(IsMentionedByTestsOf(family, analyzer.Name), "no test in tests/Aeos.Analyzers.Tests/" + family + " uses " + analyzer.Name);
        }
    }

    [Fact]
    public void EveryFixerLivesInItsFamilyFolderOffersFixAllAndHasTests()
    {
        var fixers = ConcreteTypes<CodeFixProvider>(typeof(RemoveUnusedLocalFixer).Assembly);
        Assert.NotEmpty(fixers);

        foreach (var type in fixers)
        {
            var family = Family(type);
            var fixer = (CodeFixProvider)Activator.CreateInstance(type)!;
            Assert.True(File.Exists(RepositoryPaths.Combine("src", "Aeos.Analyzers.CodeFixes", family, type.Name + ".cs")), type.Name + " is not in src/Aeos.Analyzers.CodeFixes/" + family);
            Assert.True(fixer.GetFixAllProvider() is not null, type.Name + " has no Fix All provider");
            Assert.True(IsMentionedByTestsOf(family, type.Name), "no test in tests/Aeos.Analyzers.Tests/" + family + " uses " + type.Name);
        }
    }

    [Fact]
    public void EveryPageSaysWhetherItsRuleHasACodeFix()
    {
        var fixable = ConcreteTypes<CodeFixProvider>(typeof(RemoveUnusedLocalFixer).Assembly)
            .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
            .ToHashSet(StringComparer.Ordinal);

        foreach (var descriptor in RuleDocumentationTests.AllDescriptors())
        {
            var page = File.ReadAllText(RepositoryPaths.Combine("docs", "rules", descriptor.Id + ".md"));
            var row = CodeFixRow().Match(page);
            Assert.True(row.Success, descriptor.Id + ".md has no '| Code fix |' row");
            var saysNone = row.Groups["fix"].Value.StartsWith("none", StringComparison.Ordinal);
            Assert.True(saysNone != fixable.Contains(descriptor.Id), descriptor.Id + ".md says '" + row.Groups["fix"].Value + "', but the rule " + (saysNone ? "has" : "has no") + " code fix");
        }
    }

    [Fact]
    public void EveryFamilyIsBenchmarked()
    {
        var benchmarks = Directory.GetFiles(RepositoryPaths.Combine("benchmarks", "Aeos.Benchmarks"), "*.cs").Select(File.ReadAllText).ToList();
        var families = ConcreteTypes<DiagnosticAnalyzer>(typeof(DiagnosticDescriptors).Assembly)
            .Where(t => t.BaseType == typeof(DiagnosticAnalyzer))
            .Select(t => t.Namespace!)
            .Distinct(StringComparer.Ordinal);

        Assert.All(families, ns => Assert.True(
            benchmarks.Any(b => b.Contains("using " + ns + ";", StringComparison.Ordinal) && (b.Contains("AnalyzersOf<", StringComparison.Ordinal) || b.Contains(".Namespace ==", StringComparison.Ordinal))),
            "no benchmark runs the analyzers of " + ns));
    }

    private static List<(string Where, string CheckedBy)> ChecklistRows()
    {
        var text = File.ReadAllText(RepositoryPaths.Combine("CONTRIBUTING.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = text.IndexOf("\n## Adding a rule\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "CONTRIBUTING.md has no '## Adding a rule' section");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? text[start..] : text[start..end];
        return ChecklistRow().Matches(section).Select(m => (m.Groups["where"].Value, m.Groups["checked"].Value)).ToList();
    }

    private static List<Type> ConcreteTypes<T>(Assembly assembly) =>
        assembly.GetTypes().Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t)).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

    /// <summary>The last part of the namespace: <c>Aeos.Analyzers.Reliability</c> → <c>Reliability</c>.</summary>
    private static string Family(Type type) => type.Namespace![(type.Namespace!.LastIndexOf('.') + 1)..];

    private static bool IsMentionedByTestsOf(string family, string typeName)
    {
        var folder = RepositoryPaths.Combine("tests", "Aeos.Analyzers.Tests", family);
        return Directory.Exists(folder)
            && Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).Any(f => File.ReadAllText(f).Contains(typeName, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\| \d+ \|[^|]*\| `(?<where>[^`]+)` \| (?<checked>[^|\n]+) \|$", RegexOptions.Multiline)]
    private static partial Regex ChecklistRow();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+Tests\.[A-Z][A-Za-z]+\b")]
    private static partial Regex TestName();

    [GeneratedRegex(@"^\| Code fix \| (?<fix>[^\n]*?) \|$", RegexOptions.Multiline)]
    private static partial Regex CodeFixRow();
}
