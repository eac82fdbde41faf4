using System;

namespace Aeos.Build.Tasks.Ratchet;

/// <summary>
/// The coverage ratchet of GATES.md as arithmetic, for line and branch coverage alike, in percent at one
/// decimal: the floor in force is max(recorded, 80); a loop raises the record to min(measured, floor + 2)
/// while the floor is under 90 and to the measured value after that, and never lowers it. An adopted
/// floor (recorded by the accept step below 80) is in force as recorded and climbs by the same rule, so
/// max(recorded, 80) applies again once it has reached 80.
/// </summary>
internal static class CoverageFloor
{
    public const double Minimum = 80.0;

    public const double Step = 2.0;

    public const double StepUntil = 90.0;

    /// <summary>Rounds a Cobertura rate (0–1) to a percentage at one decimal.</summary>
    public static double Percent(double rate) => Math.Round(rate * 100.0, 1, MidpointRounding.AwayFromZero);

    /// <summary>The floor a test run must reach: the recorded one, and at least 80 unless it was adopted.</summary>
    public static double InForce(double? recorded, bool adopted = false) =>
        adopted && recorded is { } floor ? floor : Math.Max(recorded ?? 0.0, Minimum);

    /// <summary>The record after a loop that measured <paramref name="measured"/>; never below the current record.</summary>
    public static double Next(double? recorded, double measured, bool adopted = false)
    {
        var floor = InForce(recorded, adopted);
        var target = floor < StepUntil ? Math.Min(measured, Math.Round(floor + Step, 1)) : measured;
        return Math.Max(Math.Max(recorded ?? 0.0, target), Math.Min(floor, measured));
    }

    /// <summary>True when a loop under 90 % did not reach floor + 2 (AEOS9102).</summary>
    public static bool MissedTarget(double? recorded, double measured, bool adopted = false)
    {
        var floor = InForce(recorded, adopted);
        return floor < StepUntil && measured < Math.Round(floor + Step, 1);
    }

    /// <summary>True when a recorded floor is below 80, so only an adoption can keep it in force.</summary>
    public static bool BelowMinimum(double? recorded) => recorded is { } floor && floor < Minimum;
}
