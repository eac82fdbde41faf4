using System.Threading.Tasks;
using Xunit;
using static Aeos.Analyzers.Tests.Reliability.TransitionalShimAnalyzerTests;

namespace Aeos.Analyzers.Tests.Reliability;

/// <summary>AEOS4007/AEOS4008 (TransitionalShimAnalyzer) on the project's own [Obsolete] attributes, as of 2026-12-07.</summary>
public sealed class TransitionalShimObsoleteTests
{
    [Fact]
    public async Task ObsoleteWithoutPlanIsReportedAtTheAttributeNamingTheMember()
    {
        const string source = """
            using System;

            [{|#0:Obsolete|}]
            public class Legacy
            {
                [{|#1:Obsolete("Use Size instead")|}]
                public int Length { get; set; }

                [{|#2:System.Obsolete("Use Clear; remove-by: 2026-12-31", true)|}]
                public void Reset() { }

                [{|#3:ObsoleteAttribute(message: "remove-by: 2026-12-31 later")|}]
                public int Count, Total;
            }
            """;

        await RunAsync(
            source,
            Untracked(0, "The [Obsolete] attribute of 'Legacy'", "has no removal date and ticket"),
            Untracked(1, "The [Obsolete] attribute of 'Legacy.Length'", "has no removal date and ticket"),
            Untracked(2, "The [Obsolete] attribute of 'Legacy.Reset()'", "has no ticket after its removal date"),
            Untracked(3, "The [Obsolete] attribute of 'Legacy.Count'", "has no ticket after its removal date ('later' is not one)"));
    }

    [Fact]
    public async Task ObsoleteDatesOutsideTheWindowAreReported()
    {
        const string source = """
            using System;

            public class Legacy
            {
                [{|#0:Obsolete("Use Clear instead; remove-by: 2026-12-01 #40")|}]
                public void Reset() { }

                [{|#1:Obsolete("Use Size; remove-by: 2027-03-01 #41")|}]
                public int Length => 0;

                public int Size { [{|#2:Obsolete("remove-by: 2026-12-06 #42")|}] get; set; }
            }
            """;

        await RunAsync(
            source,
            Late(0, "The [Obsolete] attribute of 'Legacy.Reset()'", "2026-12-01", "6 days ago: the shim has expired"),
            Late(1, "The [Obsolete] attribute of 'Legacy.Length'", "2027-03-01", "84 days from now, more than the 30 allowed"),
            Late(2, "The [Obsolete] attribute of 'Legacy.Size.get'", "2026-12-06", "1 day ago: the shim has expired"));
    }

    [Fact]
    public async Task ObsoleteWithAPlanInTheWindowIsNotReported()
    {
        const string source = """
            using System;

            public class Legacy
            {
                private const string Plan = "remove-by: 2027-01-06 #7";

                [Obsolete("Use Clear instead; remove-by: 2026-12-31 #40")]
                public void Reset() { }

                [Obsolete("Use Size; " + Plan)]
                public int Length => 0;

                [global::System.ObsoleteAttribute("remove-by: 2026-12-07 https://tracker.example/issues/9")]
                public event EventHandler? Changed;

                [Serializable]
                private sealed class ObsoleteLookAlike { }

                public string Note => "[Obsolete]";
            }
            """;

        await RunAsync(source);
    }

    [Fact]
    public async Task AnAliasOfObsoleteIsNotFollowed()
    {
        const string source = """
            using Gone = System.ObsoleteAttribute;

            [Gone]
            public class Old { }
            """;

        await RunAsync(source);
    }

    [Fact]
    public async Task AnOtherAttributeNamedObsoleteIsNotTheSystemOne()
    {
        const string source = """
            namespace Legacy
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class ObsoleteAttribute : System.Attribute { }

                [Obsolete]
                public class Old { }
            }
            """;

        await RunAsync(source);
    }

    [Fact]
    public async Task AnOverrideRepeatingItsBasesObsoletionIsNotReportedButItsOwnObsoletionIs()
    {
        // FluentValidation's exceptions repeat SYSLIB0051 of Exception.GetObjectData: the base library schedules that removal.
        const string source = """
            using System;

            public class Base
            {
                public Base() { }

                [Obsolete("Formatter-based serialization is obsolete; remove-by: 2026-12-31 #7")]
                protected Base(string state) { }

                [Obsolete("Formatter-based serialization is obsolete; remove-by: 2026-12-31 #7")]
                public virtual void Save() { }

                public virtual void Load() { }
            }

            public class Derived : Base
            {
                [Obsolete(DiagnosticId = "SYSLIB0051")]
                protected Derived(string state) : base(state) { }

                [{|#1:Obsolete("Use the other one")|}]
                public Derived(int size) : base() { }

                [Obsolete(DiagnosticId = "SYSLIB0051")]
                public override void Save() { }

                [{|#0:Obsolete("Use Read")|}]
                public override void Load() { }
            }
            """;

        await RunAsync(
            source,
            Untracked(0, "The [Obsolete] attribute of 'Derived.Load()'", "has no removal date and ticket"),
            Untracked(1, "The [Obsolete] attribute of 'Derived.Derived(int)'", "has no removal date and ticket"));
    }
}
