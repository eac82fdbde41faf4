using System;
using System.Linq;
using System.Text;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Sbom;

/// <summary>
/// Writes an <see cref="SbomDocument"/> as CycloneDX 1.6 JSON. Same document, same bytes: no timestamp,
/// components in key order, and a serial number derived from the rest of the content (an RFC 9562
/// version 8 UUID from its SHA-256), so it changes exactly when the content does.
/// </summary>
internal static class CycloneDxWriter
{
    public const string SpecVersion = "1.6";

    public static string Write(SbomDocument document, string toolVersion)
    {
        var body = Write(document, toolVersion, serialNumber: null);
        return Write(document, toolVersion, "urn:uuid:" + NameBasedUuid(body));
    }

    /// <summary>RFC 9562 §5.8: a version-8 UUID whose 122 free bits are the start of the SHA-256 of <paramref name="content"/>.</summary>
    public static string NameBasedUuid(string content)
    {
        var hash = Hashing.Sha256(Encoding.UTF8.GetBytes(content));

        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Hashing.Hex(hash.Take(16));
        return hex.Substring(0, 8) + "-" + hex.Substring(8, 4) + "-" + hex.Substring(12, 4) + "-" + hex.Substring(16, 4) + "-" + hex.Substring(20, 12);
    }

    /// <summary>CycloneDX wants hash content in hexadecimal; the assets file stores base64 (checked when it is read).</summary>
    /// <exception cref="FormatException">The text is not base64.</exception>
    public static string Base64ToHex(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        return Hashing.Hex(bytes);
    }

    private static string Write(SbomDocument document, string toolVersion, string? serialNumber)
    {
        var writer = new JsonWriter().StartObject()
            .Property("$schema", "http://cyclonedx.org/schema/bom-" + SpecVersion + ".schema.json")
            .Property("bomFormat", "CycloneDX")
            .Property("specVersion", SpecVersion);
        if (serialNumber is not null)
        {
            writer.Property("serialNumber", serialNumber);
        }

        writer.Property("version", 1);
        WriteMetadata(writer, document.Project, toolVersion);
        writer.PropertyName("components").StartArray();
        foreach (var component in document.Components)
        {
            WriteComponent(writer, component);
        }

        writer.EndArray();
        WriteDependencies(writer, document);
        return writer.EndObject().ToDocument();
    }

    private static void WriteMetadata(JsonWriter writer, SbomProject project, string toolVersion)
    {
        writer.PropertyName("metadata").StartObject()
            .PropertyName("tools").StartObject().PropertyName("components").StartArray()
            .StartObject().Property("type", "application").Property("name", "Aeos.Analyzers").Property("version", toolVersion).EndObject()
            .EndArray().EndObject();
        writer.PropertyName("component").StartObject()
            .Property("type", project.IsApplication ? "application" : "library")
            .Property("bom-ref", project.BomRef)
            .Property("name", project.Name)
            .Property("version", project.Version)
            .EndObject();
        writer.PropertyName("properties").StartArray();
        if (project.TargetFramework is { } framework)
        {
            Property(writer, "aeos:targetFramework", framework);
        }

        // A test project ships nothing; its components are all scoped "excluded" as well.
        Property(writer, "aeos:testProject", project.IsTestProject ? "true" : "false");
        writer.EndArray().EndObject();
    }

    private static void WriteComponent(JsonWriter writer, SbomComponent component)
    {
        var library = component.Library;
        writer.StartObject()
            .Property("type", "library")
            .Property("bom-ref", component.BomRef)
            .Property("name", library.Id)
            .Property("version", library.Version)
            .Property("scope", component.IsDevelopmentOnly ? "excluded" : "required");
        if (library.Sha512 is { } sha512)
        {
            writer.PropertyName("hashes").StartArray()
                .StartObject().Property("alg", "SHA-512").Property("content", Base64ToHex(sha512)).EndObject()
                .EndArray();
        }

        WriteLicenses(writer, component.Manifest);
        if (component.Purl is { } purl)
        {
            writer.Property("purl", purl);
        }

        writer.PropertyName("properties").StartArray();
        Property(writer, "aeos:developmentDependency", component.IsDevelopmentOnly ? "true" : "false");
        writer.EndArray().EndObject();
    }

    private static void WriteLicenses(JsonWriter writer, PackageManifest manifest)
    {
        if (manifest.Kind == LicenseKind.None)
        {
            return;
        }

        writer.PropertyName("licenses").StartArray().StartObject();
        if (manifest.Kind == LicenseKind.Expression)
        {
            writer.Property("expression", manifest.License).Property("acknowledgement", "declared").EndObject().EndArray();
            return;
        }

        // A licence file or URL is no SPDX identifier: named (file name or URL) with its text or address.
        writer.PropertyName("license").StartObject().Property("name", manifest.License).Property("acknowledgement", "declared");
        if (manifest.Kind == LicenseKind.Url)
        {
            writer.Property("url", manifest.License);
        }
        else if (manifest.LicenseText is { } text)
        {
            writer.PropertyName("text").StartObject().Property("contentType", "text/plain").Property("content", text).EndObject();
        }

        writer.EndObject().EndObject().EndArray();
    }

    private static void WriteDependencies(JsonWriter writer, SbomDocument document)
    {
        writer.PropertyName("dependencies").StartArray();
        WriteDependency(writer, document.Project.BomRef, document.DirectRefs);
        foreach (var component in document.Components)
        {
            WriteDependency(writer, component.BomRef, document.DependsOn(component));
        }

        writer.EndArray();
    }

    private static void WriteDependency(JsonWriter writer, string reference, System.Collections.Generic.IReadOnlyList<string> dependsOn)
    {
        writer.StartObject().Property("ref", reference).PropertyName("dependsOn").StartArray();
        foreach (var target in dependsOn)
        {
            writer.String(target);
        }

        writer.EndArray().EndObject();
    }

    private static void Property(JsonWriter writer, string name, string value) =>
        writer.StartObject().Property("name", name).Property("value", value).EndObject();
}
