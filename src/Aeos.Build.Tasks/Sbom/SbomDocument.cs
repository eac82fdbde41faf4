using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Aeos.Build.Tasks.Sbom;

/// <summary>The project an SBOM describes.</summary>
internal sealed class SbomProject
{
    public SbomProject(string name, string version)
    {
        Name = name;
        Version = version;
    }

    public string Name { get; }

    public string Version { get; }

    /// <summary>The target framework the SBOM is for; null when it covers every framework of the assets file.</summary>
    public string? TargetFramework { get; set; }

    /// <summary>A test project ships nothing: every component it uses is development-only.</summary>
    public bool IsTestProject { get; set; }

    /// <summary>An executable (OutputType Exe/WinExe) rather than a library.</summary>
    public bool IsApplication { get; set; }

    public string BomRef => ProjectRef(Name, Version);

    public static string ProjectRef(string name, string version) => "project/" + name + "@" + version;
}

/// <summary>One resolved package or project reference with what its nuspec declares.</summary>
internal sealed class SbomComponent
{
    public SbomComponent(AssetsLibrary library, PackageManifest manifest, bool developmentOnly)
    {
        Library = library;
        Manifest = manifest;
        IsDevelopmentOnly = developmentOnly;
    }

    public AssetsLibrary Library { get; }

    public PackageManifest Manifest { get; }

    /// <summary>Not part of what the project ships (CycloneDX scope "excluded").</summary>
    public bool IsDevelopmentOnly { get; }

    /// <summary>The package URL of a package (<c>pkg:nuget/Id@Version</c>); null for a project reference.</summary>
    public string? Purl => Library.IsProject ? null : "pkg:nuget/" + PercentEncode(Library.Id) + "@" + PercentEncode(Library.Version);

    public string BomRef => Purl ?? SbomProject.ProjectRef(Library.Id, Library.Version);

    /// <summary>The purl specification's encoding: everything but unreserved characters as %XX of its UTF-8 bytes.</summary>
    private static string PercentEncode(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if ((b < 128 && char.IsLetterOrDigit(c)) || c is '.' or '-' or '_' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}

/// <summary>
/// The content of one SBOM: the project, its resolved libraries in key order, and which of them are
/// development-only. A library is development-only unless it is reachable from a direct reference that
/// ships: one without <c>PrivateAssets="all"</c> and not a package that declares
/// <c>developmentDependency</c> (analyzers, build tools), without passing through such a package. A test
/// project's libraries are all development-only.
/// </summary>
internal sealed class SbomDocument
{
    private readonly Dictionary<string, string> _refs;

    private SbomDocument(SbomProject project, IReadOnlyList<SbomComponent> components)
    {
        Project = project;
        Components = components;
        _refs = components.ToDictionary(c => c.Library.Key, c => c.BomRef, StringComparer.Ordinal);
    }

    public SbomProject Project { get; }

    public IReadOnlyList<SbomComponent> Components { get; }

    /// <summary>The bom-refs of the project's direct references, sorted.</summary>
    public IReadOnlyList<string> DirectRefs { get; private set; } = Array.Empty<string>();

    public static SbomDocument Create(SbomProject project, ProjectAssets assets, Func<AssetsLibrary, PackageManifest> manifests)
    {
        var manifestByKey = assets.Libraries.ToDictionary(l => l.Key, l => l.IsProject ? PackageManifest.Unknown : manifests(l), StringComparer.Ordinal);
        var shipped = project.IsTestProject ? new HashSet<string>() : Shipped(assets, manifestByKey);
        var components = assets.Libraries
            .Select(l => new SbomComponent(l, manifestByKey[l.Key], !shipped.Contains(l.Key)))
            .ToList();
        var document = new SbomDocument(project, components);
        document.DirectRefs = document.Sorted(assets.DirectKeys);
        return document;
    }

    /// <summary>The bom-refs a component depends on, sorted.</summary>
    public IReadOnlyList<string> DependsOn(SbomComponent component) => Sorted(component.Library.Dependencies);

    private List<string> Sorted(IEnumerable<string> keys) => keys.Select(k => _refs[k]).OrderBy(r => r, StringComparer.Ordinal).ToList();

    private static HashSet<string> Shipped(ProjectAssets assets, Dictionary<string, PackageManifest> manifests)
    {
        var byKey = assets.Libraries.ToDictionary(l => l.Key, StringComparer.Ordinal);
        var privateIds = new HashSet<string>(assets.PrivateIds, StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(assets.DirectKeys.Where(k => !privateIds.Contains(byKey[k].Id)));
        var shipped = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var key = pending.Pop();
            if (manifests[key].IsDevelopmentDependency || !shipped.Add(key))
            {
                continue;
            }

            foreach (var dependency in byKey[key].Dependencies)
            {
                pending.Push(dependency);
            }
        }

        return shipped;
    }
}
