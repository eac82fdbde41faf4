using System.Threading.Tasks;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Reliability.StringConcatenationInLoopAnalyzer>;

namespace Aeos.Analyzers.Tests.Reliability;

/// <summary>
/// AEOS4004 on real code's look-alike (Humanizer's number-to-words converters): a loop over a small table written
/// out in the code appends a bounded number of times; a loop over a longer or open-ended collection stays reported.
/// </summary>
public sealed class StringConcatenationOverTablesTests
{
    [Fact]
    public async Task LoopsOverSmallWrittenOutTablesAreNotReportedAndLongerOrOpenOnesAre()
    {
        const string code = """
            using System.Collections.Generic;

            public class Words
            {
                private static readonly int[] Magnitudes = { 1000000, 1000, 100, 1 };
                private static readonly int[] Digits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
                private static int[] mutable = { 1, 2 };

                public string Convert(int number, List<int> parts)
                {
                    var word = "";
                    foreach (var m in Magnitudes)
                    {
                        word += (number / m).ToString();
                    }

                    foreach (var s in new[] { "a", "b", "c" })
                    {
                        word += s;
                    }

                    foreach (var d in Digits)
                    {
                        {|#0:word += d.ToString()|};
                    }

                    foreach (var n in mutable)
                    {
                        {|#1:word += n.ToString()|};
                    }

                    foreach (var p in parts)
                    {
                        foreach (var m in Magnitudes)
                        {
                            {|#2:word += (p / m).ToString()|};
                        }
                    }

                    return word;
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(code, Expected(0), Expected(1), Expected(2));
    }

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(int location) =>
        Verify.Diagnostic(DiagnosticDescriptors.StringConcatenationInLoop).WithLocation(location).WithArguments("word");
}
