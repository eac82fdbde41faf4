namespace Aeos.Build.Tasks;

/// <summary>The gate diagnostics of RULES.md (9xxx) that the tasks report.</summary>
internal static class ErrorCodes
{
    /// <summary>An Aeos input file that cannot be read: names the file, the position and the problem.</summary>
    public const string InvalidFile = "AEOS9001";

    /// <summary>Line or branch coverage below the ratcheted floor.</summary>
    public const string CoverageBelowFloor = "AEOS9101";

    /// <summary>A ratchet loop that did not reach its coverage target (floor + 2 points) while under 90 %.</summary>
    public const string CoverageTargetMissed = "AEOS9102";

    /// <summary>A public API signature removed or changed without a higher major version.</summary>
    public const string BreakingApiChange = "AEOS9301";

    /// <summary>More unsuppressed warnings than the ceiling recorded in the ratchet file.</summary>
    public const string WarningsAboveCeiling = "AEOS9401";
}
