using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Aeos.Build.Tasks.Licenses;
using Aeos.Shared.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Aeos.Build.Tasks.Sbom;

/// <summary>
/// Writes the project's CycloneDX 1.6 SBOM from <c>project.assets.json</c> and the licence verdicts of
/// the policy (<c>aeos.licenses.json</c> or the default) beside the other evidence. Both files are
/// written atomically and only when their content changed; the verdicts are reported by
/// <see cref="AeosLicenseGate"/>, which runs on every build.
/// </summary>
public sealed class AeosSbom : Task
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    /// <summary><c>$(ProjectAssetsFile)</c>.</summary>
    [Required]
    public string AssetsFile { get; set; } = string.Empty;

    /// <summary><c>$(AeosArtifactsPath)sbom/&lt;Project&gt;.cdx.json</c>.</summary>
    [Required]
    public string SbomFile { get; set; } = string.Empty;

    /// <summary><c>$(AeosArtifactsPath)evidence/&lt;Project&gt;.licenses.json</c>.</summary>
    [Required]
    public string LicenseReportFile { get; set; } = string.Empty;

    [Required]
    public string ProjectName { get; set; } = string.Empty;

    public string ProjectVersion { get; set; } = string.Empty;

    /// <summary>The framework of this (inner) build, <c>$(TargetFramework)</c>; empty describes all frameworks.</summary>
    public string TargetFramework { get; set; } = string.Empty;

    /// <summary><c>$(TargetFrameworkMoniker)</c>: the key of older assets files.</summary>
    public string TargetFrameworkMoniker { get; set; } = string.Empty;

    /// <summary><c>$(NuGetPackageRoot)</c>, searched before the folders the assets file lists.</summary>
    public string PackagesFolder { get; set; } = string.Empty;

    /// <summary><c>aeos.licenses.json</c>; it need not exist.</summary>
    public string LicensePolicyFile { get; set; } = string.Empty;

    public bool IsTestProject { get; set; }

    /// <summary><c>$(OutputType)</c>: Exe and WinExe make the SBOM's subject an application.</summary>
    public string OutputType { get; set; } = string.Empty;

    /// <summary>True when the SBOM file was written, false when it already had this content.</summary>
    [Output]
    public bool SbomWritten { get; set; }

    public override bool Execute()
    {
        if (!TryRead(AssetsFile, "The assets file", "Restore again to have NuGet write it anew.", t => ProjectAssets.Parse(t, TargetFramework, TargetFrameworkMoniker), out var assets)
            || !TryReadPolicy(out var policy))
        {
            return false;
        }

        var sbom = SbomDocument.Create(Project(), assets!, new ManifestSource(PackagesFolder, assets!.PackageFolders).Read);
        var report = LicenseReport.Evaluate(sbom, policy!, File.Exists(LicensePolicyFile) ? Path.GetFileName(LicensePolicyFile) : "default");

        // Several builds of one project (one per target framework, build and pack) may write at once.
        using (FileLock.Acquire(SbomFile, LockTimeout))
        {
            SbomWritten = WriteIfChanged(SbomFile, CycloneDxWriter.Write(sbom, ToolVersion()));
            WriteIfChanged(LicenseReportFile, report.Serialize());
        }

        Log.LogMessage(MessageImportance.Low, "Aeos: SBOM of {0} with {1} components in '{2}'.", ProjectName, sbom.Components.Count, SbomFile);
        return !Log.HasLoggedErrors;
    }

    private SbomProject Project() => new(ProjectName, ProjectVersion.Length > 0 ? ProjectVersion : "0.0.0")
    {
        TargetFramework = TargetFramework.Length > 0 ? TargetFramework : null,
        IsTestProject = IsTestProject,
        IsApplication = OutputType.Equals("Exe", StringComparison.OrdinalIgnoreCase) || OutputType.Equals("WinExe", StringComparison.OrdinalIgnoreCase),
    };

    private bool TryReadPolicy(out LicensePolicy? policy)
    {
        policy = LicensePolicy.Default;
        return LicensePolicyFile.Length == 0 || !File.Exists(LicensePolicyFile)
            || TryRead(LicensePolicyFile, "The licence policy", "It was left unchanged; correct it or restore it from version control.", LicensePolicy.Parse, out policy);
    }

    private bool TryRead<T>(string path, string what, string remedy, Func<string, T> parse, out T? document)
        where T : class
    {
        document = null;
        try
        {
            document = parse(File.ReadAllText(path));
            return true;
        }
        catch (JsonParseException e)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, path, e.Line, e.Column, 0, 0,
                "{0} '{1}' cannot be read: {2}. {3}", what, path, e.Problem, remedy);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, path, 0, 0, 0, 0, "{0} '{1}' cannot be read: {2}", what, path, e.Message);
        }

        return false;
    }

    private static bool WriteIfChanged(string path, string content)
    {
        if (AtomicFile.WriteIfChanged(path, Encoding.UTF8.GetBytes(content)))
        {
            return true;
        }

        // Same bytes: keep the file, but mark it current so the incremental check skips this step next time.
        BuildClock.Touch(path);
        return false;
    }

    /// <summary>The package's version, which this assembly carries.</summary>
    private static string ToolVersion()
    {
        // The informational version may carry "+<commit>": the package version is what precedes it.
        var version = typeof(AeosSbom).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return version.Split('+')[0];
    }

    /// <summary>Finds a package's nuspec in the first packages folder that holds the package.</summary>
    private sealed class ManifestSource
    {
        private readonly string[] _folders;

        public ManifestSource(string packagesFolder, System.Collections.Generic.IEnumerable<string> assetsFolders)
        {
            _folders = new[] { packagesFolder }.Concat(assetsFolders).Where(f => f.Length > 0).ToArray();
        }

        public PackageManifest Read(AssetsLibrary library)
        {
            var relative = library.Path ?? (library.Id + "/" + library.Version).ToLowerInvariant();
            var directory = _folders.Select(f => Path.Combine(f, relative)).FirstOrDefault(Directory.Exists);
            return directory is null ? PackageManifest.Unknown : PackageManifest.Read(directory, library.Id);
        }
    }
}
