using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Aeos.EndToEnd.Tests;

/// <summary>
/// What a new user sees first: `dotnet new classlib` and `dotnet new xunit` in a solution, the packed package added
/// to both through a Directory.Build.props, then `dotnet build`. The test project is quiet (no documentation rules
/// for test projects), and the library's one finding is real: the template's public class has no documentation.
/// </summary>
[Collection(PackedPackageGroup.Name)]
public sealed partial class FreshTemplateTests
{
    private readonly PackageFixture _fixture;

    public FreshTemplateTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void AFreshClassLibraryAndXunitSolutionBuildsWithOnlyTheTemplatesUndocumentedClassReported()
    {
        Assert.True(_fixture.PackResult.ExitCode == 0 && _fixture.Package.Length > 0, _fixture.PackResult.ToString());
        var root = Path.Combine(_fixture.Root, "fresh-templates");
        Directory.CreateDirectory(root);
        var version = PackageVersion().Match(Path.GetFileName(_fixture.Package)).Groups["version"].Value;
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project>\n  <ItemGroup>\n    <PackageReference Include=\"Aeos.Analyzers\" Version=\"" + version + "\" PrivateAssets=\"all\" />\n  </ItemGroup>\n</Project>\n");
        foreach (var step in new[]
        {
            new[] { "new", "classlib", "-o", "Shop" },
            new[] { "new", "xunit", "-o", "Shop.Tests" },
            new[] { "new", "sln", "-n", "Shop", "--format", "sln" },
            new[] { "sln", "Shop.sln", "add", "Shop/Shop.csproj", "Shop.Tests/Shop.Tests.csproj" },
            new[] { "add", "Shop.Tests/Shop.Tests.csproj", "reference", "Shop/Shop.csproj" },
        })
        {
            var result = DotnetCli.Run(root, step);
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        var build = DotnetCli.Run(root, "build", "Shop.sln", "-nodeReuse:false", "-tl:off");

        Assert.True(build.ExitCode == 0, build.ToString());
        var warnings = build.Output.Split('\n').Where(line => line.Contains(": warning ", StringComparison.Ordinal)).Select(line => line.Trim()).Distinct().ToList();
        var warning = Assert.Single(warnings);
        Assert.Contains("warning AEOS1005: Documentation coverage of the public API is 0% (0 of 1 members documented, 1 missing)", warning, StringComparison.Ordinal);
        Assert.Contains("Shop.csproj", warning, StringComparison.Ordinal);
        Assert.Contains("Aeos: 0 violations (0 errors, 0 warnings), 0 baselined", build.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(root, "artifacts", "evidence", "Shop.Tests.sarif")), build.ToString());
        Assert.True(File.Exists(Path.Combine(root, "Shop", "Shop.api.txt")), "the accepted API of the library, to commit, beside its project");
    }

    [GeneratedRegex(@"^Aeos\.Analyzers\.(?<version>.+)\.nupkg$")]
    private static partial Regex PackageVersion();
}
