using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Aeos.Tests.Shared;
using Xunit;

namespace Aeos.Analyzers.Tests.Documentation;

/// <summary>
/// The repository obeys its own rules: every project with sources is analysed by the Aeos rules at the strict preset
/// (Directory.Build.targets), no debt is recorded in a baseline, and no rule is switched off wholesale; a suppression
/// of a single site carries its reason.
/// </summary>
public sealed partial class DogfoodTests
{
    /// <summary>The projects that are not analysed: the bootstrap build of the analyzers themselves, and the packing project, which has no sources.</summary>
    private static readonly string[] Unanalysed = { "Aeos.Analyzers.Bootstrap.csproj", "Aeos.Analyzers.Package.csproj" };

    private static readonly string[] Folders = { "src", "tests", "benchmarks", "eng" };

    [Fact]
    public void EveryProjectWithSourcesIsAnalysedByTheAeosRules()
    {
        var targets = File.ReadAllText(RepositoryPaths.Combine("Directory.Build.targets"));
        Assert.Contains("<AeosDogfood Condition=\"'$(AeosDogfood)' == ''\">true</AeosDogfood>", targets, StringComparison.Ordinal);
        Assert.Contains("build/Aeos.Analyzers.globalconfig", targets, StringComparison.Ordinal);

        var optedOut = Files("*.csproj").Where(p => File.ReadAllText(p).Contains("<AeosDogfood>false</AeosDogfood>", StringComparison.Ordinal)).Select(Path.GetFileName);

        Assert.Equal(Unanalysed.Order(StringComparer.Ordinal), optedOut.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NoDebtIsRecordedAndNoRuleIsSwitchedOffWholesale()
    {
        Assert.Empty(Files("aeos.baseline.json").Select(Relative));
        Assert.Empty(Files("*.*proj").Concat(Files("*.props")).Concat(Files("*.targets")).Where(p => NoWarnOfAeos().IsMatch(File.ReadAllText(p))).Select(Relative));
        var configs = Directory.GetFiles(RepositoryPaths.Root, ".editorconfig", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepositoryPaths.Root, "*.globalconfig", SearchOption.AllDirectories))
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + "samples" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !IsBuildOutput(p));
        Assert.Empty(configs.Where(p => SeverityOff().IsMatch(File.ReadAllText(p)) && Path.GetFileName(p) != "Aeos.Analyzers.TestProjects.globalconfig").Select(Relative));
    }

    [Fact]
    public void EverySuppressionOfAnAeosRuleInTheSourcesCarriesItsReason()
    {
        var unexplained = new List<string>();
        foreach (var file in Files("*.cs"))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (Pragma().Match(lines[i]) is { Success: true } pragma && pragma.Groups["reason"].Value.Trim().Length == 0
                    || (lines[i].Contains("SuppressMessage(", StringComparison.Ordinal) && lines[i].Contains("AEOS", StringComparison.Ordinal) && !lines[i].Contains("Justification", StringComparison.Ordinal)))
                {
                    unexplained.Add(Relative(file) + "(" + (i + 1) + "): " + lines[i].Trim());
                }
            }
        }

        Assert.True(unexplained.Count == 0, "suppressions without a reason:\n" + string.Join("\n", unexplained));
    }

    private static IEnumerable<string> Files(string pattern) =>
        Folders.SelectMany(folder => Directory.GetFiles(RepositoryPaths.Combine(folder), pattern, SearchOption.AllDirectories)).Where(p => !IsBuildOutput(p));

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "artifacts" or "BenchmarkDotNet.Artifacts")
        || path.Contains(Path.Combine("tests", "differential-corpus"), StringComparison.Ordinal);

    private static string Relative(string path) => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/');

    [GeneratedRegex(@"<NoWarn>[^<]*AEOS", RegexOptions.IgnoreCase)]
    private static partial Regex NoWarnOfAeos();

    [GeneratedRegex(@"^\s*dotnet_diagnostic\.AEOS\d+\.severity\s*=\s*none", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex SeverityOff();

    [GeneratedRegex(@"#pragma\s+warning\s+disable\s+AEOS\d+[\s,A-Z0-9]*(?<reason>//.*)?$")]
    private static partial Regex Pragma();
}
