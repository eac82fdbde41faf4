using System;
using System.Collections.Generic;
using System.Linq;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>The progress-log line of a build or test run that changed the evidence.</summary>
public sealed partial class AeosEvidence
{
    private void AppendProgress(ProjectRecord? previous, ProjectRecord record, List<string> written)
    {
        var entry = new ProgressEntry
        {
            Timestamp = BuildClock.UtcNow,
            LoopId = UsedLoopId,
            Area = Phase + ":" + ProjectName,
            Breaking = BuildFacts.ApiBreaking(ApiDiffFile),
            Validated = true,
        };
        entry.Assumptions.Add("loop " + (LoopId.Length > 0 ? "named by AeosLoopId" : "named after the build's entry process"));
        entry.Assumptions.Add("Aeos.Analyzers " + EnvironmentSnapshot.AeosVersion() + ", SDK " + (SdkVersion.Length == 0 ? "unknown" : SdkVersion));
        entry.Actions.Add(Phase == "test" ? "tested " + ProjectName : "built " + ProjectName);
        entry.Actions.AddRange(RatchetMoves.Select(m => "ratchet: " + m));
        Copy(previous?.Metrics, entry.MetricsBefore);
        Copy(record.Metrics, entry.MetricsAfter);
        entry.GatesAdded.AddRange(record.Gates.Where(g => previous is null || !previous.Gates.Contains(g)));
        entry.Artifacts.AddRange(written.Select(RelativeToRoot).OrderBy(p => p, StringComparer.Ordinal));
        entry.NextSteps.AddRange(EvidenceText.NextSteps(record));
        entry.Risks.AddRange(EvidenceText.Risks(record));
        NoneIfEmpty(entry.NextSteps);
        NoneIfEmpty(entry.Risks);
        entry.Rollbacks.Add("n/a");
        var validator = Validator("aeos.progress.schema.json");
        EvidenceFileException.Named(ProgressFile, () => ProgressLog.Append(ProgressFile, entry, validator));
        written.Add(ProgressFile);
    }

    private static void Copy(IDictionary<string, double>? from, SortedDictionary<string, double> to)
    {
        foreach (var metric in from ?? new Dictionary<string, double>())
        {
            to[metric.Key] = metric.Value;
        }
    }

    private static void NoneIfEmpty(List<string> texts)
    {
        if (texts.Count == 0)
        {
            texts.Add("none");
        }
    }
}
