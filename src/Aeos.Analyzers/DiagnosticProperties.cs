using System.Collections.Immutable;
using System.Globalization;

namespace Aeos.Analyzers;

/// <summary>
/// Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>: the machine-readable facts a
/// diagnostic carries into the SARIF log, where the baseline and the evidence bundle read them.
/// </summary>
internal static class DiagnosticProperties
{
    /// <summary>The measured value, invariant culture.</summary>
    public const string Value = "value";

    /// <summary>The limit in force where the diagnostic was reported.</summary>
    public const string Limit = "limit";

    /// <summary>The documentation-comment ID of the function or type the diagnostic is about.</summary>
    public const string Symbol = "symbol";

    /// <summary>The properties every metric diagnostic carries: value, limit and symbol, in invariant culture.</summary>
    public static ImmutableDictionary<string, string?>.Builder ForMetric(int value, int limit, string symbol)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(Value, value.ToString(CultureInfo.InvariantCulture));
        properties.Add(Limit, limit.ToString(CultureInfo.InvariantCulture));
        properties.Add(Symbol, symbol);
        return properties;
    }

    /// <summary>AEOS1005: the number of public API members that are documented.</summary>
    public const string Documented = "documented";

    /// <summary>AEOS1005: the number of public API members counted.</summary>
    public const string Total = "total";

    /// <summary>AEOS1005: the number of public API members without documentation.</summary>
    public const string Missing = "missing";

    /// <summary>AEOS1006: why the member counts as undocumented, one of the <c>DocumentationState</c> words.</summary>
    public const string Reason = "reason";

    /// <summary>AEOS3001: the documentation-comment ID of the banned-symbols entry that applies.</summary>
    public const string BannedSymbol = "bannedSymbol";

    /// <summary>AEOS3003, AEOS3004, AEOS3006, AEOS3008, AEOS3010: which form of the problem was found (read by the code fixes).</summary>
    public const string Kind = "kind";

    /// <summary>AEOS3004: the algorithm the code fix puts in place (<c>SHA256</c>), present only when the fix is safe.</summary>
    public const string Replacement = "replacement";
}
