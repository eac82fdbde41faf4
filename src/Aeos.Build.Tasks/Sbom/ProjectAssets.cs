using System;
using System.Collections.Generic;
using System.Linq;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Sbom;

/// <summary>One resolved package or project reference of a project, as restore recorded it.</summary>
internal sealed class AssetsLibrary
{
    public AssetsLibrary(string id, string version, bool isProject)
    {
        Id = id;
        Version = version;
        IsProject = isProject;
    }

    public string Id { get; }

    public string Version { get; }

    /// <summary>A project reference (assets type "project") rather than a package.</summary>
    public bool IsProject { get; }

    /// <summary>The package's SHA-512 as the assets file stores it (base64); null for projects.</summary>
    public string? Sha512 { get; set; }

    /// <summary>The package's folder below a packages folder (<c>id/version</c>, lower case).</summary>
    public string? Path { get; set; }

    /// <summary>The keys (<see cref="Key"/>) of the libraries this one depends on directly, sorted.</summary>
    public SortedSet<string> Dependencies { get; } = new(StringComparer.Ordinal);

    public string Key => Id + "/" + Version;
}

/// <summary>
/// What an SBOM needs from <c>project.assets.json</c>: every library resolved for the selected target
/// framework (all of them when none is selected), its dependency edges, the project's direct references
/// and which of those are private (<c>PrivateAssets="all"</c>, recorded as <c>suppressParent: All</c>).
/// </summary>
internal sealed class ProjectAssets
{
    private ProjectAssets(IReadOnlyList<AssetsLibrary> libraries, IReadOnlyCollection<string> direct, IReadOnlyCollection<string> privateIds, IReadOnlyList<string> packageFolders)
    {
        Libraries = libraries;
        DirectKeys = direct;
        PrivateIds = privateIds;
        PackageFolders = packageFolders;
    }

    /// <summary>Sorted by key (ordinal), so that everything written from them is in a stable order.</summary>
    public IReadOnlyList<AssetsLibrary> Libraries { get; }

    /// <summary>Keys of the libraries the project references itself.</summary>
    public IReadOnlyCollection<string> DirectKeys { get; }

    /// <summary>Ids (any case) of the direct package references with <c>PrivateAssets="all"</c>.</summary>
    public IReadOnlyCollection<string> PrivateIds { get; }

    /// <summary>The packages folders restore used, in the order it searched them.</summary>
    public IReadOnlyList<string> PackageFolders { get; }

    /// <summary>Reads the assets file for one target framework (alias or moniker; null for all).</summary>
    /// <exception cref="JsonParseException">The text is not JSON, or not shaped like an assets file.</exception>
    public static ProjectAssets Parse(string text, string? framework, string? moniker)
    {
        var root = JsonParser.Parse(text) as JsonObject ?? throw new JsonParseException("an assets file must be a JSON object", 1, 1);
        var selector = new FrameworkSelector(framework, moniker);
        var targets = Child(root, "targets");
        var selected = targets.Properties.Where(t => selector.Matches(t.Key)).ToList();
        if (selected.Count == 0)
        {
            // A layout this reader does not know the keys of: describe everything restore resolved.
            selected = targets.Properties.ToList();
        }

        var libraries = new Dictionary<string, AssetsLibrary>(StringComparer.Ordinal);
        var direct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in selected)
        {
            var byId = ReadTarget(AsObject(target.Value, "target \"" + target.Key + "\""), libraries);
            direct.UnionWith(ReadDirectKeys(root, target.Key, byId));
        }

