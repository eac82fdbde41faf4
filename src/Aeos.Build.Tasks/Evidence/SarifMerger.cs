using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>
/// <c>evidence/solution.sarif</c>: one SARIF 2.1 log with the runs of every project's log in the evidence
/// folder (in file name order), for tools that take one log per build (dotnet/msbuild#12428).
/// </summary>
internal static class SarifMerger
{
    public const string FileName = "solution.sarif";

    /// <exception cref="EvidenceFileException">A project's log is not JSON.</exception>
    public static string Merge(IEnumerable<string> sarifFiles)
    {
        var writer = new JsonWriter().StartObject()
            .Property("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
            .Property("version", "2.1.0")
            .PropertyName("runs").StartArray();
        foreach (var file in sarifFiles.OrderBy(Path.GetFileName, StringComparer.Ordinal))
        {
            var log = EvidenceFileException.Parse(file, JsonParser.Parse) as JsonObject;
            if (log?["version"] is not JsonString { Value: "2.1.0" } || log["runs"] is not JsonArray runs)
            {
                continue; // a SARIF 1.0 log (a project's own ErrorLog without version=2.1) cannot join a 2.1 log
            }

            foreach (var run in runs.Items)
            {
                writer.Value(run);
            }
        }

        return writer.EndArray().EndObject().ToDocument();
    }
}
