using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>
/// Makes the solution-wide files of the bundle anew from what every project left in it: the merged SARIF
/// log and the three reports. Called by each project's evidence step under one lock, so the last project
/// of a parallel build leaves files that describe all of them; each file is written only when it changed.
/// </summary>
internal static class BundleWriter
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    private static readonly string[] SolutionFiles = { "evidence/" + SarifMerger.FileName, "reports/summary.md", "reports/index.html", "reports/inventory.yaml" };

    /// <summary>Whether every solution-wide file exists (a deleted one is made anew even by an unchanged build).</summary>
    public static bool IsComplete(string artifacts) => SolutionFiles.All(f => File.Exists(Path.Combine(artifacts, f)));

    /// <returns>The files written (full paths).</returns>
    /// <exception cref="EvidenceFileException">A project's SARIF log, metrics record or the progress log is not JSON.</exception>
    public static IReadOnlyList<string> Refresh(string artifacts, string progressLog, string linkPrefix)
    {
        var evidence = Path.Combine(artifacts, "evidence");
        var reports = Path.Combine(artifacts, "reports");
        using var fileLock = FileLock.Acquire(Path.Combine(reports, "index.html"), LockTimeout);
        var records = Files(evidence, "*.metrics.json").Select(f => EvidenceFileException.Parse(f, ProjectRecord.Parse)).ToList();
        var licenses = Files(evidence, "*.licenses.json").SelectMany(f => LicenseRecord.Read(f, Path.GetFileName(f).Replace(".licenses.json", string.Empty))).ToList();
        var report = new BundleReport(records, licenses, EvidenceFileException.Named(progressLog, () => ProgressLog.Read(progressLog)), linkPrefix);
        var sarifs = Files(evidence, "*.sarif").Where(f => !string.Equals(Path.GetFileName(f), SarifMerger.FileName, StringComparison.Ordinal));
        var outputs = new (string Path, string Content)[]
        {
            (Path.Combine(evidence, SarifMerger.FileName), SarifMerger.Merge(sarifs)),
            (Path.Combine(reports, "summary.md"), report.Markdown()),
            (Path.Combine(reports, "index.html"), report.Html()),
            (Path.Combine(reports, "inventory.yaml"), report.Yaml()),
        };
        return outputs.Where(o => AtomicFile.WriteIfChanged(o.Path, Encoding.UTF8.GetBytes(o.Content))).Select(o => o.Path).ToList();
    }

    private static IEnumerable<string> Files(string directory, string pattern) =>
        Directory.Exists(directory) ? Directory.GetFiles(directory, pattern).OrderBy(f => f, StringComparer.Ordinal) : Enumerable.Empty<string>();
}
