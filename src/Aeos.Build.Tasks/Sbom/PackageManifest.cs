using System;
using System.IO;
using System.Xml;

namespace Aeos.Build.Tasks.Sbom;

/// <summary>How a package declares its licence in its <c>.nuspec</c>.</summary>
internal enum LicenseKind
{
    /// <summary>No nuspec, or a nuspec without licence information.</summary>
    None,

    /// <summary><c>&lt;license type="expression"&gt;</c>: an SPDX licence expression.</summary>
    Expression,

    /// <summary><c>&lt;license type="file"&gt;</c>: a licence text shipped in the package.</summary>
    File,

    /// <summary>Only the deprecated <c>&lt;licenseUrl&gt;</c>.</summary>
    Url,
}

/// <summary>
/// What the SBOM and the licence check read from a package's <c>.nuspec</c> in the packages folder:
/// the licence and whether the package declares itself a development dependency.
/// </summary>
internal sealed class PackageManifest
{
    /// <summary>Licence texts above this size are named, not embedded: the SBOM stays readable.</summary>
    private const long MaxEmbeddedTextBytes = 64 * 1024;

    public static readonly PackageManifest Unknown = new(LicenseKind.None, null, null, false);

    private PackageManifest(LicenseKind kind, string? license, string? licenseText, bool developmentDependency)
    {
        Kind = kind;
        License = license;
        LicenseText = licenseText;
        IsDevelopmentDependency = developmentDependency;
    }

    public LicenseKind Kind { get; }

    /// <summary>The expression, the file name in the package, or the URL; null for <see cref="LicenseKind.None"/>.</summary>
    public string? License { get; }

    /// <summary>The content of a <see cref="LicenseKind.File"/> licence, when it could be read.</summary>
    public string? LicenseText { get; }

    public bool IsDevelopmentDependency { get; }

    /// <summary>Reads <c>&lt;id&gt;.nuspec</c> in <paramref name="packageDirectory"/>; a missing or unreadable one is <see cref="Unknown"/>.</summary>
    public static PackageManifest Read(string packageDirectory, string id)
    {
        var path = System.IO.Path.Combine(packageDirectory, id.ToLowerInvariant() + ".nuspec");
        if (!File.Exists(path))
        {
            return Unknown;
        }

        try
        {
            return Parse(File.ReadAllText(path), packageDirectory);
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            return Unknown;
        }
    }

    /// <summary>Reads the metadata of a nuspec; <paramref name="packageDirectory"/> resolves a licence file.</summary>
    /// <exception cref="XmlException">The text is not well-formed XML.</exception>
    public static PackageManifest Parse(string nuspec, string packageDirectory)
    {
        var metadata = new Metadata();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using (var reader = XmlReader.Create(new StringReader(nuspec), settings))
        {
            reader.MoveToContent();
            while (!reader.EOF)
            {
                // Reading an element's content moves past it: only read on when nothing was consumed.
                if (reader.NodeType != XmlNodeType.Element || !metadata.TryRead(reader))
                {
                    reader.Read();
                }
            }
        }

        return metadata.ToManifest(packageDirectory);
    }

    private static string? ReadText(string packageDirectory, string file)
    {
        var root = System.IO.Path.GetFullPath(packageDirectory).TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar;
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, file.Replace('\\', '/')));

        // The nuspec names a file inside the package; anything else is not the package's licence.
        if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path) || new FileInfo(path).Length > MaxEmbeddedTextBytes)
        {
            return null;
        }

        return File.ReadAllText(path).Replace("\r\n", "\n");
    }

    /// <summary>The nuspec elements of interest, by local name: the nuspec namespace differs between schema versions.</summary>
    private sealed class Metadata
    {
        private string? _licenseType;
        private string? _license;
        private string? _licenseUrl;
        private bool _developmentDependency;

        public bool TryRead(XmlReader reader)
        {
            switch (reader.LocalName)
            {
                case "license":
                    _licenseType = reader.GetAttribute("type");
                    _license = reader.ReadElementContentAsString().Trim();
                    return true;
                case "licenseUrl":
                    _licenseUrl = reader.ReadElementContentAsString().Trim();
                    return true;
                case "developmentDependency":
                    _developmentDependency = string.Equals(reader.ReadElementContentAsString().Trim(), "true", StringComparison.OrdinalIgnoreCase);
                    return true;
                default:
                    return false;
            }
        }

        public PackageManifest ToManifest(string packageDirectory)
        {
            // With a <license> element, <licenseUrl> is only NuGet's compatibility link: never reported instead of it.
            if (_license is { Length: > 0 } license && string.Equals(_licenseType, "expression", StringComparison.OrdinalIgnoreCase))
            {
                return new PackageManifest(LicenseKind.Expression, license, null, _developmentDependency);
            }

            if (_license is { Length: > 0 } file && string.Equals(_licenseType, "file", StringComparison.OrdinalIgnoreCase))
            {
                return new PackageManifest(LicenseKind.File, file, ReadText(packageDirectory, file), _developmentDependency);
            }

            return _licenseUrl is { Length: > 0 } url
                ? new PackageManifest(LicenseKind.Url, url, null, _developmentDependency)
                : new PackageManifest(LicenseKind.None, null, null, _developmentDependency);
        }
    }
}
