using System;
using System.Globalization;

namespace Aeos.Shared.Baseline;

/// <summary>
/// One accepted legacy violation in <c>aeos.baseline.json</c>, identified without line numbers: the rule,
/// the file relative to the baseline (forward slashes), the documentation-comment ID of the symbol the
/// diagnostic names, and either the measured value (metric rules) or a hash of the message plus the
/// occurrence index among identical violations in the file (other rules).
/// </summary>
internal sealed class BaselineEntry : IComparable<BaselineEntry>
{
    public BaselineEntry(string rule, string file, string symbol, string? value, string? hash, int occurrence)
    {
        Rule = rule;
        File = file;
        Symbol = symbol;
        Value = value;
        Hash = hash;
        Occurrence = occurrence;
    }

    public string Rule { get; }

    public string File { get; }

    public string Symbol { get; }

    /// <summary>The recorded value of a metric rule, as written (invariant culture); null for other rules.</summary>
    public string? Value { get; }

    /// <summary>The message hash of a non-metric rule; null for metric rules.</summary>
    public string? Hash { get; }

    public int Occurrence { get; }

    public bool IsMetric => Value is not null;

    public double NumericValue => double.Parse(Value!, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The identity of the violation, the value aside.</summary>
    public string Key => Rule + "|" + File + "|" + Symbol + "|" + (Hash ?? string.Empty) + "|" + Occurrence.ToString(CultureInfo.InvariantCulture);

    public BaselineEntry WithValue(string value) => new(Rule, File, Symbol, value, Hash, Occurrence);

    public int CompareTo(BaselineEntry? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = string.CompareOrdinal(File, other.File);
        order = order != 0 ? order : string.CompareOrdinal(Rule, other.Rule);
        order = order != 0 ? order : string.CompareOrdinal(Symbol, other.Symbol);
        order = order != 0 ? order : string.CompareOrdinal(Hash ?? string.Empty, other.Hash ?? string.Empty);
        return order != 0 ? order : Occurrence.CompareTo(other.Occurrence);
    }
}
