using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Aeos.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Aeos.Analyzers.Tests.Metrics;

/// <summary>The machine-readable facts AEOS1002 carries into the SARIF log for the baseline and the reports.</summary>
public sealed class CognitiveComplexityPropertiesTests
{
    private const string Source = """
        using System;

        namespace Shop
        {
            public class Cart
            {
                private static readonly Func<int, bool> IsEven = n => n % 2 == 0 ? true : false;

                public int Total(int[] prices)
                {
                    var sum = 0;
                    foreach (var p in prices) { if (p > 0) { sum += p; } }
                    return Round(sum);

                    static int Round(int value) => value > 100 ? value - (value % 5) : value;
                }

                public string Name
                {
                    get { return Total(new[] { 1 }) > 0 ? "cart" : "empty"; }
                }
            }
        }
        """;

    private static readonly string[] ExpectedSymbols = { "F:Shop.Cart.IsEven", "M:Shop.Cart.Total(System.Int32[])", "M:Shop.Cart.get_Name" };

    private static readonly Dictionary<string, string> LimitZero = new() { ["aeos.max_cognitive_complexity"] = "0" };

    [Fact]
    public async Task PropertiesCarryValueLimitAndDocumentationId()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new CognitiveComplexityOnly(), Source, LimitZero);

        var bySymbol = diagnostics.ToDictionary(d => d.Properties["symbol"]!, d => (Value: d.Properties["value"], Limit: d.Properties["limit"]));
        Assert.Equal(ExpectedSymbols, bySymbol.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Equal(("5", "0"), bySymbol["M:Shop.Cart.Total(System.Int32[])"]);
        Assert.Equal(("2", "0"), bySymbol["F:Shop.Cart.IsEven"]);
        Assert.Equal(("1", "0"), bySymbol["M:Shop.Cart.get_Name"]);
    }

    [Fact]
    public async Task MessageNamesFunctionValueAndLimit()
    {
        var options = new Dictionary<string, string> { ["aeos.max_cognitive_complexity"] = "4" };

        var diagnostics = await AnalyzerRunner.RunAsync(new CognitiveComplexityOnly(), Source, options);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("'Cart.Total(int[])' has a cognitive complexity of 5; the limit is 4", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("Total", (await diagnostic.Location.SourceTree!.GetTextAsync()).ToString(diagnostic.Location.SourceSpan));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("https://github.com/aeos-analyzers/Aeos.Analyzers/blob/main/docs/rules/AEOS1002.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task TopLevelStatementsAreIdentifiedByTheirEntryPoint()
    {
        const string program = "var x = args.Length;\nif (x > 0) { System.Console.WriteLine(x); }\n";

        var diagnostics = await AnalyzerRunner.RunAsync(new CognitiveComplexityOnly(), program, LimitZero, OutputKind.ConsoleApplication);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("M:Program.{Main}$(System.String[])", diagnostic.Properties["symbol"]);
        Assert.Equal("1", diagnostic.Properties["value"]);
    }
}
