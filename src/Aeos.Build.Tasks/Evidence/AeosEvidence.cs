using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Aeos.Build.Tasks.Ratchet;
using Aeos.Build.Tasks.Sarif;
using Aeos.Shared.Baseline;
using Aeos.Shared.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>
/// The last Aeos step of a project's build (<c>Phase=build</c>) or test run (<c>Phase=test</c>): records the
/// project's numbers in <c>evidence/&lt;Project&gt;.metrics.json</c>, the checksums of its outputs, the test
/// results and coverage, the environment snapshot; appends one progress-log line when any of that changed
/// (an unchanged build writes nothing); and makes the solution-wide files anew (merged SARIF, reports).
/// </summary>
public sealed partial class AeosEvidence : Task
{
    private BaselineDocument? _baseline;

    private RatchetDocument? _ratchet;

    private string Artifacts => Path.GetFullPath(ArtifactsPath);

    private string RecordFile => Path.Combine(Artifacts, "evidence", ProjectName + ".metrics.json");

    private string ProgressFile => Path.Combine(Artifacts, "progress", "progress.log.jsonl");

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            return Run();
        }
        catch (EvidenceFileException e)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, e.File, e.Line, e.Column, 0, 0,
                "'{0}' cannot be read: {1}. The evidence was left unchanged; delete the file to have it written anew.", e.File, e.Message);
        }
        catch (JsonParseException e)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, Artifacts, e.Line, e.Column, 0, 0, "An Aeos evidence file cannot be read: {0}", e.Message);
        }
        catch (InvalidDataException e)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, ProgressFile, 0, 0, 0, 0, "{0}", e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or TimeoutException)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, Artifacts, 0, 0, 0, 0, "The Aeos evidence bundle cannot be written: {0}", e.Message);
        }

        return false;
    }

    private bool Run()
    {
        if (!ResolveLoopId())
        {
            return false;
        }

        if (!ReadRatchetFiles())
        {
            return true;
        }

        var previous = ReadRecord(RecordFile);
        var record = Phase == "test" ? TestRecord(previous) : BuildRecord(previous);
        var written = new List<string>();
        var recordText = record.Serialize();
        var recordProblems = Validator("aeos.metrics.schema.json").Validate(JsonParser.Parse(recordText));
        if (recordProblems.Count > 0)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, RecordFile, 0, 0, 0, 0, "The metrics record does not satisfy aeos.metrics.schema.json: {0}", string.Join("; ", recordProblems));
            return false;
        }

        Write(RecordFile, recordText, written);
        WriteEvidence(written);
        CopySchemas(written);
        if (written.Count > 0 || RatchetMoves.Length > 0)
        {
            if (previous is not null)
            {
                Write(Path.Combine(Artifacts, "snapshot", ProjectName + ".metrics-before.json"), previous.Serialize(), written);
            }

            AppendProgress(previous, record, written);
        }

        // The solution-wide files are made from every project's files: only worth it when this project's changed.
        var bundle = written.Count > 0 || !BundleWriter.IsComplete(Artifacts) ? BundleWriter.Refresh(Artifacts, ProgressFile, LinkPrefix()) : Array.Empty<string>();
        Log.LogMessage(MessageImportance.Normal, "Aeos evidence: {0} file(s) written for {1}, {2} solution file(s) refreshed (loop {3}).", written.Count, ProjectName, bundle.Count, UsedLoopId);
        return !Log.HasLoggedErrors;
    }

    private bool ResolveLoopId()
    {
        UsedLoopId = LoopIdentity.Resolve(LoopId);
        if (Ulid.IsValid(UsedLoopId))
        {
            return true;
        }

        Log.LogError(null, ErrorCodes.InvalidFile, null, string.Empty, 0, 0, 0, 0,
            "AeosLoopId (or {0}) is '{1}', which is not a ULID (26 characters of Crockford's base 32, e.g. 01JDQ8Z3V5K9W2M4N6P8R0T2X4).", LoopIdentity.EnvironmentVariable, UsedLoopId);
        return false;
    }

    private ProjectRecord BuildRecord(ProjectRecord? previous)
    {
        var summary = EvidenceFileException.Parse(SummaryFile, SarifSummary.FromJson);
        var results = File.Exists(EvidenceSarif) ? EvidenceFileException.Parse(EvidenceSarif, SarifReader.Read) : new List<SarifResult>();
        var record = RecordBuilder.Build(ProjectName, summary, results, RootDirectory);
        var (high, critical) = BuildFacts.Vulnerabilities(ProjectAssetsFile);
        record.Metrics["vulnerabilities_high"] = high;
        record.Metrics["vulnerabilities_critical"] = critical;
        record.Metrics["dependencies"] = BuildFacts.SbomPackages(SbomFile);
        record.Metrics["disallowed_licenses"] = BuildFacts.DisallowedLicenses(LicensesFile, ProjectName);
        record.Metrics["api_breaking"] = BuildFacts.ApiBreaking(ApiDiffFile) ? 1 : 0;
        record.Metrics["deterministic"] = Deterministic ? 1 : 0;
        record.Metrics["lockfile_verified"] = LockfileVerified ? 1 : 0;
        GateFacts.Measure(record, PackageCount, UnpinnedPackages.Length, LockFilePinned, QuarantineJudged, QuarantinedTests.Select(t => t.ItemSpec), ArtifactSizes.Select(t => t.ItemSpec));
        CarryCoverage(previous, record);
        AddRatchet(record);
        return record;
    }

    private ProjectRecord TestRecord(ProjectRecord? previous)
    {
        // A copy: the previous record stays as it was, for metrics_before.
        var record = previous is null ? new ProjectRecord { Project = ProjectName } : ProjectRecord.Parse(previous.Serialize());
        record.Gates.Clear();
        if (TryPercent(LineCoverage, out var line) && TryPercent(BranchCoverage, out var branch))
        {
            record.Metrics["coverage"] = line;
            record.Metrics["branch_coverage"] = branch;
        }

        AddRatchet(record);
        return record;
    }

    private static void CarryCoverage(ProjectRecord? previous, ProjectRecord record)
    {
        foreach (var name in new[] { "coverage", "branch_coverage" })
        {
            if (previous is not null && previous.Metrics.TryGetValue(name, out var value))
            {
                record.Metrics[name] = value;
            }
        }
    }

    /// <summary>
    /// The baseline and the ratchet file, which the ratchet (build) and the coverage gate (test) validate and
    /// report as AEOS9001 themselves: when one does not parse, the bundle is left as it was, with no second error.
    /// </summary>
    private bool ReadRatchetFiles()
    {
        try
        {
            _baseline = File.Exists(BaselineFile) ? BaselineDocument.Parse(File.ReadAllText(BaselineFile, Encoding.UTF8)) : null;
            _ratchet = File.Exists(RatchetFile) ? RatchetDocument.Parse(File.ReadAllText(RatchetFile, Encoding.UTF8)) : null;
            return true;
        }
        catch (JsonParseException e)
        {
            Log.LogMessage(MessageImportance.Normal, "Aeos evidence: left unchanged for {0}: the baseline or the ratchet file cannot be read ({1}).", ProjectName, e.Message);
            return false;
        }
    }

    private void AddRatchet(ProjectRecord record)
    {
        var name = RatchetProjectName.Length > 0 ? RatchetProjectName : ProjectName;
        ProjectRatchet? project = null;
        _ratchet?.Projects.TryGetValue(name, out project);
        var directory = BaselineFile.Length == 0 ? string.Empty : Path.GetDirectoryName(Path.GetFullPath(BaselineFile))!;
        RecordBuilder.AddRatchet(record, project, RecordBuilder.OwnedEntries(_baseline, directory, CompileFiles.Select(f => f.GetMetadata("FullPath")), AssemblyName));
        GateFacts.AddGates(record, project);
    }

    private void WriteEvidence(List<string> written)
    {
        var evidence = Path.Combine(Artifacts, "evidence");
        if (Phase == "test")
        {
            CopyTestEvidence(evidence, written);
            return;
        }

        if (OutputDirectory.Length > 0)
        {
            Write(Path.Combine(evidence, ProjectName + ".sha256"), Checksums.Compute(OutputDirectory), written);
        }

        Write(Path.Combine(Artifacts, "snapshot", "environment.json"), EnvironmentSnapshot.Serialize(SdkVersion, MSBuildVersion, RootDirectory.Length > 0 ? RootDirectory : Artifacts), written);
    }

    /// <summary>The JSON Schemas of every Aeos file, beside the API contracts; atomic, so a parallel build never reads half a schema.</summary>
    private void CopySchemas(List<string> written)
    {
        foreach (var schema in Directory.GetFiles(SchemaDirectory, "*.schema.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            Write(Path.Combine(Artifacts, "contracts", Path.GetFileName(schema)), File.ReadAllText(schema, Encoding.UTF8), written);
        }
    }

    private void CopyTestEvidence(string evidence, List<string> written)
    {
        var results = TestResults.Select(r => r.GetMetadata("FullPath")).Where(f => File.Exists(f) && File.GetLastWriteTimeUtc(f).Ticks >= NotBeforeTicks).OrderBy(f => f, StringComparer.Ordinal).ToList();
        for (var i = 0; i < results.Count; i++)
        {
            var name = ProjectName + (i == 0 ? string.Empty : "." + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) + ".trx";
            Write(Path.Combine(evidence, name), File.ReadAllText(results[i], Encoding.UTF8), written);
        }

        if (CoverageReport.Length > 0 && File.Exists(CoverageReport))
        {
            Write(Path.Combine(evidence, ProjectName + ".coverage.cobertura.xml"), File.ReadAllText(CoverageReport, Encoding.UTF8), written);
        }
    }

    private static ProjectRecord? ReadRecord(string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        return EvidenceFileException.Parse(file, ProjectRecord.Parse);
    }

    private SchemaValidator Validator(string schema)
    {
        var path = Path.Combine(SchemaDirectory, schema);
        return new SchemaValidator((JsonObject)EvidenceFileException.Parse(path, JsonParser.Parse));
    }

    private static void Write(string path, string content, List<string> written)
    {
        if (AtomicFile.WriteIfChanged(path, Encoding.UTF8.GetBytes(content)))
        {
            written.Add(path);
        }
    }

    /// <summary>Paths in the log are relative to the folder that holds the artifacts folder, e.g. <c>artifacts/evidence/App.sarif</c>.</summary>
    private string RelativeToRoot(string path) =>
        Fingerprint.RelativePath(Path.GetDirectoryName(Artifacts.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))!, Path.GetFullPath(path));

    /// <summary>From <c>reports/</c> up to the consumer's root, when the artifacts folder is inside it.</summary>
    private string LinkPrefix()
    {
        var root = RootDirectory.Length == 0 ? string.Empty : Path.GetFullPath(RootDirectory).Replace('\\', '/').TrimEnd('/') + "/";
        var reports = Path.Combine(Artifacts, "reports").Replace('\\', '/').TrimEnd('/') + "/";
        if (root.Length == 0 || !reports.StartsWith(root, StringComparison.Ordinal))
        {
            return root.Length == 0 ? string.Empty : "file:///" + root.TrimStart('/');
        }

        var depth = reports.Substring(root.Length).Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }

    private static bool TryPercent(string text, out double fraction)
    {
        fraction = 0;
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var percent))
        {
            return false;
        }

        fraction = Math.Round(percent / 100.0, 4);
        return true;
    }
}
