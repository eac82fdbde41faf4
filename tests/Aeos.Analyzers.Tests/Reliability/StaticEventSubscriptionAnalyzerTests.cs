using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Reliability.StaticEventSubscriptionAnalyzer>;

namespace Aeos.Analyzers.Tests.Reliability;

/// <summary>AEOS4013: a handler holding <c>this</c> on a static event the type never leaves, and the subscriptions it cannot be sure of.</summary>
public sealed class StaticEventSubscriptionAnalyzerTests
{
    private const string Publishers = """
        using System;

        public static class Settings
        {
            public static event EventHandler? Changed;
            public static event EventHandler? Saved;
            public static event EventHandler Weak { add { } remove { } }
            public static void Raise() { Changed?.Invoke(null, EventArgs.Empty); Saved?.Invoke(null, EventArgs.Empty); }
        }

        namespace Microsoft.Win32
        {
            public static class SystemEvents
            {
                public static event EventHandler DisplaySettingsChanged { add { } remove { } }
            }
        }

        """;

    [Fact]
    public async Task AMethodGroupOrALambdaUsingThisOnAStaticEventIsReported()
    {
        const string source = Publishers + """
            public class Panel
            {
                private int _count;

                public Panel()
                {
                    {|#0:Settings.Changed += OnChanged|};
                    {|#1:Settings.Saved += (s, e) => _count++|};
                    {|#2:Microsoft.Win32.SystemEvents.DisplaySettingsChanged += OnChanged|};
                }

                public int Count => _count;

                private void OnChanged(object? sender, EventArgs e) => _count++;
            }
            """;

        await Verify.VerifyAnalyzerAsync(
            source,
            Expected(0, "Settings.Changed", "Panel"),
            Expected(1, "Settings.Saved", "Panel"),
            Expected(2, "SystemEvents.DisplaySettingsChanged", "Panel"));
    }

    [Fact]
    public async Task SubscriptionsTheRuleCannotBeSureOfAreNotReported()
    {
        const string source = Publishers + """
            public sealed class Unsubscribes : IDisposable
            {
                public Unsubscribes() => Settings.Changed += OnChanged;
                public void Dispose() => Settings.Changed -= OnChanged;
                private void OnChanged(object? sender, EventArgs e) { }
            }

            public class Bus
            {
                public event EventHandler? Published;
                public void Raise() => Published?.Invoke(this, EventArgs.Empty);
            }

            public class NoThis
            {
                private int _count;

                static NoThis() => Settings.Changed += OnStatic;

                public NoThis(Bus bus)
                {
                    Settings.Changed += (s, e) => Console.WriteLine(e);
                    Settings.Saved += OnStatic;
                    Settings.Weak += OnInstance;
                    bus.Published += OnInstance;
                }

                public static void Attach() => Settings.Changed += OnStatic;

                public int Count => _count;

                private static void OnStatic(object? sender, EventArgs e) { }

                private void OnInstance(object? sender, EventArgs e) => _count++;
            }

            public static class Startup
            {
                public static void Run() => Settings.Changed += (s, e) => Console.WriteLine(s);
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task AStructsHandlerHoldsABoxedCopyAndIsNotReported()
    {
        const string source = Publishers + """
            public struct Counter
            {
                private int _count;
                public Counter(int start) { _count = start; Settings.Changed += OnChanged; }
                public int Count => _count;
                private void OnChanged(object? sender, EventArgs e) => _count++;
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task AnUnsubscriptionInAnotherPartOfThePartialTypeCounts()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(Publishers + """
            public partial class View
            {
                public View() => Settings.Changed += OnChanged;
                private void OnChanged(object? sender, EventArgs e) { }
            }
            """);
        test.TestState.Sources.Add("""
            public partial class View
            {
                public void Close() => Settings.Changed -= OnChanged;
            }
            """);

        await test.RunAsync(System.Threading.CancellationToken.None);
    }

    private static DiagnosticResult Expected(int location, string @event, string type) =>
        Verify.Diagnostic(DiagnosticDescriptors.StaticEventSubscriptionLeak).WithLocation(location).WithArguments(@event, type);
}
