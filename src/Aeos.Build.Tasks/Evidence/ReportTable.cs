using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>A cell of a report table: text, and a link where the text names a place.</summary>
internal readonly struct ReportCell
{
    public ReportCell(string text, string? link = null, bool isFailure = false)
    {
        Text = text;
        Link = link;
        IsFailure = isFailure;
    }

    public string Text { get; }

    public string? Link { get; }

    /// <summary>A failed gate: bold in Markdown, marked red in HTML.</summary>
    public bool IsFailure { get; }

    /// <summary>"passed", or "failed" marked as a failure.</summary>
    public static ReportCell Verdict(bool passed) => passed ? new ReportCell("passed") : new ReportCell("failed", isFailure: true);

    public static implicit operator ReportCell(string text) => new(text);
}

/// <summary>
/// One section of the reports: a title, a sentence, and a table. The Markdown and the HTML report are the
/// same sections written twice, so they cannot disagree.
/// </summary>
internal sealed class ReportTable
{
    /// <summary>What an empty section says, so that an empty table is not taken for a section that failed to render.</summary>
    public const string NoRows = "none";

    public ReportTable(string title, string note, params string[] headers)
    {
        Title = title;
        Note = note;
        Headers = headers;
    }

    public string Title { get; }

    public string Note { get; }

    public IReadOnlyList<string> Headers { get; }

    public List<ReportCell[]> Rows { get; } = new();

    public void Add(params ReportCell[] cells) => Rows.Add(cells);

    public void WriteMarkdown(StringBuilder builder)
    {
        builder.Append("## ").Append(Title).Append("\n\n");
        if (Note.Length > 0)
        {
            builder.Append(Note).Append("\n\n");
        }

        if (Rows.Count == 0)
        {
            builder.Append(NoRows).Append("\n\n");
            return;
        }

        builder.Append("| ").Append(string.Join(" | ", Headers.Select(MarkdownText))).Append(" |\n");
        builder.Append('|').Append(string.Concat(Headers.Select(_ => "---|"))).Append('\n');
        foreach (var row in Rows)
        {
            builder.Append("| ").Append(string.Join(" | ", row.Select(MarkdownCell))).Append(" |\n");
        }

        builder.Append('\n');
    }

    public void WriteHtml(StringBuilder builder)
    {
        builder.Append("<section>\n<h2>").Append(Html(Title)).Append("</h2>\n");
        if (Note.Length > 0)
        {
            builder.Append("<p>").Append(Html(Note)).Append("</p>\n");
        }

        if (Rows.Count > 0)
        {
            builder.Append("<table>\n<thead><tr>").Append(string.Concat(Headers.Select(h => "<th>" + Html(h) + "</th>"))).Append("</tr></thead>\n<tbody>\n");
            foreach (var row in Rows)
            {
                builder.Append("<tr>").Append(string.Concat(row.Select(HtmlCell))).Append("</tr>\n");
            }

            builder.Append("</tbody>\n</table>\n");
        }
        else
        {
            builder.Append("<p class=\"none\">").Append(NoRows).Append("</p>\n");
        }

        builder.Append("</section>\n");
    }

    public static string Html(string text) => WebUtility.HtmlEncode(text);

    private static string MarkdownCell(ReportCell cell) =>
        cell.IsFailure ? "**" + MarkdownText(cell.Text) + "**" : cell.Link is null ? MarkdownText(cell.Text) : "[" + MarkdownText(cell.Text) + "](" + cell.Link.Replace(" ", "%20").Replace(")", "%29") + ")";

    private static string MarkdownText(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    private static string HtmlCell(ReportCell cell) =>
        (cell.IsFailure ? "<td class=\"failed\">" : "<td>") + (cell.Link is null ? Breakable(cell.Text) : "<a href=\"" + Html(cell.Link) + "\">" + Breakable(cell.Text) + "</a>") + "</td>";

    /// <summary>The text with line-break opportunities after dots, slashes and commas, so long symbol names wrap between their parts.</summary>
    private static string Breakable(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(Html(c.ToString()));
            if (c is '.' or '/' or ',')
            {
                builder.Append("<wbr />");
            }
        }

        return builder.ToString();
    }
}
