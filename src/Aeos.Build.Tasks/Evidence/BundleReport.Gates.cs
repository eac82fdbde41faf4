using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>The report's table of the pinned-packages, quarantine and size gates.</summary>
internal sealed partial class BundleReport
{
    private ReportTable BuildGates()
    {
        var table = new ReportTable("Build gates", "Pinned package versions (AEOS9601), quarantined tests in force (AEOS9801) and artifact sizes against their ceilings (AEOS9701), from each project's last build.",
            "Project", "Package versions", "Quarantined tests", "Artifact sizes");
        foreach (var record in _records.Where(HasGateFigures))
        {
            table.Add(record.Project, Packages(record), Quarantine(record), Sizes(record));
        }

        return table;
    }

    private static bool HasGateFigures(ProjectRecord record) =>
        record.Metrics.ContainsKey("packages_referenced") || record.Metrics.ContainsKey("quarantined_tests") || record.Metrics.Keys.Any(k => k.StartsWith(GateFacts.SizePrefix, System.StringComparison.Ordinal));

    private static ReportCell Packages(ProjectRecord record)
    {
        if (!record.Metrics.TryGetValue("packages_referenced", out var referenced))
        {
            return "-";
        }

        var unpinned = Metric(record, "packages_unpinned");
        var text = ProjectRecord.Format(referenced) + " referenced, " + ProjectRecord.Format(unpinned) + " unpinned" + (Metric(record, "packages_locked") > 0 ? ", locked" : string.Empty);
        return new ReportCell(text, isFailure: unpinned > 0 && Metric(record, "packages_locked") == 0);
    }

    private static string Quarantine(ProjectRecord record) =>
        !record.Metrics.ContainsKey("quarantined_tests") ? "-" : record.Quarantined.Count == 0 ? "none" : string.Join("; ", record.Quarantined);

    private static ReportCell Sizes(ProjectRecord record)
    {
        var sizes = new List<string>();
        var failed = false;
        foreach (var size in record.Metrics.Where(m => m.Key.StartsWith(GateFacts.SizePrefix, System.StringComparison.Ordinal)))
        {
            var file = size.Key.Substring(GateFacts.SizePrefix.Length);
            var bytes = size.Value.ToString("N0", CultureInfo.InvariantCulture);
            if (record.Metrics.TryGetValue(GateFacts.CeilingPrefix + file, out var ceiling))
            {
                failed |= size.Value > ceiling;
                sizes.Add(file + ": " + bytes + " / " + ceiling.ToString("N0", CultureInfo.InvariantCulture) + " bytes");
            }
            else
            {
                sizes.Add(file + ": " + bytes + " bytes (no ceiling)");
            }
        }

        return sizes.Count == 0 ? "-" : new ReportCell(string.Join("; ", sizes), isFailure: failed);
    }
}
