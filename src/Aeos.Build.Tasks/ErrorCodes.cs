namespace Aeos.Build.Tasks;

/// <summary>The gate diagnostics of RULES.md (9xxx) that the tasks report.</summary>
internal static class ErrorCodes
{
    /// <summary>An Aeos input file that cannot be read: names the file, the position and the problem.</summary>
    public const string InvalidFile = "AEOS9001";

    /// <summary>More unsuppressed warnings than the ceiling recorded in the ratchet file.</summary>
    public const string WarningsAboveCeiling = "AEOS9401";
}
