using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers;

/// <summary>The determinism rules of the reliability family (AEOS standard §2 and §7.3: seeded RNGs, virtualized time).</summary>
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor WallClockRead = Create(
        RuleIdentifiers.WallClockRead,
        DiagnosticCategories.Reliability,
        "Wall clock read directly",
        "'{0}' reads the wall clock; take the time from a TimeProvider so that tests can control it",
        "Code that reads DateTime.Now, DateTime.UtcNow, DateTime.Today, DateTimeOffset.Now or DateTimeOffset.UtcNow cannot be tested at a chosen instant: its tests depend on when they run. System.TimeProvider (.NET 8, or the Microsoft.Bcl.TimeProvider package) lets production pass TimeProvider.System and tests pass a fake clock.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnseededRandomInTests = Create(
        RuleIdentifiers.UnseededRandomInTests,
        DiagnosticCategories.Reliability,
        "Random numbers of a test differ in every run",
        "{0} gives different numbers in every run; create the generator with a constant seed so that a failing test repeats",
        "A test that draws from new Random(), Random.Shared or a generator seeded from the clock sees other numbers in every run: a failure it finds may never repeat, and a flaky test hides it. Seed the generator with a constant (new Random(42)) and, for a wider search, vary the constant on purpose.",
        DiagnosticSeverity.Warning);
}
