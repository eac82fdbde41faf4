using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Aeos.Build.Tasks.Ratchet;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>
/// The figures of the pinned-packages, quarantine and size gates in a project's record: measured in the
/// build (<see cref="Measure"/>), and the gates in force derived from them and the ratchet file
/// (<see cref="AddGates"/>), so that a test run's record, which keeps the build's figures, names them too.
/// </summary>
internal static class GateFacts
{
    public const string SizePrefix = "size_bytes.";

    public const string CeilingPrefix = "size_ceiling.";

    /// <summary>What the gates of this build found; an empty <paramref name="packageCount"/> means the pinning gate did not run.</summary>
    public static void Measure(ProjectRecord record, string packageCount, int unpinned, bool locked, bool quarantineJudged, IEnumerable<string> quarantined, IEnumerable<string> sizes)
    {
        if (int.TryParse(packageCount, NumberStyles.None, CultureInfo.InvariantCulture, out var packages))
        {
            record.Metrics["packages_referenced"] = packages;
            record.Metrics["packages_unpinned"] = unpinned;
            record.Metrics["packages_locked"] = locked ? 1 : 0;
        }

        if (quarantineJudged)
        {
            foreach (var test in quarantined)
            {
                record.Quarantined.Add(test);
            }

            record.Metrics["quarantined_tests"] = record.Quarantined.Count;
        }

        foreach (var size in sizes.Select(s => s.Split('=')).Where(s => s.Length == 2))
        {
            if (long.TryParse(size[1], NumberStyles.None, CultureInfo.InvariantCulture, out var bytes))
            {
                record.Metrics[SizePrefix + size[0]] = bytes;
            }
        }
    }

    /// <summary>The gates the figures and the ratchet file put in force, with the ceilings as metrics.</summary>
    public static void AddGates(ProjectRecord record, ProjectRatchet? ratchet)
    {
        if (record.Metrics.TryGetValue("packages_referenced", out var packages))
        {
            record.Gates.Add("package versions pinned" + (record.Metrics.TryGetValue("packages_locked", out var locked) && locked > 0 ? " by the lock file" : string.Empty)
                + ", " + ProjectRecord.Format(packages) + " referenced");
        }

        if (record.Metrics.ContainsKey("quarantined_tests"))
        {
            record.Gates.Add("test quarantine expires after 48 h (" + record.Quarantined.Count.ToString(CultureInfo.InvariantCulture) + " quarantined)");
        }

        if (ratchet is { BenchmarkMedians.Count: > 0 })
        {
            record.Gates.Add("benchmark medians within the noise band of their records (" + ratchet.BenchmarkMedians.Count.ToString(CultureInfo.InvariantCulture) + " benchmarks)");
            record.Metrics["benchmarks_recorded"] = ratchet.BenchmarkMedians.Count;
        }

        foreach (var ceiling in ratchet?.SizeCeilings ?? new SortedDictionary<string, long>(StringComparer.Ordinal))
        {
            record.Gates.Add(ceiling.Key + " <= " + ceiling.Value.ToString(CultureInfo.InvariantCulture) + " bytes");
            record.Metrics[CeilingPrefix + ceiling.Key] = ceiling.Value;
        }
    }
}
