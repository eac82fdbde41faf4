using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Aeos.Build.Tasks.Packages;

/// <summary>
/// The pinned-packages gate: every package the project references must restore to one version. A floating
/// version, a missing one or a range without an inclusive lower bound is AEOS9601; a bounded range
/// (<c>[1.0, 2.0)</c>) is the warning AEOS9602; a lock file that the project asks for
/// (<c>RestorePackagesWithLockFile</c>) and that does not exist is AEOS9603. A lock file that exists pins
/// every version, so nothing in it is reported. Central versions (<c>Directory.Packages.props</c>) and
/// <c>VersionOverride</c> are judged where they are written.
/// </summary>
public sealed class AeosPackagePinning : Task
{
    /// <summary>The project, as messages name it.</summary>
    [Required]
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>The project file, where a problem without a file of its own is reported.</summary>
    public string ProjectFile { get; set; } = string.Empty;

    /// <summary><c>@(PackageReference)</c>, with their <c>Version</c> or <c>VersionOverride</c>.</summary>
    public ITaskItem[] PackageReferences { get; set; } = Array.Empty<ITaskItem>();

    /// <summary><c>@(PackageVersion)</c>: the central versions, used when <see cref="CentralVersions"/> is true.</summary>
    public ITaskItem[] PackageVersions { get; set; } = Array.Empty<ITaskItem>();

    /// <summary><c>@(GlobalPackageReference)</c>: central references every project gets, with their own version.</summary>
    public ITaskItem[] GlobalPackageReferences { get; set; } = Array.Empty<ITaskItem>();

    /// <summary><c>$(ManagePackageVersionsCentrally)</c>.</summary>
    public bool CentralVersions { get; set; }

    /// <summary><c>$(RestorePackagesWithLockFile)</c>: the project asks for a lock file.</summary>
    public bool LockFileRequested { get; set; }

    /// <summary>The lock file's path (<c>$(NuGetLockFilePath)</c>, else <c>packages.lock.json</c> beside the project).</summary>
    public string LockFile { get; set; } = string.Empty;

    /// <summary>The packages that are not pinned, as <c>Id version</c>, for the evidence.</summary>
    [Output]
    public string[] Unpinned { get; private set; } = Array.Empty<string>();

    /// <summary>How many packages were judged.</summary>
    [Output]
    public int PackageCount { get; private set; }

    /// <summary>True when a lock file pins the versions.</summary>
    [Output]
    public bool LockFilePinned { get; private set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        LockFilePinned = LockFile.Length > 0 && File.Exists(LockFile);
        if (LockFileRequested && !LockFilePinned)
        {
            Log.LogError(null, ErrorCodes.LockFileMissing, null, ProjectFile, 0, 0, 0, 0,
                "{0} asks for a lock file (RestorePackagesWithLockFile=true), but '{1}' does not exist, so restore resolved the versions afresh. Run dotnet restore (it writes the file) and commit it.",
                ProjectName, LockFile.Length == 0 ? "packages.lock.json" : LockFile);
        }

        var packages = Packages().ToList();
        PackageCount = packages.Count;
        var unpinned = packages.Where(p => VersionPin.Classify(p.Version) != PinKind.Pinned).ToList();
        Unpinned = unpinned.Select(p => p.Id + " " + (p.Version.Length == 0 ? "(no version)" : p.Version)).ToArray();
        foreach (var package in unpinned)
        {
            Report(package);
        }

        return !Log.HasLoggedErrors;
    }

    private void Report(PackageVersionSource package)
    {
        if (LockFilePinned)
        {
            Log.LogMessage(MessageImportance.Normal, "Aeos: {0}: package {1} '{2}' is not pinned in {3}; the lock file '{4}' pins it.", ProjectName, package.Id, package.Version, package.File, LockFile);
            return;
        }

        var kind = VersionPin.Classify(package.Version);
        var file = package.File.Length > 0 ? package.File : ProjectFile;
        if (kind == PinKind.BoundedRange)
        {
            Log.LogWarning(null, ErrorCodes.PackageVersionRange, null, file, 0, 0, 0, 0,
                "{0}: package {1} has the version range '{2}' ({3}): restore resolves its lower bound today, but the range says any version in it will do. Write the version to pin it, or commit a lock file (RestorePackagesWithLockFile=true).",
                ProjectName, package.Id, package.Version, package.Origin);
            return;
        }

        Log.LogError(null, ErrorCodes.PackageNotPinned, null, file, 0, 0, 0, 0,
            "{0}: package {1} is not pinned: {2} ({3}). Write the exact version, or commit a lock file (RestorePackagesWithLockFile=true).",
            ProjectName, package.Id, Why(kind, package.Version), package.Origin);
    }

    private static string Why(PinKind kind, string version) => kind switch
    {
        PinKind.Missing => "it has no version, so restore takes the lowest version the feeds offer",
        PinKind.Floating => "the floating version '" + version + "' restores the newest match, so each new release changes the build",
        _ => "the range '" + version + "' has no inclusive lower bound, so restore takes its lowest published match, which changes as versions are published",
    };

    /// <summary>Each explicit reference with the version NuGet restores it by, and where that version is written.</summary>
    private IEnumerable<PackageVersionSource> Packages()
    {
        var central = new Dictionary<string, ITaskItem>(StringComparer.OrdinalIgnoreCase);
        foreach (var version in PackageVersions)
        {
            central[version.ItemSpec] = version;
        }

        foreach (var reference in PackageReferences.Where(r => !string.Equals(r.GetMetadata("IsImplicitlyDefined"), "true", StringComparison.OrdinalIgnoreCase)))
        {
            var resolved = Resolve(reference, central);
            if (resolved is not null)
            {
                yield return resolved;
            }
        }

        foreach (var global in GlobalPackageReferences)
        {
            yield return new PackageVersionSource(global.ItemSpec, global.GetMetadata("Version"), Defining(global), "GlobalPackageReference");
        }
    }

    private PackageVersionSource? Resolve(ITaskItem reference, Dictionary<string, ITaskItem> central)
    {
        var overridden = reference.GetMetadata("VersionOverride");
        if (CentralVersions && overridden.Length > 0)
        {
            return new PackageVersionSource(reference.ItemSpec, overridden, Defining(reference), "VersionOverride");
        }

        if (!CentralVersions)
        {
            return new PackageVersionSource(reference.ItemSpec, reference.GetMetadata("Version"), Defining(reference), "PackageReference");
        }

        // Central management without a PackageVersion is NuGet's own error (NU1010); nothing to judge here.
        return central.TryGetValue(reference.ItemSpec, out var version)
            ? new PackageVersionSource(reference.ItemSpec, version.GetMetadata("Version"), Defining(version), "central PackageVersion")
            : null;
    }

    private string Defining(ITaskItem item)
    {
        var file = item.GetMetadata("DefiningProjectFullPath");
        return file.Length > 0 ? file : ProjectFile;
    }
}

/// <summary>A package reference's version as restore reads it, and the file and item that write it.</summary>
internal sealed class PackageVersionSource
{
    public PackageVersionSource(string id, string version, string file, string origin)
    {
        Id = id;
        Version = version.Trim();
        File = file;
        Origin = origin + (file.Length > 0 ? " in " + Path.GetFileName(file) : string.Empty);
    }

    public string Id { get; }

    public string Version { get; }

    public string File { get; }

    public string Origin { get; }
}
