using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Reliability.WallClockReadAnalyzer,
    Aeos.Analyzers.CodeFixes.Reliability.WallClockFixer>;

namespace Aeos.Analyzers.Tests.Reliability;

/// <summary>The WallClockFixer: each clock read becomes the provider's equivalent, and Fix All does every read of the document.</summary>
public sealed class WallClockFixerTests
{
    [Fact]
    public async Task EveryReadBecomesItsProviderEquivalentAndFixAllFixesTheDocument()
    {
        const string source = """
            using System;

            public class Invoice
            {
                private readonly TimeProvider _clock;

                public Invoice(TimeProvider clock) => _clock = clock;

                public DateTime Utc() => {|#0:DateTime.UtcNow|};

                public DateTime Local() => {|#1:DateTime.Now|};

                public DateTime Today() => {|#2:DateTime.Today|};

                public DateTimeOffset UtcOffset() => {|#3:DateTimeOffset.UtcNow|};

                public DateTimeOffset LocalOffset() => {|#4:System.DateTimeOffset.Now|};
            }
            """;
        const string fixedSource = """
            using System;

            public class Invoice
            {
                private readonly TimeProvider _clock;

                public Invoice(TimeProvider clock) => _clock = clock;

                public DateTime Utc() => _clock.GetUtcNow().UtcDateTime;

                public DateTime Local() => _clock.GetUtcNow().LocalDateTime;

                public DateTime Today() => _clock.GetUtcNow().LocalDateTime.Date;

                public DateTimeOffset UtcOffset() => _clock.GetUtcNow();

                public DateTimeOffset LocalOffset() => _clock.GetLocalNow();
            }
            """;

        await Verify.VerifyCodeFixAsync(
            source,
            fixedSource,
            Expected(0, "DateTime.UtcNow"),
            Expected(1, "DateTime.Now"),
            Expected(2, "DateTime.Today"),
            Expected(3, "DateTimeOffset.UtcNow"),
            Expected(4, "DateTimeOffset.Now"));
    }

    [Fact]
    public async Task AParameterOfTheMethodOrLambdaIsPreferredToAField()
    {
        const string source = """
            using System;

            public class Job
            {
                protected TimeProvider Clock { get; } = TimeProvider.System;

                public bool Due(DateTime at, TimeProvider time) => {|#0:DateTime.UtcNow|} > at;

                public Func<TimeProvider, long> Ticks => provider => {|#1:DateTimeOffset.UtcNow|}.Ticks;

                public long Now() => {|#2:DateTimeOffset.UtcNow|}.Ticks;
            }
            """;
        const string fixedSource = """
            using System;

            public class Job
            {
                protected TimeProvider Clock { get; } = TimeProvider.System;

                public bool Due(DateTime at, TimeProvider time) => time.GetUtcNow().UtcDateTime > at;

                public Func<TimeProvider, long> Ticks => provider => provider.GetUtcNow().Ticks;

                public long Now() => Clock.GetUtcNow().Ticks;
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource, Expected(0, "DateTime.UtcNow"), Expected(1, "DateTimeOffset.UtcNow"), Expected(2, "DateTimeOffset.UtcNow"));
    }

    private const string Unfixable = """
        using System;

        public class Cache
        {
            private readonly TimeProvider _clock = TimeProvider.System;

            private readonly DateTime _created = {|#0:DateTime.UtcNow|};

            public static DateTime Static() => {|#1:DateTime.UtcNow|};

            public DateTime Shadowed()
            {
                var _clock = 1;
                return {|#2:DateTime.UtcNow|}.AddSeconds(_clock);
            }

            public bool Old(DateTime d) => _clock is not null && d < {|#3:DateTime.Now|};
        }

        public class Plain
        {
            public DateTime At() => {|#4:DateTime.UtcNow|};
        }
        """;

    [Fact]
    public async Task NoFixWithoutAProviderThatBindsAtTheRead()
    {
        var fixedSource = Unfixable.Replace("d < {|#3:DateTime.Now|}", "d < _clock.GetUtcNow().LocalDateTime", System.StringComparison.Ordinal);
        var test = new Verify.Test { TestCode = Unfixable, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(new[]
        {
            Expected(0, "DateTime.UtcNow"), Expected(1, "DateTime.UtcNow"), Expected(2, "DateTime.UtcNow"),
            Expected(3, "DateTime.Now"), Expected(4, "DateTime.UtcNow"),
        });
        test.FixedState.ExpectedDiagnostics.AddRange(new[]
        {
            Expected(0, "DateTime.UtcNow"), Expected(1, "DateTime.UtcNow"), Expected(2, "DateTime.UtcNow"), Expected(4, "DateTime.UtcNow"),
        });

        await test.RunAsync(System.Threading.CancellationToken.None);
    }

    [Fact]
    public void TheReplacementsKeepTheValueAndTheKind()
    {
        var instant = new System.DateTimeOffset(2026, 3, 29, 1, 30, 0, System.TimeSpan.Zero);
        var clock = new FixedClock(instant);

        Assert.Equal(System.DateTimeKind.Utc, clock.GetUtcNow().UtcDateTime.Kind);
        Assert.Equal(instant.UtcDateTime, clock.GetUtcNow().UtcDateTime);
        Assert.Equal(System.DateTimeKind.Local, clock.GetUtcNow().LocalDateTime.Kind);
        Assert.Equal(instant.UtcDateTime.ToLocalTime(), clock.GetUtcNow().LocalDateTime);
        Assert.Equal(instant.UtcDateTime.ToLocalTime().Date, clock.GetUtcNow().LocalDateTime.Date);
        Assert.Equal(System.TimeZoneInfo.Local.GetUtcOffset(instant), clock.GetLocalNow().Offset);
        Assert.Equal(instant.ToLocalTime(), clock.GetLocalNow());

        // Why DateTime.Now does not become GetLocalNow().DateTime: that DateTime has no kind.
        Assert.Equal(System.DateTimeKind.Unspecified, clock.GetLocalNow().DateTime.Kind);
    }

    private static DiagnosticResult Expected(int location, string read) =>
        Verify.Diagnostic(DiagnosticDescriptors.WallClockRead).WithLocation(location).WithArguments(read);

    /// <summary>A clock stopped at one instant, in the machine's time zone.</summary>
    private sealed class FixedClock : System.TimeProvider
    {
        private readonly System.DateTimeOffset _instant;

        public FixedClock(System.DateTimeOffset instant) => _instant = instant;

        public override System.DateTimeOffset GetUtcNow() => _instant;
    }
}
