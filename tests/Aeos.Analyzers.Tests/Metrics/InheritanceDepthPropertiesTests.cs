using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Aeos.Analyzers.Metrics;
using Aeos.Analyzers.Tests.Verifiers;
using Xunit;

namespace Aeos.Analyzers.Tests.Metrics;

/// <summary>The machine-readable facts AEOS1004 carries into the SARIF log.</summary>
public sealed class InheritanceDepthPropertiesTests
{
    private const string Source = """
        namespace Shop.Orders
        {
            public class Entity { }
            public class Aggregate<TKey> : Entity { }
            public class Order : Aggregate<int> { }
        }
        """;

    [Fact]
    public async Task PropertiesCarryValueLimitAndTypeDocumentationId()
    {
        var options = new Dictionary<string, string> { ["aeos.max_inheritance_depth"] = "1" };
        var diagnostics = await AnalyzerRunner.RunAsync(new InheritanceDepthAnalyzer(), Source, options);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("T:Shop.Orders.Order", diagnostic.Properties["symbol"]);
        Assert.Equal("2", diagnostic.Properties["value"]);
        Assert.Equal("1", diagnostic.Properties["limit"]);
        Assert.Equal("'Order' has 2 base classes above it; the limit is 1", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("Order", (await diagnostic.Location.SourceTree!.GetTextAsync()).ToString(diagnostic.Location.SourceSpan));
    }
}
