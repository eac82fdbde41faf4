using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Aeos.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Aeos.Analyzers.Tests.Metrics;

/// <summary>The machine-readable facts AEOS1003 carries into the SARIF log for the baseline and the reports.</summary>
public sealed class FunctionLengthPropertiesTests
{
    private const string Source = """
        namespace Shop
        {
            public class Cart
            {
                public int Total(int[] prices)
                {
                    var sum = 0;
                    foreach (var p in prices) { sum += p; }
                    return Round(sum);

                    static int Round(int value)
                    {
                        return value - (value % 5);
                    }
                }

                public string Name
                {
                    get { return "cart"; }
                }
            }
        }
        """;

    private static readonly string[] ExpectedSymbols =
    {
        "M:Shop.Cart.Total(System.Int32[])",
        "M:Shop.Cart.Total(System.Int32[])/Round",
        "M:Shop.Cart.get_Name",
    };

    private static readonly Dictionary<string, string> LimitZero = new() { ["aeos.max_function_lines"] = "0" };

    [Fact]
    public async Task PropertiesCarryValueLimitAndDocumentationId()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new FunctionLengthOnly(), Source, LimitZero);

        var bySymbol = diagnostics.ToDictionary(d => d.Properties["symbol"]!, d => (Value: d.Properties["value"], Limit: d.Properties["limit"]));
        Assert.Equal(ExpectedSymbols, bySymbol.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Equal(("7", "0"), bySymbol["M:Shop.Cart.Total(System.Int32[])"]);
        Assert.Equal(("1", "0"), bySymbol["M:Shop.Cart.Total(System.Int32[])/Round"]);
        Assert.Equal(("1", "0"), bySymbol["M:Shop.Cart.get_Name"]);
    }

    [Fact]
    public async Task MessageNamesFunctionValueAndLimit()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new FunctionLengthOnly(), Source, new Dictionary<string, string> { ["aeos.max_function_lines"] = "6" });

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("'Cart.Total(int[])' is 7 lines of code long; the limit is 6", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("https://github.com/aeos-analyzers/Aeos.Analyzers/blob/main/docs/rules/AEOS1003.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task TopLevelStatementsAreIdentifiedByTheirEntryPoint()
    {
        const string program = "var x = 1;\nSystem.Console.WriteLine(x);\n";

        var diagnostics = await AnalyzerRunner.RunAsync(new FunctionLengthOnly(), program, LimitZero, OutputKind.ConsoleApplication);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("M:Program.{Main}$(System.String[])", diagnostic.Properties["symbol"]);
        Assert.Equal("2", diagnostic.Properties["value"]);
    }
}
