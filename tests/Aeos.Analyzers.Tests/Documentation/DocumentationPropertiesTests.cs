using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Aeos.Analyzers.Documentation;
using Aeos.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Aeos.Analyzers.Tests.Documentation;

/// <summary>The machine-readable facts AEOS1005 and AEOS1006 carry into the SARIF log.</summary>
public sealed class DocumentationPropertiesTests
{
    private const string Source = """
        namespace Shop
        {
            /// <summary>A cart.</summary>
            public class Cart
            {
                public int Total(int[] prices) => prices.Length;

                /// <remarks>No summary.</remarks>
                public string Name => "cart";

                /// <summary>Documented.</summary>
                public void Clear() { }
            }
        }
        """;

    [Fact]
    public async Task CoverageIsReportedWithoutLocationWithValueLimitAndCounts()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new DocumentationCoverageAnalyzer(), Source);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Contains(WellKnownDiagnosticTags.CompilationEnd, diagnostic.Descriptor.CustomTags);
        Assert.Equal("50", diagnostic.Properties["value"]);
        Assert.Equal("80", diagnostic.Properties["limit"]);
        Assert.Equal(("2", "4", "2"), (diagnostic.Properties["documented"], diagnostic.Properties["total"], diagnostic.Properties["missing"]));
        Assert.Equal(
            "Documentation coverage of the public API is 50% (2 of 4 members documented, 2 missing); the minimum is 80%",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    /// <summary>1999 of 2000 members is 99.95 %: rounded to one decimal it would read "100".</summary>
    [Fact]
    public async Task ThePercentageIsRoundedDownSoItNeverReadsAsTheLimit()
    {
        var source = "/// <summary>Documented.</summary>\npublic class A\n{\n"
            + string.Concat(Enumerable.Range(0, 1998).Select(i => "    /// <summary>Documented.</summary>\n    public int P" + i + " { get; }\n"))
            + "    public int Undocumented { get; }\n}\n";
        var options = new Dictionary<string, string> { ["aeos.min_documentation_coverage"] = "100" };

        var diagnostic = Assert.Single(await AnalyzerRunner.RunAsync(new DocumentationCoverageAnalyzer(), source, options));

        Assert.Equal("99.9", diagnostic.Properties["value"]);
        Assert.Equal("100", diagnostic.Properties["limit"]);
    }

    [Fact]
    public async Task UndocumentedMembersCarryTheirReasonAndDocumentationId()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new UndocumentedMemberAnalyzer(), Source);

        var bySymbol = diagnostics.ToDictionary(d => d.Properties["symbol"]!, d => d.Properties["reason"]);
        Assert.Equal(2, bySymbol.Count);
        Assert.Equal("missing", bySymbol["M:Shop.Cart.Total(System.Int32[])"]);
        Assert.Equal("no_summary", bySymbol["P:Shop.Cart.Name"]);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Equal("'Cart.Total(int[])' has no XML documentation comment", diagnostics.Single(d => d.Properties["reason"] == "missing").GetMessage(CultureInfo.InvariantCulture));
    }
}
