using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Licenses;

/// <summary>An entry of the policy's "exceptions": a package accepted whatever its licence.</summary>
internal sealed class PackageExemption
{
    public PackageExemption(string package, string? version, string reason)
    {
        Package = package;
        Version = version;
        Reason = reason;
    }

    public string Package { get; }

    /// <summary>The one version excepted; null for every version.</summary>
    public string? Version { get; }

    public string Reason { get; }

    public bool Matches(string id, string version) =>
        string.Equals(Package, id, StringComparison.OrdinalIgnoreCase)
        && (Version is null || string.Equals(Version, version, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// <c>aeos.licenses.json</c> (schema: <c>schemas/aeos.licenses.schema.json</c>): the licences allowed and
/// denied and per-package exceptions. A list the file gives replaces the default list; without a file the
/// <see cref="Default"/> policy applies: the permissive licences of <see cref="DefaultAllowed"/> are allowed,
/// everything else (copyleft such as GPL, LGPL, AGPL, MPL, EPL, and licences not known to be permissive) is
/// flagged, nothing is denied.
/// </summary>
internal sealed class LicensePolicy
{
    public const int SchemaVersion = 1;

    /// <summary>
    /// Permissive licences that only ask for attribution. MS-PL is here because its conditions bind only
    /// those who distribute its source; many .NET packages use it.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultAllowed = new[]
    {
        "0BSD", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "BSL-1.0", "CC0-1.0", "ISC", "MIT", "MIT-0",
        "MS-PL", "NCSA", "PostgreSQL", "Unlicense", "X11", "Zlib",
    };

    public static readonly LicensePolicy Default = new(DefaultAllowed, Array.Empty<string>(), Array.Empty<PackageExemption>());

    private readonly HashSet<string> _allowed;
    private readonly HashSet<string> _denied;

    private LicensePolicy(IEnumerable<string> allowed, IEnumerable<string> denied, IReadOnlyList<PackageExemption> exceptions)
    {
        _allowed = new HashSet<string>(allowed, StringComparer.OrdinalIgnoreCase);
        _denied = new HashSet<string>(denied, StringComparer.OrdinalIgnoreCase);
        Exceptions = exceptions;
    }

    public IReadOnlyList<PackageExemption> Exceptions { get; }

    /// <summary>The verdict on one licence, with its WITH exception: the whole term when listed, else the licence alone.</summary>
    public LicenseVerdict Judge(string license, string? exception)
    {
        if (exception is not null)
        {
            var term = license + " WITH " + exception;
            if (_denied.Contains(term))
            {
                return LicenseVerdict.Denied;
            }

            if (_allowed.Contains(term))
            {
                return LicenseVerdict.Allowed;
            }
        }

        if (_denied.Contains(license))
        {
            return LicenseVerdict.Denied;
        }

        return _allowed.Contains(license) ? LicenseVerdict.Allowed : LicenseVerdict.Flagged;
    }

    /// <exception cref="JsonParseException">The text is not a valid policy file; the exception names the position.</exception>
    public static LicensePolicy Parse(string text)
    {
        var root = JsonParser.Parse(text) as JsonObject ?? throw new JsonParseException("a licence policy must be a JSON object", 1, 1);
        RejectUnknown(root, string.Empty, "schemaVersion", "allowed", "denied", "exceptions");
        var version = root["schemaVersion"] ?? throw Error(root, "\"schemaVersion\" is missing; " + SchemaVersion.ToString(CultureInfo.InvariantCulture) + " was expected");
        if (version is not JsonNumber number || !number.TryGetInt64(out var value) || value != SchemaVersion)
        {
            throw Error(version, "unsupported schemaVersion; this version of Aeos reads " + SchemaVersion.ToString(CultureInfo.InvariantCulture));
        }

        IEnumerable<string> allowed = root["allowed"] is { } allowedNode ? Licenses(allowedNode, "allowed") : DefaultAllowed;
        var denied = root["denied"] is { } deniedNode ? Licenses(deniedNode, "denied") : new List<string>();
        var exceptions = root["exceptions"] is { } exceptionsNode ? Items(exceptionsNode, "exceptions").Select(ParseExemption).ToList() : new List<PackageExemption>();
        return new LicensePolicy(allowed, denied, exceptions);
    }

    private static List<string> Licenses(JsonNode node, string name) =>
        Items(node, name).Select(item => item is JsonString s && IsTerm(s.Value)
            ? s.Value
            : throw Error(item, "each entry of \"" + name + "\" must be an SPDX licence identifier, optionally with 'WITH exception'")).ToList();

    private static PackageExemption ParseExemption(JsonNode node)
    {
        var entry = node as JsonObject ?? throw Error(node, "an exception must be an object");
        RejectUnknown(entry, " in an exception", "package", "version", "reason");
        var package = Text(entry, "package", required: true)!;
        var reason = Text(entry, "reason", required: true)!;
        return new PackageExemption(package, Text(entry, "version", required: false), reason);
    }

    private static string? Text(JsonObject owner, string name, bool required)
    {
        var node = owner[name];
        if (node is null)
        {
            return required ? throw Error(owner, "\"" + name + "\" is missing in an exception") : null;
        }

        return node is JsonString { Value.Length: > 0 } s ? s.Value : throw Error(node, "\"" + name + "\" must be a non-empty string");
    }

    /// <summary>"MIT", "GPL-2.0-only WITH Classpath-exception-2.0": one licence and at most one exception.</summary>
    private static bool IsTerm(string text)
    {
        var parts = text.Split(' ');
        return parts.Length == 1 ? SpdxExpression.IsIdentifier(parts[0])
            : parts.Length == 3 && parts[1] == "WITH" && SpdxExpression.IsIdentifier(parts[0]) && SpdxExpression.IsIdentifier(parts[2]);
    }

    private static IReadOnlyList<JsonNode> Items(JsonNode node, string name) =>
        (node as JsonArray)?.Items ?? throw Error(node, "\"" + name + "\" must be an array");

    private static void RejectUnknown(JsonObject owner, string where, params string[] known)
    {
        foreach (var property in owner.Properties.Where(p => Array.IndexOf(known, p.Key) < 0))
        {
            throw Error(property.Value, "unknown property \"" + property.Key + "\"" + where);
        }
    }

    private static JsonParseException Error(JsonNode node, string problem) => new(problem, node.Line, node.Column);
}
