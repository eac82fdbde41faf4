// Shared by the task tests and the end-to-end tests (linked into both).
using System.Collections.Concurrent;
using System.IO;
using Json.Schema;

namespace Aeos.Tests.Shared;

/// <summary>The repository's shipped schemas, each loaded once (JsonSchema.Net registers a schema under its $id).</summary>
internal static class RepositorySchemas
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Loaded = new();

    public static string Directory { get; } = RepositoryPaths.Combine("schemas");

    public static JsonSchema Get(string name) => Loaded.GetOrAdd(name, n => JsonSchema.FromText(File.ReadAllText(Path.Combine(Directory, n))));

    public static bool IsValid(string name, string json) =>
        Get(name).Evaluate(System.Text.Json.Nodes.JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;
}
