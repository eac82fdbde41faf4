using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Aeos.Analyzers.Security;

/// <summary>
/// What AEOS3008 recognises as a secret, as a pure function of a string: known key formats (each with a
/// kind for the message, never the value), and the test for a high-entropy value assigned to a
/// credential-named symbol.
/// </summary>
internal static class SecretPatterns
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    private static readonly (string Kind, string Description, Regex Pattern)[] Formats =
    {
        ("AwsAccessKey", "AWS access key ID", new Regex(@"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", RegexOptions.CultureInvariant, Timeout)),
        ("PrivateKey", "private key block", new Regex(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----", RegexOptions.CultureInvariant, Timeout)),
        ("GitHubToken", "GitHub token", new Regex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})", RegexOptions.CultureInvariant, Timeout)),
        ("SlackToken", "Slack token", new Regex(@"\bxox[abposr]-[A-Za-z0-9-]{10,}", RegexOptions.CultureInvariant, Timeout)),
        ("GoogleApiKey", "Google API key", new Regex(@"\bAIza[0-9A-Za-z_\-]{35}", RegexOptions.CultureInvariant, Timeout)),
        ("StripeKey", "Stripe secret key", new Regex(@"\b[rs]k_live_[0-9A-Za-z]{20,}", RegexOptions.CultureInvariant, Timeout)),
        ("AzureStorageKey", "Azure storage account key", new Regex(@"AccountKey=[A-Za-z0-9+/]{40,}={0,2}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)),
        ("Jwt", "JSON Web Token", new Regex(@"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}", RegexOptions.CultureInvariant, Timeout)),
        ("ConnectionStringPassword", "password in a connection string", new Regex(@"(?:^|;)\s*(?:password|pwd)\s*=\s*(?<value>[^;'""\s]{4,})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout)),
    };

    private static readonly string[] CredentialWords = { "password", "passwd", "pwd", "secret", "token", "apikey", "accesskey", "privatekey", "credential", "passphrase", "signingkey", "encryptionkey" };

    /// <summary>Names that hold something about a credential, not the credential: <c>PasswordFieldName</c>, <c>TokenEndpoint</c>.</summary>
    private static readonly string[] DescriptiveEndings =
    {
        "name", "field", "header", "endpoint", "url", "uri", "path", "label", "prompt", "message", "text", "format", "pattern",
        "regex", "type", "policy", "claim", "param", "parameter", "section", "setting", "variable", "length", "prefix", "route", "id", "kind", "hash", "template",
        "count", "index", "size", "delay", "timeout", "expiry", "lifetime",
    };

    /// <summary>The kind and description of a known secret format found in <paramref name="value"/>, or null.</summary>
    public static (string Kind, string Description)? FindKnownFormat(string value)
    {
        foreach (var (kind, description, pattern) in Formats)
        {
            var match = MatchInTime(pattern, value);
            if (match is { Success: true } && !(kind == "ConnectionStringPassword" && IsPlaceholder(match.Groups["value"].Value)))
            {
                return (kind, description);
            }
        }

        return null;
    }

    /// <summary>
    /// The first match of <paramref name="pattern"/> in <paramref name="value"/>, or null when the match
    /// timed out: a pathological literal is not worth a build's time, and the caller goes on with the other
    /// formats.
    /// </summary>
    private static Match? MatchInTime(Regex pattern, string value)
    {
        try
        {
            return pattern.Match(value);
        }
        catch (RegexMatchTimeoutException)
        {
            // The only failure expected of a fixed pattern: reported to the caller as "no match in time".
            return null;
        }
    }

    /// <summary>True for a symbol name that says it holds a credential: <c>DbPassword</c>, <c>api_key</c>, <c>ClientSecret</c>.</summary>
    public static bool IsCredentialName(string name)
    {
        var normalized = name.Replace("_", string.Empty).Replace("-", string.Empty).ToLowerInvariant();
        return CredentialWords.Any(w => normalized.Contains(w)) && !IsDescriptive(normalized);
    }

    /// <summary>True for a lower-case name that describes a value instead of holding it: ends in <c>name</c>, <c>length</c>, <c>template</c> ….</summary>
    public static bool IsDescriptive(string normalized) =>
        DescriptiveEndings.Any(e => normalized.EndsWith(e, StringComparison.Ordinal));

    /// <summary>
    /// True when <paramref name="value"/> looks generated or chosen as a secret: no whitespace, at least 8
    /// characters, not a placeholder or a word path (<c>Auth:Password</c>), and either three character classes
    /// or at least 16 characters of high entropy.
    /// </summary>
    public static bool LooksLikeSecret(string value)
    {
        if (value.Length < 8 || value.Any(char.IsWhiteSpace) || IsPlaceholder(value) || IsWordPath(value))
        {
            return false;
        }

        var entropy = Entropy(value);
        return entropy >= 3.0 && (CharacterClasses(value) >= 3 || (value.Length >= 16 && entropy >= 3.5));
    }

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double Entropy(string value)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in value)
        {
            counts[c] = counts.TryGetValue(c, out var n) ? n + 1 : 1;
        }

        return counts.Values.Sum(n => -((double)n / value.Length) * Math.Log((double)n / value.Length, 2));
    }

    private static int CharacterClasses(string value) =>
        (value.Any(char.IsLower) ? 1 : 0) + (value.Any(char.IsUpper) ? 1 : 0) + (value.Any(char.IsDigit) ? 1 : 0) + (value.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);

    private static bool IsPlaceholder(string value) =>
        value.IndexOf('{') >= 0 || value.IndexOf('<') >= 0 || value.IndexOf("$(", StringComparison.Ordinal) >= 0 || value.IndexOf('%') >= 0
        || value.Trim('*', 'x', 'X', '.', '-', '_').Length == 0
        || value.IndexOf("changeme", StringComparison.OrdinalIgnoreCase) >= 0 || value.IndexOf("example", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsWordPath(string value) =>
        value.All(c => char.IsLetter(c) || c is ':' or '.' or '_' or '-' or '/');
}
