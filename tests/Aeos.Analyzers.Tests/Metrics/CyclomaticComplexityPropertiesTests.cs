using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Aeos.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Aeos.Analyzers.Tests.Metrics;

/// <summary>The machine-readable facts AEOS1001 carries into the SARIF log for the baseline and the reports.</summary>
public sealed class CyclomaticComplexityPropertiesTests
{
    private const string Source = """
        namespace Shop
        {
            public record Line(int Quantity);

            public record Discounted(int Quantity, decimal Rate) : Line(Quantity > 0 ? Quantity : 0);

            public class Cart
            {
                public int Total(int[] prices)
                {
                    var sum = 0;
                    foreach (var p in prices) { sum += p; }
                    return Round(sum);

                    static int Round(int value) => value > 100 ? value - (value % 5) : value;
                }

                public string Name => "cart";
            }
        }
        """;

    private static readonly Dictionary<string, string> LimitZero = new() { ["aeos.max_cyclomatic_complexity"] = "0" };

    [Fact]
    public async Task PropertiesCarryValueLimitAndDocumentationId()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new CyclomaticComplexityOnly(), Source, LimitZero);

        var bySymbol = diagnostics.ToDictionary(d => d.Properties["symbol"]!, d => (Value: d.Properties["value"], Limit: d.Properties["limit"]));
        Assert.Equal(4, bySymbol.Count);
        Assert.Equal(("3", "0"), bySymbol["M:Shop.Cart.Total(System.Int32[])"]);
        Assert.Equal(("1", "0"), bySymbol["M:Shop.Cart.get_Name"]);
        Assert.Equal(("1", "0"), bySymbol["M:Shop.Line.#ctor(System.Int32)"]);
        Assert.Equal(("2", "0"), bySymbol["M:Shop.Discounted.#ctor(System.Int32,System.Decimal)"]);
    }

    [Fact]
    public async Task MessageNamesFunctionValueAndLimit()
    {
        var options = new Dictionary<string, string> { ["aeos.max_cyclomatic_complexity"] = "2" };
        var diagnostics = await AnalyzerRunner.RunAsync(new CyclomaticComplexityOnly(), Source, options);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("'Cart.Total(int[])' has a cyclomatic complexity of 3; the limit is 2", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("Total", (await diagnostic.Location.SourceTree!.GetTextAsync()).ToString(diagnostic.Location.SourceSpan));
    }

    [Fact]
    public async Task TopLevelStatementsAreIdentifiedByTheirEntryPoint()
    {
        const string program = "var x = args.Length > 0 ? 1 : 0;\nSystem.Console.WriteLine(x);\n";

        var diagnostics = await AnalyzerRunner.RunAsync(new CyclomaticComplexityOnly(), program, LimitZero, OutputKind.ConsoleApplication);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("M:Program.{Main}$(System.String[])", diagnostic.Properties["symbol"]);
        Assert.Equal("2", diagnostic.Properties["value"]);
    }
}
