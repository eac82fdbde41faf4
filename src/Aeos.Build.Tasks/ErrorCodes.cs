namespace Aeos.Build.Tasks;

/// <summary>The gate diagnostics of RULES.md (9xxx) that the tasks report.</summary>
internal static class ErrorCodes
{
    /// <summary>An Aeos input file that cannot be read: names the file, the position and the problem.</summary>
    public const string InvalidFile = "AEOS9001";
}
