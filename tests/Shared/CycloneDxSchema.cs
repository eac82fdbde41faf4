// Shared by the task tests and the end-to-end tests (linked into both): one way to validate an SBOM.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Json.Schema;
using SystemJson = System.Text.Json.Nodes;

namespace Aeos.Tests.Shared;

/// <summary>
/// The official CycloneDX 1.6 JSON schema, as the CycloneDX project publishes it in the npm package
/// @cyclonedx/cyclonedx-library (its res/schema folder), with the SPDX and JSF schemas it refers to.
/// </summary>
internal static class CycloneDxSchema
{
    private const string Package = "@cyclonedx/cyclonedx-library";

    private const string Version = "10.3.0";

    // The bom schema refers to its companions by file name, relative to its own $id.
    private const string SchemaBase = "http://cyclonedx.org/schema/";

    private static readonly Lazy<(JsonSchema Schema, EvaluationOptions Options)> Bom = new(Load);

    /// <summary>What makes <paramref name="json"/> invalid CycloneDX 1.6, one line per error; empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(string json)
    {
        var result = Bom.Value.Schema.Evaluate(SystemJson.JsonNode.Parse(json), Bom.Value.Options);
        if (result.IsValid)
        {
            return Array.Empty<string>();
        }

        var problems = result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)).ToList();
        return problems.Count > 0 ? problems : new[] { "invalid" };
    }

    private static (JsonSchema, EvaluationOptions) Load()
    {
        var folder = Path.Combine(NpmPackage.Fetch(Package, Version), "res", "schema");
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        options.SchemaRegistry.Register(new Uri(SchemaBase + "spdx.SNAPSHOT.schema.json"), JsonSchema.FromFile(Path.Combine(folder, "spdx.SNAPSHOT.schema.json")));
        options.SchemaRegistry.Register(new Uri(SchemaBase + "jsf-0.82.SNAPSHOT.schema.json"), JsonSchema.FromFile(Path.Combine(folder, "jsf-0.82.SNAPSHOT.schema.json")));
        return (JsonSchema.FromFile(Path.Combine(folder, "bom-1.6.SNAPSHOT.schema.json")), options);
    }
}
