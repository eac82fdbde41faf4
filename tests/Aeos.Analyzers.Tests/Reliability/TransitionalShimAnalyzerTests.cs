using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Aeos.Analyzers.Reliability;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Reliability.TransitionalShimAnalyzer>;

namespace Aeos.Analyzers.Tests.Reliability;

/// <summary>AEOS4007/AEOS4008 on comments, judged as of 2026-12-07 (the build property of every test but one).</summary>
public sealed class TransitionalShimAnalyzerTests
{
    internal const string Today = "2026-12-07";

    [Fact]
    public async Task ACommentWithoutPlanIsReportedWithWhatIsMissing()
    {
        const string source = """
            public class Cache
            {
                {|#0:// TODO: read the size from the settings|}
                private int _size = 10;

                public int Size => _size; {|#1://fixme the cache never shrinks|}

                {|#2:/* HACK(kim): the old client
                   needs this */|}
                public void Clear() { }
            }
            """;

        await RunAsync(
            source,
            Untracked(0, "The TODO comment", "has no removal date and ticket"),
            Untracked(1, "The FIXME comment", "has no removal date and ticket"),
            Untracked(2, "The HACK comment", "has no removal date and ticket"));
    }

    [Fact]
    public async Task AMissingTicketAnInvalidTicketAndAnInvalidDateAreNamed()
    {
        const string source = """
            public class Cache
            {
                {|#0:// TODO: remove-by: 2026-12-31|}
                {|#1:// TODO: remove-by: 2026-12-31 soon|}
                {|#2:// TODO: remove-by: 2026-02-30 #12|}
                {|#3:// TODO: remove-by: next-week #12|}
                public void Clear() { }
            }
            """;

        await RunAsync(
            source,
            Untracked(0, "The TODO comment", "has no ticket after its removal date"),
            Untracked(1, "The TODO comment", "has no ticket after its removal date ('soon' is not one)"),
            Untracked(2, "The TODO comment", "has an invalid removal date '2026-02-30' (expected yyyy-MM-dd)"),
            Untracked(3, "The TODO comment", "has an invalid removal date 'next-week' (expected yyyy-MM-dd)"));
    }

    [Fact]
    public async Task EveryTicketFormWithADateInTheWindowIsAccepted()
    {
        const string source = """
            public class Cache
            {
                // TODO: remove-by: 2026-12-31 #123
                // todo: drop the fallback (Remove-By: 2026-12-20 AEOS-7).
                // HACK: the old client sends local times, remove-by:2027-01-06 https://tracker.example/issues/7
                /* FIXME: remove-by: 2026-12-07 OPS_TEAM-12 */
                // TODO: migrate the callers first,
                //       then remove this. remove-by: 2026-12-08 #9
                public void Clear() { }
            }
            """;

        await RunAsync(source);
    }

    [Fact]
    public async Task APlanAfterABlankLineOrAnotherMarkerDoesNotContinueTheMarker()
    {
        const string source = """
            public class Cache
            {
                {|#0:// TODO: the plan is in the next paragraph|}

                // remove-by: 2026-12-31 #1
                {|#1:// HACK: the next marker has its own plan|}
                // FIXME: remove-by: 2026-12-31 #2
                public int Size() => 1; {|#2:// TODO: a trailing marker|}
                // remove-by: 2026-12-31 #3
                public void Clear() { }
            }
            """;

        await RunAsync(
            source,
            Untracked(0, "The TODO comment", "has no removal date and ticket"),
            Untracked(1, "The HACK comment", "has no removal date and ticket"),
            Untracked(2, "The TODO comment", "has no removal date and ticket"));
    }

