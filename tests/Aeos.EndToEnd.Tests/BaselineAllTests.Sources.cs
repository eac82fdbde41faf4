namespace Aeos.EndToEnd.Tests;

/// <summary>
/// The code the tests add to the legacy sample: legacy debt, and one new warning per file. The files that a
/// test adds and deletes again declare internal types, so that the public API contract (AEOS9301) does not change.
/// </summary>
public sealed partial class BaselineAllTests
{
    /// <summary>Legacy debt of the compiler (CS0168) and of the .NET analyzers (CA1822) at the minimum level.</summary>
    private const string Shelf = """
        namespace Legacy.Inventory;

        /// <summary>A shelf.</summary>
        public sealed class Shelf
        {
            /// <summary>The count.</summary>
            /// <param name="units">The units.</param>
            /// <returns>The count.</returns>
            public int Count(int units)
            {
                int spare;
                return units;
            }
        }

        """;

    /// <summary>Clean at the minimum analysis level; CA1304 and CA1311 at the recommended one.</summary>
    private const string Labels = """
        namespace Legacy.Inventory;

        /// <summary>Labels.</summary>
        public static class Labels
        {
            /// <summary>The label of a position.</summary>
            /// <param name="name">The name.</param>
            /// <returns>The label.</returns>
            public static string Of(string name) => name.ToLower();
        }

        """;

    /// <summary>A new compiler warning: CS0162 at (11,9).</summary>
    private const string Unreachable = """
        namespace Legacy.Billing;

        /// <summary>Discounts.</summary>
        internal static class Discounts
        {
            /// <summary>The rate.</summary>
            /// <returns>The rate.</returns>
            public static int Rate()
            {
                return 1;
                return 2;
            }
        }

        """;

    /// <summary>A new .NET analyzer warning: CA1822 at (9,20).</summary>
    private const string InstanceRounding = """
        namespace Legacy.Billing;

        /// <summary>Rounding.</summary>
        internal sealed class Rounding
        {
            /// <summary>Rounds to cents.</summary>
            /// <param name="amount">The amount.</param>
            /// <returns>The rounded amount.</returns>
            public decimal Round(decimal amount) => decimal.Round(amount, 2);
        }

        """;

    /// <summary>A new Aeos warning: AEOS4005 (empty catch) at (13,9).</summary>
    private const string SwallowingRefunds = """
        namespace Legacy.Billing;

        /// <summary>Refunds.</summary>
        internal static class Refunds
        {
            /// <summary>Refunds.</summary>
            public static void Run()
            {
                try
                {
                    Console.WriteLine();
                }
                catch (IOException)
                {
                }
            }
        }

        """;
}
