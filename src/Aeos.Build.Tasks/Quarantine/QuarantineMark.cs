using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Aeos.Build.Tasks.Quarantine;

/// <summary>
/// The value of a <c>[Trait("Quarantine", "yyyy-MM-dd #ticket")]</c>: the UTC date the test was quarantined and
/// the ticket that must fix it. The quarantine is in force for 48 hours from the start of that date: on the
/// date and the day after; from the second day after, it has expired.
/// </summary>
internal sealed class QuarantineMark
{
    /// <summary>How long a quarantine lasts (AEOS standard §7.4).</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromHours(48);

    private static readonly Regex Shape = new(@"^(?<date>\d{4}-\d{2}-\d{2}) +(?<ticket>#\S+)$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private QuarantineMark(DateTime date, string ticket)
    {
        Date = date;
        Ticket = ticket;
    }

    /// <summary>The date written (UTC, midnight).</summary>
    public DateTime Date { get; }

    /// <summary>The ticket, with its <c>#</c>.</summary>
    public string Ticket { get; }

    /// <summary>The first day on which the quarantine no longer holds: 48 hours after the date written.</summary>
    public DateTime Expires => Date + Duration;

    public bool ExpiredOn(DateTime today) => today >= Expires;

    /// <summary>Parses a trait value; null with the problem when it is not <c>yyyy-MM-dd #ticket</c> with a real date.</summary>
    public static QuarantineMark? Parse(string value, out string problem)
    {
        var match = Shape.Match(value.Trim());
        problem = string.Empty;
        if (!match.Success)
        {
            problem = "it is not 'yyyy-MM-dd #ticket' (the UTC date the test was quarantined, then its ticket, e.g. '2026-12-07 #123')";
            return null;
        }

        if (!DateTime.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            problem = "'" + match.Groups["date"].Value + "' is not a date";
            return null;
        }

        return new QuarantineMark(date, match.Groups["ticket"].Value);
    }

    public static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
