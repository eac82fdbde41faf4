using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// The removal plan a transitional shim carries in its text: <c>remove-by: yyyy-MM-dd &lt;ticket&gt;</c>, where the
/// ticket follows the date and is <c>#123</c>, a <c>KEY-123</c> issue key or an <c>http(s)://</c> URL.
/// </summary>
internal sealed class RemovalPlan
{
    private static readonly Regex Clause = new(
        @"\bremove-by:[ \t]*(?<date>[^\s,;]*)(?:[ \t]+(?<ticket>[^\s,;]+))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Ticket = new(
        @"^(?:#\d+|[A-Z][A-Z0-9_]*-\d+|https?://\S+)$",
        RegexOptions.CultureInvariant);

    private RemovalPlan(string? dateText, DateTime? date, string? ticket)
    {
        DateText = dateText;
        Date = date;
        TicketText = ticket;
    }

    /// <summary>The text after <c>remove-by:</c>, or null when the clause is absent.</summary>
    public string? DateText { get; }

    /// <summary>The removal date, or null when it is absent or not a <c>yyyy-MM-dd</c> date.</summary>
    public DateTime? Date { get; }

    /// <summary>The token after the date, or null when there is none.</summary>
    public string? TicketText { get; }

    /// <summary>True when the token after the date is a ticket.</summary>
    public bool HasTicket => TicketText is not null && Ticket.IsMatch(TicketText);

    /// <summary>Reads the first <c>remove-by:</c> clause of <paramref name="text"/>.</summary>
    public static RemovalPlan Parse(string text)
    {
        var match = Clause.Match(text);
        if (!match.Success)
        {
            return new RemovalPlan(null, null, null);
        }

        var dateText = match.Groups["date"].Value;
        var ticket = match.Groups["ticket"].Success ? match.Groups["ticket"].Value.TrimEnd('.', ')') : null;
        return new RemovalPlan(dateText, ParseDate(dateText), ticket);
    }

    /// <summary>A <c>yyyy-MM-dd</c> date, or null.</summary>
    public static DateTime? ParseDate(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>What the plan lacks, as the end of "The TODO comment …", or null when it has a date and a ticket.</summary>
    public string? Problem()
    {
        if (DateText is null)
        {
            return "has no removal date and ticket";
        }

        if (Date is null)
        {
            return "has an invalid removal date '" + DateText + "' (expected yyyy-MM-dd)";
        }

        if (TicketText is null)
        {
            return "has no ticket after its removal date";
        }

        return HasTicket ? null : "has no ticket after its removal date ('" + TicketText + "' is not one)";
    }
}
