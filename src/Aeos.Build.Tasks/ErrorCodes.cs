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

    /// <summary>A test run without a Cobertura report: the coverage gate was skipped.</summary>
    public const string CoverageSkipped = "AEOS9103";

    /// <summary>A package whose licence the licence policy denies: names the package, its version and the licence.</summary>
    public const string LicenseDenied = "AEOS9201";

    /// <summary>A package whose licence is not on the policy's allowed list (copyleft, or not known to be permissive).</summary>
    public const string LicenseFlagged = "AEOS9202";

    /// <summary>A package without an SPDX licence expression (no nuspec, a licence file or only a URL).</summary>
    public const string LicenseUnknown = "AEOS9203";

    /// <summary>A public API signature removed or changed without a higher major version.</summary>
    public const string BreakingApiChange = "AEOS9301";

    /// <summary>More unsuppressed warnings than the ceiling recorded in the ratchet file.</summary>
    public const string WarningsAboveCeiling = "AEOS9401";

    /// <summary>AeosBaselineAll: a warning not in the baseline that the project treats as an error (at the warning's position).</summary>
    public const string WarningNotInBaseline = "AEOS9501";

    /// <summary>AeosBaselineAll with TreatWarningsAsErrors given on the command line: the compiler fails on baselined warnings too.</summary>
    public const string GlobalWarningsAsErrors = "AEOS9502";

    /// <summary>A package reference that does not restore to one version: floating, without a version, or a range without an inclusive lower bound.</summary>
    public const string PackageNotPinned = "AEOS9601";

    /// <summary>A package reference with a bounded version range (<c>[1.0, 2.0)</c>): resolved to its lower bound, yet no pin.</summary>
    public const string PackageVersionRange = "AEOS9602";

    /// <summary>A project that asks for a lock file (<c>RestorePackagesWithLockFile</c>) without one.</summary>
    public const string LockFileMissing = "AEOS9603";

    /// <summary>A built assembly or package bigger than the size ceiling recorded in the ratchet file.</summary>
    public const string ArtifactAboveCeiling = "AEOS9701";

    /// <summary>A benchmark whose median exceeds the recorded one by more than the report's confidence-interval margin.</summary>
    public const string BenchmarkRegression = "AEOS9702";

    /// <summary>A test whose quarantine (<c>[Trait("Quarantine", "yyyy-MM-dd #ticket")]</c>) is more than 48 hours old.</summary>
    public const string QuarantineExpired = "AEOS9801";

    /// <summary>A <c>Quarantine</c> trait whose value is not <c>yyyy-MM-dd #ticket</c>, or is dated after today.</summary>
    public const string QuarantineMalformed = "AEOS9802";
}
