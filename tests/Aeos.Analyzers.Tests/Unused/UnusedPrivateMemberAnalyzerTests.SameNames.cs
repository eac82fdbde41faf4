using System.Threading.Tasks;
using VerifyAnalyzer = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Unused.UnusedPrivateMemberAnalyzer>;
using Xunit;

namespace Aeos.Analyzers.Tests.Unused;

/// <summary>
/// UnusedPrivateMemberAnalyzer binds a name only while a candidate of that name is still unused and visible there:
/// a private member used in one type must not make its namesake in another type, or an unused overload, count as used.
/// </summary>
public sealed partial class UnusedPrivateMemberAnalyzerTests
{
    [Fact]
    public async Task ANamesakeUsedElsewhereOrAnOverloadUsedLeavesTheUnusedOneReported()
    {
        const string source = """
            public class First
            {
                private int _value;

                public int Read() => _value + Helper(1) + Helper(2);

                private static int Helper(int x) => x;

                private static int {|#0:Helper|}(string x) => x.Length;
            }

            public class Second
            {
                private int {|#1:_value|};

                public int Read() => new First().Read();
            }
            """;

        var test = new VerifyAnalyzer.Test { TestCode = source };
        test.ExpectedDiagnostics.Add(Reported(0, "Method", "First.Helper(string)"));
        test.ExpectedDiagnostics.Add(Reported(1, "Field", "Second._value"));

        await test.RunAsync();
    }
}
