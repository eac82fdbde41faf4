using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Aeos.Build.Tasks.Licenses;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>One package's licence verdict, as the licence check wrote it to <c>evidence/&lt;Project&gt;.licenses.json</c>.</summary>
internal sealed class LicenseRecord
{
    public string Project { get; set; } = string.Empty;

    public string Package { get; set; } = string.Empty;

    public string Version { get; set; } = string.Empty;

    public string License { get; set; } = string.Empty;

    public string Verdict { get; set; } = string.Empty;

    public bool IsDisallowed => Verdict == LicenseReport.Name(LicenseVerdict.Denied);

    /// <summary>Whether the package is development-only (it does not ship, so the policy lists it without judging it).</summary>
    public bool IsDevelopment => Verdict == LicenseReport.Name(LicenseVerdict.Development);

    /// <summary>The rows of one licence report; a report that does not parse gives none (the licence gate reports it).</summary>
    public static IEnumerable<LicenseRecord> Read(string file, string project)
    {
        try
        {
            return LicenseReport.Parse(File.ReadAllText(file, Encoding.UTF8)).Results
                .Select(r => new LicenseRecord { Project = project, Package = r.Id, Version = r.Version, License = r.License ?? string.Empty, Verdict = LicenseReport.Name(r.Verdict) })
                .ToList();
        }
        catch (JsonParseException)
        {
            return Enumerable.Empty<LicenseRecord>();
        }
    }
}
