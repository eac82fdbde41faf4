using System.Collections.Generic;
using System.Linq;

namespace Aeos.Shared.Baseline;

/// <summary>One Aeos diagnostic as the baseline sees it: from the compiler (suppressor) or from SARIF (tasks).</summary>
internal sealed class Observation
{
    public Observation(string rule, string file, string symbol, string? value, string message, int line, int column, string level = "warning", string? limit = null)
    {
        Level = level;

        // A reported metric is beyond its limit: above a maximum (complexity, length) or below a minimum
        // (coverage). Which side it is on tells which way is better.
        HigherIsBetter = value is not null && limit is not null && Parse(value) < Parse(limit);
        Rule = rule;
        File = file;
        Symbol = symbol;
        Value = value;
        MessageHash = value is null ? Fingerprint.HashMessage(message) : null;
        Line = line;
        Column = column;
    }

    public string Rule { get; }

    /// <summary>The severity as SARIF names it (<c>error</c>, <c>warning</c>, <c>note</c>).</summary>
    public string Level { get; }

    /// <summary>Relative to the baseline's folder, forward slashes.</summary>
    public string File { get; }

    public string Symbol { get; }

    /// <summary>The measured value of a metric rule (invariant culture); null for other rules.</summary>
    public string? Value { get; }

    public string? MessageHash { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>True for a metric with a minimum (coverage): a higher value is an improvement.</summary>
    public bool HigherIsBetter { get; }

    public double NumericValue => Parse(Value!);

    /// <summary>True when this value is no worse than <paramref name="recorded"/>.</summary>
    public bool IsNoWorseThan(double recorded) => HigherIsBetter ? NumericValue >= recorded : NumericValue <= recorded;

    /// <summary>True when this value is strictly better than <paramref name="recorded"/>.</summary>
    public bool IsBetterThan(double recorded) => HigherIsBetter ? NumericValue > recorded : NumericValue < recorded;

    private static double Parse(string text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : double.NaN;

    /// <summary>The entry that would record this observation.</summary>
    public BaselineEntry ToEntry(int occurrence) => new(Rule, File, Symbol, Value, MessageHash, occurrence);
}

/// <summary>What the baseline says about one observation.</summary>
internal readonly struct Match
{
    public Match(Observation observation, BaselineEntry candidate, BaselineEntry? entry)
    {
        Observation = observation;
        Candidate = candidate;
        Entry = entry;
    }

    public Observation Observation { get; }

    /// <summary>The entry this observation would be recorded as (its occurrence index assigned).</summary>
    public BaselineEntry Candidate { get; }

    /// <summary>The recorded entry with the same identity, if any.</summary>
    public BaselineEntry? Entry { get; }

    /// <summary>Recorded, and for a metric rule not worse than recorded.</summary>
    public bool IsSuppressed => Entry is not null && (!Entry.IsMetric || Observation.IsNoWorseThan(Entry.NumericValue));
}

/// <summary>
/// Matches observations to baseline entries. Identical observations in a file (same rule, symbol and
/// message) are told apart by their order in the file: the first is occurrence 0, and so on.
/// </summary>
internal static class BaselineMatcher
{
    public static IReadOnlyList<Match> Match(IEnumerable<Observation> observations, BaselineDocument baseline)
    {
        var recorded = new Dictionary<string, BaselineEntry>();
        foreach (var entry in baseline.Entries)
        {
            recorded[entry.Key] = entry;
        }

        var matches = new List<Match>();
        var groups = observations.GroupBy(o => o.Rule + "|" + o.File + "|" + o.Symbol + "|" + (o.MessageHash ?? string.Empty));
        foreach (var group in groups)
        {
            var occurrence = 0;
            foreach (var observation in group.OrderBy(o => o.Line).ThenBy(o => o.Column))
            {
                var candidate = observation.ToEntry(occurrence++);
                recorded.TryGetValue(candidate.Key, out var entry);
                matches.Add(new Match(observation, candidate, entry));
            }
        }

        return matches;
    }
}
