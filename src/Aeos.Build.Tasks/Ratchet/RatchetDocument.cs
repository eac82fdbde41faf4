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

    /// <summary>The recorded line-coverage floor in percent (one decimal); null until first recorded.</summary>
    public double? LineFloor { get; set; }

    /// <summary>The recorded branch-coverage floor in percent (one decimal); null until first recorded.</summary>
    public double? BranchFloor { get; set; }

    /// <summary>
    /// True when the accept step recorded the floors below 80 % (an adoption): they are in force as recorded,
    /// not raised to 80, and the ratchet raises them from there. Written only while a floor is below 80.
    /// </summary>
    public bool CoverageAdopted { get; set; }

    /// <summary>The size ceilings of the project's artifacts in bytes, by file name (<c>App.dll</c>, <c>App.nupkg</c>).</summary>
    public SortedDictionary<string, long> SizeCeilings { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The recorded median of each benchmark in nanoseconds, by BenchmarkDotNet's full name.</summary>
    public SortedDictionary<string, double> BenchmarkMedians { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The line-coverage floor a test run must reach.</summary>
    public double LineFloorInForce => CoverageFloor.InForce(LineFloor, CoverageAdopted);

    /// <summary>The branch-coverage floor a test run must reach.</summary>
    public double BranchFloorInForce => CoverageFloor.InForce(BranchFloor, CoverageAdopted);
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
        RejectUnknown(root, string.Empty, "schemaVersion", "projects");
        var version = Count(root, "schemaVersion", required: true)!.Value;
        if (version != SchemaVersion)
        {
            var node = root["schemaVersion"]!;
            throw new JsonParseException("unsupported schemaVersion " + version.ToString(CultureInfo.InvariantCulture) + "; this version of Aeos reads " + SchemaVersion.ToString(CultureInfo.InvariantCulture), node.Line, node.Column);
        }

        var document = new RatchetDocument();
        if (root["projects"] is { } projectsNode)
        {
            var projects = projectsNode as JsonObject ?? throw Error(projectsNode, "\"projects\" must be an object");
            foreach (var project in projects.Properties)
            {
                document.Projects.Add(project.Key, ParseProject(project.Key, project.Value));
            }
        }

        return document;
    }

    private static ProjectRatchet ParseProject(string name, JsonNode node)
    {
        var entry = node as JsonObject ?? throw Error(node, "project \"" + name + "\" must be an object");
        RejectUnknown(entry, " in project \"" + name + "\"", "warningsCeiling", "loops", "coverage", "sizes", "benchmarks");
        var ratchet = new ProjectRatchet
        {
            WarningsCeiling = Count(entry, "warningsCeiling", required: false),
            Loops = Count(entry, "loops", required: false) ?? 0,
        };
        if (entry["coverage"] is { } coverage)
        {
            var floors = coverage as JsonObject ?? throw Error(coverage, "\"coverage\" must be an object");
            RejectUnknown(floors, " in the coverage of project \"" + name + "\"", "line", "branch", "adopted");
            ratchet.LineFloor = Percent(floors, "line");
            ratchet.BranchFloor = Percent(floors, "branch");
            ratchet.CoverageAdopted = Flag(floors, "adopted");
        }

        if (entry["sizes"] is { } sizes)
        {
            ParseSizes(name, sizes, ratchet.SizeCeilings);
        }

        if (entry["benchmarks"] is { } benchmarks)
        {
            ParseMedians(name, benchmarks, ratchet.BenchmarkMedians);
        }

        return ratchet;
    }

    private static void ParseSizes(string project, JsonNode node, SortedDictionary<string, long> ceilings)
    {
        var sizes = node as JsonObject ?? throw Error(node, "\"sizes\" of project \"" + project + "\" must be an object");
        foreach (var size in sizes.Properties)
        {
            if (size.Value is not JsonNumber number || !number.TryGetInt64(out var bytes) || bytes < 0)
            {
                throw Error(size.Value, "the size ceiling of \"" + size.Key + "\" in project \"" + project + "\" must be a whole number of bytes");
            }

            ceilings.Add(size.Key, bytes);
        }
    }

    private static void ParseMedians(string project, JsonNode node, SortedDictionary<string, double> medians)
    {
        var benchmarks = node as JsonObject ?? throw Error(node, "\"benchmarks\" of project \"" + project + "\" must be an object");
        foreach (var benchmark in benchmarks.Properties)
        {
            if (benchmark.Value is not JsonNumber number || number.Value < 0)
            {
                throw Error(benchmark.Value, "the median of \"" + benchmark.Key + "\" in project \"" + project + "\" must be a number of nanoseconds of at least 0");
            }

            medians.Add(benchmark.Key, number.Value);
        }
    }

    private static void RejectUnknown(JsonObject owner, string where, params string[] known)
    {
        var names = new HashSet<string>(known, System.StringComparer.Ordinal);
        foreach (var property in owner.Properties)
        {
            if (!names.Contains(property.Key))
            {
                throw Error(property.Value, "unknown property \"" + property.Key + "\"" + where);
            }
        }
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

            WriteCoverage(writer, project.Value);
            WriteSizes(writer, project.Value);
            WriteMedians(writer, project.Value);
            writer.EndObject();
        }

        return writer.EndObject().EndObject().ToDocument();
    }

    private static void WriteCoverage(JsonWriter writer, ProjectRatchet project)
    {
        if (project.LineFloor is null && project.BranchFloor is null)
        {
            return;
        }

        writer.PropertyName("coverage").StartObject();
        if (project.LineFloor is { } line)
        {
            writer.PropertyName("line").Number(line);
        }

        if (project.BranchFloor is { } branch)
        {
            writer.PropertyName("branch").Number(branch);
        }

        // Once both floors have reached 80 the adoption no longer matters: max(floor, 80) is the floor itself.
        if (project.CoverageAdopted && (CoverageFloor.BelowMinimum(project.LineFloor) || CoverageFloor.BelowMinimum(project.BranchFloor)))
        {
            writer.Property("adopted", true);
        }

        writer.EndObject();
    }

    private static void WriteSizes(JsonWriter writer, ProjectRatchet project)
    {
        if (project.SizeCeilings.Count == 0)
        {
            return;
        }

        writer.PropertyName("sizes").StartObject();
        foreach (var size in project.SizeCeilings)
        {
            writer.PropertyName(size.Key).Number(size.Value);
        }

        writer.EndObject();
    }

    private static void WriteMedians(JsonWriter writer, ProjectRatchet project)
    {
        if (project.BenchmarkMedians.Count == 0)
        {
            return;
        }

        writer.PropertyName("benchmarks").StartObject();
        foreach (var median in project.BenchmarkMedians)
        {
            writer.PropertyName(median.Key).Number(median.Value);
        }

        writer.EndObject();
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

    private static double? Percent(JsonObject owner, string name)
    {
        var node = owner[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonNumber number && number.Value >= 0 && number.Value <= 100)
        {
            return number.Value;
        }

        throw Error(node, "\"" + name + "\" must be a percentage from 0 to 100");
    }

    private static bool Flag(JsonObject owner, string name) => owner[name] switch
    {
        null => false,
        JsonLiteral { Kind: JsonKind.True } => true,
        JsonLiteral { Kind: JsonKind.False } => false,
        var node => throw Error(node, "\"" + name + "\" must be true or false"),
    };

    private static JsonParseException Error(JsonNode node, string problem) => new(problem, node.Line, node.Column);
}
