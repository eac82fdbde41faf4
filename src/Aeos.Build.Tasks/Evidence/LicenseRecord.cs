using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
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

    public bool IsDisallowed => Verdict is "denied" or "disallowed";

    /// <summary>The records of one licence file; a file that is not JSON gives none (the licence check reported it already).</summary>
    public static IEnumerable<LicenseRecord> Read(string file, string project)
    {
        JsonNode root;
        try
        {
            root = JsonParser.Parse(File.ReadAllText(file, Encoding.UTF8));
        }
        catch (JsonParseException)
        {
            return Enumerable.Empty<LicenseRecord>();
        }

        var items = root as JsonArray ?? (root as JsonObject)?["packages"] as JsonArray;
        return items?.Items.OfType<JsonObject>().Select(o => new LicenseRecord
        {
            Project = project,
            Package = Text(o, "id", "name", "package"),
            Version = Text(o, "version"),
            License = Text(o, "license", "licence", "expression"),
            Verdict = Text(o, "verdict", "status"),
        }).ToList() ?? Enumerable.Empty<LicenseRecord>();
    }

    private static string Text(JsonObject item, params string[] names) =>
        names.Select(n => item[n]).OfType<JsonString>().Select(s => s.Value).FirstOrDefault() ?? string.Empty;
}