        AddLibraryDetails(Child(root, "libraries"), libraries.Values);
        var ordered = libraries.Values.OrderBy(l => l.Key, StringComparer.Ordinal).ToList();
        return new ProjectAssets(ordered, direct, PrivateDependencies(root, selector), Folders(root));
    }

    private static Dictionary<string, string> ReadTarget(JsonObject target, Dictionary<string, AssetsLibrary> libraries)
    {
        var byId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var edges = new List<(AssetsLibrary Library, JsonObject Entry)>();
        foreach (var entry in target.Properties)
        {
            var library = GetOrAdd(libraries, entry.Key, AsObject(entry.Value, "\"" + entry.Key + "\""));
            byId[library.Id] = library.Key;
            edges.Add((library, (JsonObject)entry.Value));
        }

        // Dependencies name ids with version ranges; restore resolved each id to one version per target.
        foreach (var (library, entry) in edges)
        {
            if (entry["dependencies"] is JsonObject dependencies)
            {
                library.Dependencies.UnionWith(dependencies.Properties.Where(d => byId.ContainsKey(d.Key)).Select(d => byId[d.Key]));
            }
        }

        return byId;
    }

    private static AssetsLibrary GetOrAdd(Dictionary<string, AssetsLibrary> libraries, string key, JsonObject entry)
    {
        if (libraries.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var slash = key.IndexOf('/');
        if (slash <= 0 || slash == key.Length - 1)
        {
            throw Error(entry, "\"" + key + "\" is not of the form id/version");
        }

        var isProject = entry["type"] is JsonString { Value: "project" };
        var library = new AssetsLibrary(key.Substring(0, slash), key.Substring(slash + 1), isProject);
        libraries.Add(key, library);
        return library;
    }

    private static void AddLibraryDetails(JsonObject details, IEnumerable<AssetsLibrary> libraries)
    {
        foreach (var library in libraries)
        {
            if (details[library.Key] is JsonObject entry)
            {
                library.Sha512 = Base64(entry["sha512"] as JsonString);
                library.Path = (entry["path"] as JsonString)?.Value;
            }
        }
    }

    private static IEnumerable<string> ReadDirectKeys(JsonObject root, string targetKey, Dictionary<string, string> byId)
    {
        // "projectFileDependencyGroups": { "<framework>": ["Name >= 1.0.0", …] }, keyed without the runtime.
        var groups = root["projectFileDependencyGroups"] as JsonObject;
        var group = groups?[FrameworkSelector.WithoutRuntime(targetKey)] as JsonArray;
        foreach (var item in group?.Items.OfType<JsonString>() ?? Enumerable.Empty<JsonString>())
        {
            var id = item.Value.Split(' ')[0];
            if (byId.TryGetValue(id, out var key))
            {
                yield return key;
            }
        }
    }

    private static HashSet<string> PrivateDependencies(JsonObject root, FrameworkSelector selector)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var frameworks = (root["project"] as JsonObject)?["frameworks"] as JsonObject;
        foreach (var framework in frameworks?.Properties ?? Array.Empty<KeyValuePair<string, JsonNode>>())
        {
            if (framework.Value is JsonObject entry && (selector.Matches(framework.Key) || selector.Matches(Alias(entry))))
            {
                result.UnionWith(PrivateReferences(entry));
            }
        }

        return result;
    }

    private static string Alias(JsonObject framework) => (framework["targetAlias"] as JsonString)?.Value ?? string.Empty;

    private static IEnumerable<string> PrivateReferences(JsonObject framework) =>
        (framework["dependencies"] as JsonObject)?.Properties.Where(d => IsPrivate(d.Value)).Select(d => d.Key) ?? Enumerable.Empty<string>();

    private static bool IsPrivate(JsonNode dependency) =>
        dependency is JsonObject entry && entry["suppressParent"] is JsonString { Value: var assets } && string.Equals(assets, "All", StringComparison.OrdinalIgnoreCase);

    /// <summary>The hash as written, once it is known to be base64: the SBOM converts it to hexadecimal.</summary>
    private static string? Base64(JsonString? hash)
    {
        if (hash is null)
        {
            return null;
        }

        try
        {
            Convert.FromBase64String(hash.Value);
            return hash.Value;
        }
        catch (FormatException)
        {
            throw Error(hash, "\"sha512\" is not base64");
        }
    }

    private static List<string> Folders(JsonObject root) =>
        (root["packageFolders"] as JsonObject)?.Properties.Select(p => p.Key).ToList() ?? new List<string>();

    private static JsonObject Child(JsonObject owner, string name) =>
        owner[name] is { } node ? AsObject(node, "\"" + name + "\"") : throw Error(owner, "\"" + name + "\" is missing");

    private static JsonObject AsObject(JsonNode node, string what) =>
        node as JsonObject ?? throw Error(node, what + " must be an object, not " + node.KindDescription);

    private static JsonParseException Error(JsonNode node, string problem) => new(problem, node.Line, node.Column);

    /// <summary>
    /// Which keys of "targets" belong to the framework being built: the alias (<c>net8.0</c>, the key in
    /// assets format 4) or the moniker (<c>.NETCoreApp,Version=v8.0</c>, format 3), each optionally
    /// followed by <c>/runtime</c>.
    /// </summary>
    private sealed class FrameworkSelector
    {
        private readonly string? _framework;
        private readonly string? _moniker;

        public FrameworkSelector(string? framework, string? moniker)
        {
            _framework = string.IsNullOrEmpty(framework) ? null : framework;
            _moniker = string.IsNullOrEmpty(moniker) ? null : moniker;
        }

        private bool IsAll => _framework is null && _moniker is null;

        public static string WithoutRuntime(string targetKey)
        {
            var slash = targetKey.IndexOf('/');
            return slash < 0 ? targetKey : targetKey.Substring(0, slash);
        }

        public bool Matches(string targetKey)
        {
            var framework = WithoutRuntime(targetKey);
            return IsAll
                || string.Equals(framework, _framework, StringComparison.OrdinalIgnoreCase)
                || string.Equals(framework, _moniker, StringComparison.OrdinalIgnoreCase);
        }
    }
}
