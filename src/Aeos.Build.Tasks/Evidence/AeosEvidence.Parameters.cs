using System;
using Microsoft.Build.Framework;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>The task's parameters, as the targets pass them.</summary>
public sealed partial class AeosEvidence
{
    /// <summary>The bundle folder, <c>$(AeosArtifactsPath)</c>.</summary>
    [Required]
    public string ArtifactsPath { get; set; } = string.Empty;

    /// <summary>The evidence name: the project, with the target framework when it multi-targets.</summary>
    [Required]
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>The name the ratchet file keys the project by (<c>$(MSBuildProjectName)</c>).</summary>
    public string RatchetProjectName { get; set; } = string.Empty;

    /// <summary><c>build</c> or <c>test</c>.</summary>
    public string Phase { get; set; } = "build";

    /// <summary>The Aeos summary of the analysis log (<c>obj/…/aeos.summary.json</c>).</summary>
    public string SummaryFile { get; set; } = string.Empty;

    /// <summary>The project's SARIF log in the evidence folder.</summary>
    public string EvidenceSarif { get; set; } = string.Empty;

    /// <summary><c>aeos.baseline.json</c>; the project's entries are counted.</summary>
    public string BaselineFile { get; set; } = string.Empty;

    /// <summary><c>aeos.ratchet.json</c>; the project's ceilings and floors are the gates in force.</summary>
    public string RatchetFile { get; set; } = string.Empty;

    /// <summary>The assembly name, which keys baseline entries without a source file.</summary>
    public string AssemblyName { get; set; } = string.Empty;

    /// <summary>The project's source files, which decide which baseline entries are its own.</summary>
    public ITaskItem[] CompileFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project's output folder, whose files get checksums.</summary>
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary><c>project.assets.json</c>, whose restore log carries NuGet audit's vulnerability warnings.</summary>
    public string ProjectAssetsFile { get; set; } = string.Empty;

    /// <summary>The project's CycloneDX SBOM, for the number of packages.</summary>
    public string SbomFile { get; set; } = string.Empty;

    /// <summary>The licence check's verdicts for the project.</summary>
    public string LicensesFile { get; set; } = string.Empty;

    /// <summary><c>$(Deterministic)</c>: whether the compiler was asked for reproducible output.</summary>
    public bool Deterministic { get; set; }

    /// <summary>Whether restore ran in locked mode against a <c>packages.lock.json</c>.</summary>
    public bool LockfileVerified { get; set; }

    /// <summary>The contracts step's diff of the public API (<c>contracts/&lt;Assembly&gt;.api.diff</c>), whose result says whether it broke.</summary>
    public string ApiDiffFile { get; set; } = string.Empty;

    /// <summary><c>$(NETCoreSdkVersion)</c>.</summary>
    public string SdkVersion { get; set; } = string.Empty;

    /// <summary><c>$(MSBuildVersion)</c>.</summary>
    public string MSBuildVersion { get; set; } = string.Empty;

    /// <summary>The consumer's root (the folder of the solution or repository): source paths are shown relative to it.</summary>
    public string RootDirectory { get; set; } = string.Empty;

    /// <summary>The folder of the shipped JSON Schemas (the package's <c>schemas/</c>).</summary>
    [Required]
    public string SchemaDirectory { get; set; } = string.Empty;

    /// <summary><c>$(AeosLoopId)</c>: a ULID that names the loop outright; empty to derive it from the build process.</summary>
    public string LoopId { get; set; } = string.Empty;

    /// <summary>The moves the ratchet and the coverage gate made in this build (their <c>Moves</c> outputs).</summary>
    public string[] RatchetMoves { get; set; } = Array.Empty<string>();

    /// <summary>The test result files (TRX) this test run wrote.</summary>
    public ITaskItem[] TestResults { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Only test result files written after this time (UTC ticks) belong to this test run.</summary>
    public long NotBeforeTicks { get; set; }

    /// <summary>The Cobertura report this test run wrote, if any.</summary>
    public string CoverageReport { get; set; } = string.Empty;

    /// <summary>Line coverage in percent measured by the coverage gate.</summary>
    public string LineCoverage { get; set; } = string.Empty;

    /// <summary>Branch coverage in percent measured by the coverage gate.</summary>
    public string BranchCoverage { get; set; } = string.Empty;

    /// <summary>The loop ID used, for the build's log.</summary>
    [Output]
    public string UsedLoopId { get; private set; } = string.Empty;

    /// <summary>How many packages the pinning gate judged; empty when it did not run.</summary>
    public string PackageCount { get; set; } = string.Empty;

    /// <summary>The packages the pinning gate found unpinned (<c>Id version</c>).</summary>
    public ITaskItem[] UnpinnedPackages { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>True when a lock file pins the project's packages.</summary>
    public bool LockFilePinned { get; set; }

    /// <summary>True when the quarantine gate read the project's test assembly.</summary>
    public bool QuarantineJudged { get; set; }

    /// <summary>The quarantines in force (<c>Test: until yyyy-MM-dd (#ticket)</c>).</summary>
    public ITaskItem[] QuarantinedTests { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The artifact sizes the size gate measured (<c>file=bytes</c>).</summary>
    public ITaskItem[] ArtifactSizes { get; set; } = Array.Empty<ITaskItem>();
}
