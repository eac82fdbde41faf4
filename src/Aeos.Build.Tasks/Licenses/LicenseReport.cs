using System;
using System.Collections.Generic;
using System.Linq;
using Aeos.Build.Tasks.Sbom;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Licenses;

/// <summary>The policy's verdict on one package.</summary>
internal sealed class LicenseResult
{
    public LicenseResult(string id, string version, string? license, LicenseVerdict verdict, string? reason)
    {
        Id = id;
        Version = version;
        License = license;
        Verdict = verdict;
        Reason = reason;
    }

    public string Id { get; }

    public string Version { get; }

    /// <summary>The SPDX expression, <c>file:&lt;name&gt;</c>, the licence URL, or null when none is declared.</summary>
    public string? License { get; }

    public LicenseVerdict Verdict { get; }

    /// <summary>The reason an exception gives; null unless <see cref="LicenseVerdict.Excepted"/>.</summary>
    public string? Reason { get; }
}

/// <summary>
/// <c>evidence/&lt;Project&gt;.licenses.json</c>: the verdict on every package of a project, sorted by id and
/// version, written by <see cref="AeosSbom"/> and read by <see cref="AeosLicenseGate"/> on every build (so
/// that the gate reports the same on a build that did not need to rebuild the SBOM) and by reports.
/// </summary>
internal sealed class LicenseReport
{
    public const int SchemaVersion = 1;

    public LicenseReport(string project, string policy, IReadOnlyList<LicenseResult> results)
    {
        Project = project;
        Policy = policy;
        Results = results;
    }

    public string Project { get; }

    /// <summary>The file name of the policy file, or "default".</summary>
    public string Policy { get; }

    public IReadOnlyList<LicenseResult> Results { get; }

    public static LicenseReport Evaluate(SbomDocument sbom, LicensePolicy policy, string policyName)
    {
        var results = sbom.Components
            .Where(c => !c.Library.IsProject)
            .Select(c => Evaluate(c, policy))
            .OrderBy(r => r.Id, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Version, StringComparer.Ordinal)
            .ToList();
        return new LicenseReport(sbom.Project.Name, policyName, results);
    }

    private static LicenseResult Evaluate(SbomComponent component, LicensePolicy policy)
    {
        var library = component.Library;
        var manifest = component.Manifest;
        var license = manifest.Kind == LicenseKind.File ? "file:" + manifest.License : manifest.License;
        if (component.IsDevelopmentOnly)
        {
            return new LicenseResult(library.Id, library.Version, license, LicenseVerdict.Development, null);
        }

        var exception = policy.Exceptions.FirstOrDefault(e => e.Matches(library.Id, library.Version));
        if (exception is not null)
        {
            return new LicenseResult(library.Id, library.Version, license, LicenseVerdict.Excepted, exception.Reason);
        }

        return new LicenseResult(library.Id, library.Version, license, Judge(manifest, policy), null);
    }

    private static LicenseVerdict Judge(PackageManifest manifest, LicensePolicy policy)
    {
        if (manifest.Kind != LicenseKind.Expression)
        {
            return LicenseVerdict.Unknown;
        }

        try
        {
            return SpdxExpression.Evaluate(manifest.License!, policy.Judge);
        }
        catch (FormatException)
        {
            return LicenseVerdict.Unknown;
        }
    }

    public string Serialize()
    {
        var writer = new JsonWriter().StartObject()
            .Property("schemaVersion", SchemaVersion)
            .Property("project", Project)
            .Property("policy", Policy)
            .PropertyName("packages").StartArray();
        foreach (var result in Results)
        {
            writer.StartObject().Property("id", result.Id).Property("version", result.Version)
                .Property("license", result.License).Property("verdict", Name(result.Verdict));
            if (result.Reason is not null)
            {
                writer.Property("reason", result.Reason);
            }

            writer.EndObject();
        }

        return writer.EndArray().EndObject().ToDocument();
    }

    /// <exception cref="JsonParseException">The text is not a licence report.</exception>
    public static LicenseReport Parse(string text)
    {
        var root = JsonParser.Parse(text) as JsonObject ?? throw new JsonParseException("a licence report must be a JSON object", 1, 1);
        var packages = root["packages"] as JsonArray ?? throw Error(root, "\"packages\" must be an array");
        var results = packages.Items.Select(ParseResult).ToList();
        return new LicenseReport(String(root, "project"), String(root, "policy"), results);
    }

    public static string Name(LicenseVerdict verdict) => verdict.ToString().ToLowerInvariant();

    private static LicenseResult ParseResult(JsonNode node)
    {
        var entry = node as JsonObject ?? throw Error(node, "a package must be an object");
        var verdict = String(entry, "verdict");
        // TryParse also takes numbers and other casings: only the names Serialize writes are verdicts.
        if (!Enum.TryParse<LicenseVerdict>(verdict, ignoreCase: true, out var known) || Name(known) != verdict)
        {
            throw Error(entry["verdict"]!, "unknown verdict \"" + verdict + "\"");
        }

        return new LicenseResult(String(entry, "id"), String(entry, "version"), entry["license"] is JsonString s ? s.Value : null, known, entry["reason"] is JsonString r ? r.Value : null);
    }

    private static string String(JsonObject owner, string name) =>
        owner[name] is JsonString s ? s.Value : throw Error(owner, "\"" + name + "\" must be a string");

    private static JsonParseException Error(JsonNode node, string problem) => new(problem, node.Line, node.Column);
}
