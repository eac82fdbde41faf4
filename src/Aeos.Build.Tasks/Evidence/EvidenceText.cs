using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>The sentences of a progress entry that follow from the numbers: next steps and risks.</summary>
internal static class EvidenceText
{
    public static IEnumerable<string> NextSteps(ProjectRecord record)
    {
        var worstRule = record.Rules.Where(r => r.Value > 0).OrderByDescending(r => r.Value).ThenBy(r => r.Key, System.StringComparer.Ordinal).FirstOrDefault();
        if (Metric(record, "violations") > 0)
        {
            yield return "fix " + Count(record, "violations") + " Aeos violation(s), most of them " + worstRule.Key + " (" + worstRule.Value.ToString(CultureInfo.InvariantCulture) + ")";
        }

        if (Metric(record, "baseline_size") > 0)
        {
            yield return "pay down " + Count(record, "baseline_size") + " baselined violation(s); -p:AeosRatchetUpdate=true removes the paid ones";
        }

        if (record.Metrics.TryGetValue("coverage", out var coverage) && coverage < 0.9)
        {
            yield return "raise line coverage from " + (coverage * 100).ToString("0.0", CultureInfo.InvariantCulture) + " % toward 90 %";
        }
    }

    public static IEnumerable<string> Risks(ProjectRecord record)
    {
        if (Metric(record, "errors") > 0)
        {
            yield return Count(record, "errors") + " error-level Aeos violation(s) fail the build";
        }

        if (Metric(record, "secrets_found") > 0)
        {
            yield return Count(record, "secrets_found") + " hard-coded secret(s) (AEOS3008) in source";
        }

        if (Metric(record, "disallowed_licenses") > 0)
        {
            yield return Count(record, "disallowed_licenses") + " package(s) with a disallowed licence (AEOS9201)";
        }

        if (Metric(record, "api_breaking") > 0)
        {
            yield return "the public API lost or changed signatures (contracts/*.api.diff): callers break; AEOS9301 fails the build unless the major version rose or AeosApiAccept was set";
        }

        if (Metric(record, "vulnerabilities_critical") + Metric(record, "vulnerabilities_high") > 0)
        {
            yield return "packages with known high or critical vulnerabilities (NuGet audit NU1903/NU1904)";
        }
    }

    private static double Metric(ProjectRecord record, string name) => record.Metrics.TryGetValue(name, out var value) ? value : 0;

    private static string Count(ProjectRecord record, string name) => ProjectRecord.Format(Metric(record, name));
}
