using Aeos.Build.Tasks.Baseline;
using Xunit;

namespace Aeos.Build.Tasks.Tests.Baseline;

public sealed class SourceMembersTests
{
    private const string Source = """"
        using System;

        namespace Shop.Billing
        {
            /// <summary>Braces in comments { and strings "{" do not count.</summary>
            [Obsolete("use Invoice2 (later)")]
            public sealed class Invoice<T> : IDisposable where T : class
            {
                private int _count = 3;

                public decimal Total(System.Collections.Generic.IReadOnlyList<decimal> lines, int first = 0)
                {
                    var text = "}" + @"{""" + '{';
                    if (lines.Count > 0) { return lines[first]; }
                    return 0m;
                }

                public decimal Total(int only) => only * 2;

                public int Count
                {
                    get { return _count; }
                }

                public void Dispose()
                {
                }

                private sealed class Line
                {
                    public void Print() { Console.WriteLine(); }
                }
            }
        }
        """";

    [Theory]
    [InlineData(9, 21, "Shop.Billing.Invoice._count")]
    [InlineData(11, 24, "Shop.Billing.Invoice.Total(System.Collections.Generic.IReadOnlyList<decimal>, int)")]
    [InlineData(13, 17, "Shop.Billing.Invoice.Total(System.Collections.Generic.IReadOnlyList<decimal>, int)")]
    [InlineData(14, 40, "Shop.Billing.Invoice.Total(System.Collections.Generic.IReadOnlyList<decimal>, int)")]
    [InlineData(18, 44, "Shop.Billing.Invoice.Total(int)")]
    [InlineData(22, 26, "Shop.Billing.Invoice.Count")]
    [InlineData(25, 21, "Shop.Billing.Invoice.Dispose()")]
    [InlineData(7, 25, "Shop.Billing.Invoice")]
    [InlineData(31, 45, "Shop.Billing.Invoice.Line.Print()")]
    public void NamesTheContainingDeclaration(int line, int column, string expected)
    {
        Assert.Equal(expected, new SourceMembers(Source).At(line, column));
    }

    [Fact]
    public void TheNameSurvivesLinesInsertedAboveAndEditsElsewhere()
    {
        var shifted = Source.Replace("using System;", "using System;\nusing System.Linq;\n\n// a comment", System.StringComparison.Ordinal)
            .Replace("return 0m;", "return 0m + 0m;", System.StringComparison.Ordinal);

        Assert.Equal(new SourceMembers(Source).At(13, 17), new SourceMembers(shifted).At(16, 17));
    }

    [Fact]
    public void FileScopedNamespacesRawStringsAndTopLevelStatements()
    {
        const string fileScoped = "namespace Shop;\n\npublic static class Labels\n{\n    public static string Of(string name) => \"\"\"\n        { raw\n        \"\"\" + name;\n}\n";
        Assert.Equal("Shop.Labels.Of(string)", new SourceMembers(fileScoped).At(7, 16));

        const string program = "using System;\n\nif (args.Length > 0)\n{\n    Console.WriteLine(args[0]);\n}\n";
        Assert.Equal(string.Empty, new SourceMembers(program).At(5, 5));
    }

    [Fact]
    public void APositionOutsideTheFileIsAtItsStart()
    {
        Assert.Equal(string.Empty, new SourceMembers(Source).At(999, 1));
    }
}
