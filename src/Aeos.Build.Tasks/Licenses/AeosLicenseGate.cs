using System;
using System.IO;
using Aeos.Shared.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Aeos.Build.Tasks.Licenses;

/// <summary>
/// The licence gate, on every build (sticky: also when the SBOM was up to date): reports the verdicts
/// <see cref="Sbom.AeosSbom"/> recorded. Denied → error AEOS9201; flagged → warning AEOS9202; unknown →
/// warning AEOS9203; development-only packages are listed at low importance, they do not ship.
/// </summary>
public sealed class AeosLicenseGate : Task
{
    /// <summary><c>$(AeosArtifactsPath)evidence/&lt;Project&gt;.licenses.json</c>.</summary>
    [Required]
    public string LicenseReportFile { get; set; } = string.Empty;

    /// <summary><c>aeos.licenses.json</c>, named in the messages; it need not exist.</summary>
    public string LicensePolicyFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        LicenseReport report;
        try
        {
            report = LicenseReport.Parse(File.ReadAllText(LicenseReportFile));
        }
        catch (JsonParseException e)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, LicenseReportFile, e.Line, e.Column, 0, 0,
                "The licence report '{0}' cannot be read: {1}. Delete it and build again.", LicenseReportFile, e.Problem);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, LicenseReportFile, 0, 0, 0, 0, "The licence report '{0}' cannot be read: {1}", LicenseReportFile, e.Message);
            return false;
        }

        foreach (var result in report.Results)
        {
            Report(report.Project, result);
        }

        return !Log.HasLoggedErrors;
    }

    private void Report(string project, LicenseResult result)
    {
        var file = File.Exists(LicensePolicyFile) ? LicensePolicyFile : null;
        var license = result.License ?? "none declared";
        switch (result.Verdict)
        {
            case LicenseVerdict.Denied:
                Log.LogError(null, ErrorCodes.LicenseDenied, null, file, 0, 0, 0, 0,
                    "{0} uses package {1} {2} under the licence '{3}', which the licence policy denies: remove the package, or record an exception with a reason in aeos.licenses.json.",
                    project, result.Id, result.Version, license);
                break;
            case LicenseVerdict.Flagged:
                Log.LogWarning(null, ErrorCodes.LicenseFlagged, null, file, 0, 0, 0, 0,
                    "{0} uses package {1} {2} under the licence '{3}', which is not on the allowed list (copyleft, or not known to be permissive): review it, then allow it or record an exception in aeos.licenses.json.",
                    project, result.Id, result.Version, license);
                break;
            case LicenseVerdict.Unknown:
                Log.LogWarning(null, ErrorCodes.LicenseUnknown, null, file, 0, 0, 0, 0,
                    "{0} uses package {1} {2}, whose licence cannot be judged ({3}; no SPDX expression in its nuspec): check it, then record an exception in aeos.licenses.json.",
                    project, result.Id, result.Version, license);
                break;
            default:
                Log.LogMessage(MessageImportance.Low, "Aeos licences: {0} {1} ({2}): {3}.", result.Id, result.Version, license, LicenseReport.Name(result.Verdict));
                break;
        }
    }
}
