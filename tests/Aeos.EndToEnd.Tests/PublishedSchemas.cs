using System;
using System.IO;
using System.Linq;
using Aeos.Tests.Shared;
using Json.Schema;

namespace Aeos.EndToEnd.Tests;

/// <summary>
/// The official schemas the bundle's files must satisfy, fetched with npm at test time (the packages
/// ship them as published: the SARIF 2.1.0 schema of OASIS in @microsoft/jest-sarif), and the repository's own.
/// </summary>
internal static class PublishedSchemas
{
    private static readonly Lazy<JsonSchema> SarifSchema = new(LoadSarif);

    public static JsonSchema Sarif() => SarifSchema.Value;

    public static JsonSchema Own(string name) => RepositorySchemas.Get(name);

    /// <summary>
    /// The SARIF schema is written for JSON Schema draft-04, which JsonSchema.Net does not implement. The
    /// keywords it uses mean the same in draft-07, except that draft-04 names the schema's own URI
    /// <c>id</c>: so it is read as draft-07 with its top-level <c>id</c> renamed to <c>$id</c>.
    /// </summary>
    private static JsonSchema LoadSarif()
    {
        var file = Path.Combine(NpmPackage.Fetch("@microsoft/jest-sarif", "1.0.0-beta.0"), "lib", "schemas", "sarif-2.1.0-rtm.5.json");
        var text = File.ReadAllText(file);
        const string Draft4 = "\"$schema\": \"http://json-schema.org/draft-04/schema#\"";
        if (!text.Contains(Draft4, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(file + " is not the draft-04 schema this test expects");
        }

        var id = text.IndexOf("\"id\":", StringComparison.Ordinal);
        text = text[..id] + "\"$id\":" + text[(id + 5)..];
        return JsonSchema.FromText(text.Replace(Draft4, "\"$schema\": \"http://json-schema.org/draft-07/schema#\"", StringComparison.Ordinal));
    }

    public static string Describe(EvaluationResults result) =>
        string.Join("; ", result.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)).Take(10));
}
