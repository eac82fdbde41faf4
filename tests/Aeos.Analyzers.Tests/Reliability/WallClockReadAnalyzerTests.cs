using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Reliability.WallClockReadAnalyzer,
    Aeos.Analyzers.CodeFixes.Reliability.WallClockFixer>;

namespace Aeos.Analyzers.Tests.Reliability;

public sealed class WallClockReadAnalyzerTests
{
    [Fact]
    public async Task EveryClockReadIsReportedWithItsNameAndPosition()
    {
        const string source = """
            using System;
            using static System.DateTime;

            public class Invoice
            {
                private readonly DateTime _created = {|#0:DateTime.UtcNow|};

                public bool IsLate(DateTime due) => {|#1:DateTime.Now|} > due || {|#2:System.DateTime.Today|} > due;

                public DateTimeOffset Stamp() => {|#3:DateTimeOffset.UtcNow|};

                public long Local() => {|#4:DateTimeOffset.Now|}.Ticks + {|#5:UtcNow|}.Ticks;

                public Func<DateTime> Clock => () => {|#6:DateTime.UtcNow|};
            }
            """;

        await Verify.VerifyAnalyzerAsync(
            source,
            Expected(0, "DateTime.UtcNow"),
            Expected(1, "DateTime.Now"),
            Expected(2, "DateTime.Today"),
            Expected(3, "DateTimeOffset.UtcNow"),
            Expected(4, "DateTimeOffset.Now"),
            Expected(5, "DateTime.UtcNow"),
            Expected(6, "DateTime.UtcNow"));
    }

    [Fact]
    public async Task LookAlikesAreNotReported()
    {
        const string source = """
            using System;
            using System.Diagnostics;

            public sealed class FixedClock : TimeProvider
            {
                public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow.AddDays(-1);

                private sealed class Nested
                {
                    public DateTime At() => DateTime.Now;
                }
            }

            public class Report
            {
                public static string Name => nameof(DateTime.UtcNow);

                public DateTime Parse(DateTime d) => d.Date + new DateTime(2020, 1, 1).TimeOfDay;

                public DateTime MaxValue => DateTime.MaxValue;

                public long Elapsed() => Stopwatch.GetTimestamp() + Environment.TickCount64;

                public DateTimeOffset FromProvider(TimeProvider clock) => clock.GetUtcNow();

                public DateTimeOffset Real() => TimeProvider.System.GetLocalNow();
            }

            public class Program
            {
                public static void Main() => Console.WriteLine(DateTime.Now);
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task TopLevelStatementsAreNotReportedUnlessTheOptionSaysSo()
    {
        const string source = """
            System.Console.WriteLine({|#0:System.DateTime.UtcNow|});
            """;
        var test = new Verify.Test { TestCode = source, FixedCode = source };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        await test.RunAsync(CancellationToken.None);

        var reported = new Verify.Test { TestCode = source, FixedCode = source };
        reported.TestState.OutputKind = OutputKind.ConsoleApplication;
        reported.WithEditorConfig("/.editorconfig", "aeos.wall_clock_in_entry_point = true");
        reported.ExpectedDiagnostics.Add(Expected(0, "DateTime.UtcNow"));
        await reported.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task NothingIsReportedWhereTimeProviderDoesNotExist()
    {
        const string source = """
            public class Old
            {
                public System.DateTime At() => System.DateTime.UtcNow;
            }
            """;
        var test = new Verify.Test { TestCode = source, FixedCode = source, ReferenceAssemblies = ReferenceAssemblies.NetStandard.NetStandard20 };

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AnInvalidOptionIsReportedAndTheDefaultIsUsed()
    {
        const string source = """
            public static class Program
            {
                public static void Main() => System.Console.WriteLine(System.DateTime.UtcNow);
            }
            """;
        var test = new Verify.Test { TestCode = source, FixedCode = source };
        test.WithEditorConfig("/.editorconfig", "aeos.wall_clock_in_entry_point = sometimes");
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.InvalidOption).WithNoLocation()
            .WithArguments("sometimes", "aeos.wall_clock_in_entry_point", "expected one of false, true", "false"));

        await test.RunAsync(CancellationToken.None);
    }

    private static DiagnosticResult Expected(int location, string read) =>
        Verify.Diagnostic(DiagnosticDescriptors.WallClockRead).WithLocation(location).WithArguments(read);
}
