using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;
using Aeos.Tests.Shared;

namespace Aeos.Build.Tasks.Tests;

/// <summary>Every code the build steps report is documented, and nothing documented is unknown to them.</summary>
public sealed class GateDocumentationTests
{
    [Fact]
    public void DocsGatesListsExactlyTheCodesOfErrorCodes()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).Order().ToList();
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "gates.md"));

        var documented = page.Split('\n').Where(l => l.StartsWith("| AEOS", System.StringComparison.Ordinal)).Select(l => l.Split('|')[1].Trim()).Order().ToList();

        Assert.Equal(codes, documented);
    }
}
