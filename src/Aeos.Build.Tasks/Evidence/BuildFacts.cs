using System.IO;
using System.Linq;
using System.Text;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>Numbers for a project's record read from files other steps wrote: the restore's audit, the SBOM, the licence verdicts.</summary>
internal static class BuildFacts
{
    /// <summary>NuGet audit's warnings in <c>project.assets.json</c> (its <c>logs</c>): NU1903 high, NU1904 critical.</summary>
    public static (int High, int Critical) Vulnerabilities(string assetsFile)
    {
        if (Parse(assetsFile) is not JsonObject root || root["logs"] is not JsonArray logs)
        {
            return (0, 0);
        }

        var codes = logs.Items.OfType<JsonObject>().Select(l => (l["code"] as JsonString)?.Value).ToList();
        return (codes.Count(c => c == "NU1903"), codes.Count(c => c == "NU1904"));
    }

    /// <summary>The components of a CycloneDX SBOM that are packages (they have a purl).</summary>
    public static int SbomPackages(string sbomFile) =>
        Parse(sbomFile) is JsonObject root && root["components"] is JsonArray components
            ? components.Items.OfType<JsonObject>().Count(c => c["purl"] is JsonString purl && purl.Value.StartsWith("pkg:nuget/", System.StringComparison.Ordinal)
                && !(c["scope"] is JsonString { Value: "excluded" }))
            : 0;

    public static int DisallowedLicenses(string licensesFile, string project) =>
        File.Exists(licensesFile) ? LicenseRecord.Read(licensesFile, project).Count(l => l.IsDisallowed) : 0;

    /// <summary>Whether the last run of the API contract gate found removed or changed signatures (its diff's <c># result:</c> line).</summary>
    public static bool ApiBreaking(string diffFile) =>
        diffFile.Length > 0 && File.Exists(diffFile)
        && File.ReadLines(diffFile).TakeWhile(l => l.Length > 0 && l[0] == '#').Any(l => l.StartsWith("# result: breaking", System.StringComparison.Ordinal));

    private static JsonNode? Parse(string file)
    {
        if (file.Length == 0 || !File.Exists(file))
        {
            return null;
        }

        try
        {
            return JsonParser.Parse(File.ReadAllText(file, Encoding.UTF8));
        }
        catch (JsonParseException)
        {
            return null; // the step that owns the file reports it
        }
    }
}
