using System.Threading.Tasks;
using Xunit;

namespace Aeos.Analyzers.Tests.Unused;

/// <summary>
/// UnusedParameterAnalyzer's syntactic shortcut (PlainUses): names that look like the parameter but are not it must
/// still leave it reported, and plain uses must keep it quiet.
/// </summary>
public sealed partial class UnusedParameterAnalyzerTests
{
    [Fact]
    public async Task NamesSpelledLikeTheParameterThatAreNotItLeaveItReported()
    {
        const string source = """
            using System;

            public class Item { public int count; public int Other; }

            public class Shapes
            {
                public int Run() => Member(new Item(), 1) + Shadowed(2) + Initializer(3) + Named(4) + Plain(5) + Nested(6);

                private int Member(Item item, {|#0:int count|}) => item.count;

                private int Shadowed({|#1:long count|})
                {
                    Func<int, int> twice = count => count * 2;
                    return twice(1);
                }

                private int Initializer({|#2:short count|}) => new Item { count = 1 }.Other;

                private int Named({|#3:byte count|}) => Take(count: 1);

                private int Plain(int count) => count + 1;

                private int Nested(int count)
                {
                    int Local() => count;
                    return Local();
                }

                private static int Take(int count) => count;
            }
            """;

        await VerifyAsync(
            source,
            Expected(0, "count", "Shapes.Member(Item, int)"),
            Expected(1, "count", "Shapes.Shadowed(long)"),
            Expected(2, "count", "Shapes.Initializer(short)"),
            Expected(3, "count", "Shapes.Named(byte)"));
    }
}