    [Fact]
    public async Task TheDateBoundariesAreTodayAndThirtyDaysAhead()
    {
        const string source = """
            public class Cache
            {
                // TODO: due today. remove-by: 2026-12-07 #1
                // TODO: the last day. remove-by: 2027-01-06 #2
                {|#0:// TODO: one day too far. remove-by: 2027-01-07 #3|}
                {|#1:// TODO: expired. remove-by: 2026-12-06 #4|}
                {|#2:// TODO: long expired. remove-by: 2025-12-07 #5|}
                public void Clear() { }
            }
            """;

        await RunAsync(
            source,
            Late(0, "The TODO comment", "2027-01-07", "31 days from now, more than the 30 allowed"),
            Late(1, "The TODO comment", "2026-12-06", "1 day ago: the shim has expired"),
            Late(2, "The TODO comment", "2025-12-07", "365 days ago: the shim has expired"));
    }

    [Fact]
    public async Task AnExpiredDateWithoutTicketIsReportedByBothRules()
    {
        const string source = """
            public class Cache
            {
                {|#0:// FIXME: remove-by: 2026-11-30|}
                public void Clear() { }
            }
            """;

        await RunAsync(
            source,
            Untracked(0, "The FIXME comment", "has no ticket after its removal date"),
            Late(0, "The FIXME comment", "2026-11-30", "7 days ago: the shim has expired"));
    }

    [Fact]
    public async Task LookAlikesAreNotShims()
    {
        const string source = """
            /// <summary>Keeps the TODO list. TODO: this is documentation text.</summary>
            public class TodoList
            {
                private const string Todo = "TODO: not a comment";
                private readonly string _url = "https://example.com/todo"; // see https://example.com/TODO
                // TODOS are kept in the list below, see the TODO list
                // todo_list and MyTodo are names; HACKS are not markers
                /* The word TODO inside a sentence is prose. */
                public string Todo_Item() => Todo + _url;
            #if NEVER_DEFINED
                // TODO: code that is not compiled here
            #endif
            }
            """;

        await RunAsync(source);
    }

    [Fact]
    public async Task GeneratedCodeIsNotAnalysed()
    {
        var test = CreateTest(string.Empty);
        test.TestState.Sources.Add(("/src/Model.g.cs", "// TODO: generated\npublic class Generated { }\n"));
        test.TestState.Sources.Add(("/src/Marked.cs", "// <auto-generated/>\n// TODO: generated\npublic class Marked { }\n"));

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task WithoutTheBuildPropertyTodayIsTheCurrentUtcDate()
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime.Date;
        var inWindow = now.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yesterday = now.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var test = new Verify.Test { TestCode = "// TODO: remove-by: " + inWindow + " #1\n{|#0:// TODO: remove-by: " + yesterday + " #2|}\npublic class C { }\n" };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.ShimRemovalDate).WithLocation(0)
            .WithArguments("The TODO comment", yesterday, "1 day ago: the shim has expired", now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AnInvalidBuildDateIsReportedAndTheCurrentDateIsUsed()
    {
        var test = CreateTest("// TODO: remove-by: " + TimeProvider.System.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " #1\npublic class C { }\n", "07/12/2026");
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.InvalidOption)
            .WithArguments("07/12/2026", BuildDate.PropertyKey, "not a yyyy-MM-dd date", "(the current UTC date)"));

        await test.RunAsync(CancellationToken.None);
    }

    internal static Verify.Test CreateTest(string source, string today = Today)
    {
        var test = new Verify.Test { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + BuildDate.PropertyKey + " = " + today + "\n"));
        return test;
    }

    internal static Task RunAsync(string source, params DiagnosticResult[] expected)
    {
        var test = CreateTest(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    internal static DiagnosticResult Untracked(int location, string subject, string problem) =>
        Verify.Diagnostic(DiagnosticDescriptors.UntrackedShim).WithLocation(location).WithArguments(subject, problem);

    internal static DiagnosticResult Late(int location, string subject, string date, string lateness) =>
        Verify.Diagnostic(DiagnosticDescriptors.ShimRemovalDate).WithLocation(location).WithArguments(subject, date, lateness, Today);
}
