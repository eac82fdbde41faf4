using System.Collections.Generic;
using System.Globalization;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Ratchet;

/// <summary>The numbers one project's ratchet keeps.</summary>
internal sealed class ProjectRatchet
{
    /// <summary>The most unsuppressed warnings (all analyzers) the project may have; null until first recorded.</summary>
    public int? WarningsCeiling { get; set; }

    /// <summary>How many ratchet updates (loops) have run for the project.</summary>
    public int Loops { get; set; }
}

/// <summary>
/// <c>aeos.ratchet.json</c> (schema: <c>schemas/aeos.ratchet.schema.json</c>): numeric floors and ceilings and
/// the loop counter, per project (each project's update is its own loop, also in a parallel build of a
/// solution). Strict to read, sorted and stable to write.
/// </summary>
internal sealed class RatchetDocument
{
    public const int SchemaVersion = 1;

    public SortedDictionary<string, ProjectRatchet> Projects { get; } = new(System.StringComparer.Ordinal);

    public ProjectRatchet For(string project)
    {
        if (!Projects.TryGetValue(project, out var ratchet))
        {
            ratchet = new ProjectRatchet();
            Projects.Add(project, ratchet);
        }

        return ratchet;
    }

    /// <exception cref="JsonParseException">The text is not a valid ratchet file; the exception names the position.</exception>
    public static RatchetDocument Parse(string text)
    {
        var root = JsonParser.Parse(text) as JsonObject ?? throw new JsonParseException("a ratchet file must be a JSON object", 1, 1);
        foreach (var property in root.Properties)
        {
            if (property.Key is not ("schemaVersion" or "projects"))
            {
                throw new JsonParseException("unknown property \"" + property.Key + "\"", property.Value.Line, property.Value.Column);
            }
        }

        var version = Count(root, "schemaVersion", required: true)!.Value;
        if (version != SchemaVersion)
        {
            var node = root["schemaVersion"]!;
            throw new JsonParseException("unsupported schemaVersion " + version.ToString(CultureInfo.InvariantCulture) + "; this version of Aeos reads " + SchemaVersion.ToString(CultureInfo.InvariantCulture), node.Line, node.Column);
        }

        var document = new RatchetDocument();
        if (root["projects"] is null)
        {
            return document;
        }

        var projects = root["projects"] as JsonObject ?? throw Error(root["projects"]!, "\"projects\" must be an object");
        foreach (var project in projects.Properties)
        {
            var entry = project.Value as JsonObject ?? throw Error(project.Value, "project \"" + project.Key + "\" must be an object");
            foreach (var property in entry.Properties)
            {
                if (property.Key is not ("warningsCeiling" or "loops"))
                {
                    throw Error(property.Value, "unknown property \"" + property.Key + "\" in project \"" + project.Key + "\"");
                }
            }

            document.Projects.Add(project.Key, new ProjectRatchet
            {
                WarningsCeiling = Count(entry, "warningsCeiling", required: false),
                Loops = Count(entry, "loops", required: false) ?? 0,
            });
        }

        return document;
    }

    public string Serialize()
    {
        var writer = new JsonWriter().StartObject()
            .Property("schemaVersion", SchemaVersion)
            .PropertyName("projects").StartObject();
        foreach (var project in Projects)
        {
            writer.PropertyName(project.Key).StartObject().Property("loops", project.Value.Loops);
            if (project.Value.WarningsCeiling is { } ceiling)
            {
                writer.Property("warningsCeiling", ceiling);
            }

            writer.EndObject();
        }

        return writer.EndObject().EndObject().ToDocument();
    }

    private static int? Count(JsonObject owner, string name, bool required)
    {
        var node = owner[name];
        if (node is null)
        {
            return required ? throw Error(owner, "\"" + name + "\" is missing; a whole number was expected") : null;
        }

        if (node is JsonNumber number && number.TryGetInt64(out var value) && value >= 0 && value <= int.MaxValue)
        {
            return (int)value;
        }

        throw Error(node, "\"" + name + "\" must be a whole number of at least 0");
    }

    private static JsonParseException Error(JsonNode node, string problem) => new(problem, node.Line, node.Column);
}
