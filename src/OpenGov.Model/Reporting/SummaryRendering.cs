using System;
using System.Globalization;
using System.IO;
using OpenGov.Model.Analysis;

namespace OpenGov.Model.Rendering;

/// <summary>Renders a <see cref="DatasetSummary"/> for people: Markdown, a self-contained HTML page, or plain text.</summary>
public static class SummaryRendering
{
    /// <summary>Renders the summary as Markdown: tables of shares, distributions, change in completion, agreement and coverage.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(this DatasetSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return SummaryMarkdown.Render(summary);
    }

    /// <summary>
    /// Renders the summary as one self-contained HTML page: inline SVG charts of the completion and
    /// "Did it Open Government?" distributions and of the indicator shares per group, and the tables of
    /// <see cref="ToMarkdown"/>. The page has no script and loads nothing.
    /// </summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The HTML page.</returns>
    public static string ToHtml(this DatasetSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return SummaryHtml.Render(summary);
    }

    /// <summary>Writes the summary as the plain text that <c>ogp summary</c> prints.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteText(this DatasetSummary summary, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(writer);
        SummaryText.Write(writer, summary);
    }

    /// <summary>
    /// Writes the summary's indicator shares as a CSV table, for spreadsheets: a row for all the commitments,
    /// then one per group, each with its number of commitments and, per indicator, how many it holds for, of how
    /// many it can tell about, and the share. A cell a spreadsheet would run as a formula is written inert.
    /// </summary>
    /// <param name="summary">The summary.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteCsv(this DatasetSummary summary, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(writer);

        var csv = new CsvText(writer, safeCells: true);
        var header = new System.Collections.Generic.List<string?> { summary.Groups.IsEmpty ? "group" : SummaryFormat.GroupingName(summary.GroupedBy), "commitments" };
        foreach (var share in summary.Overall.Shares)
        {
            var title = SummaryFormat.Title(share.Indicator);
            header.Add(title + ": yes");
            header.Add(title + ": of");
            header.Add(title + ": share");
        }

        csv.WriteRow(header);
        Row(summary.Overall, "all");
        foreach (var group in summary.Groups)
        {
            Row(group, group.Label);
        }

        void Row(GroupSummary group, string label)
        {
            var row = new System.Collections.Generic.List<string?> { label, group.CommitmentCount.ToString(CultureInfo.InvariantCulture) };
            foreach (var share in group.Shares)
            {
                row.Add(share.Numerator.ToString(CultureInfo.InvariantCulture));
                row.Add(share.Denominator.ToString(CultureInfo.InvariantCulture));
                row.Add(share.Share is { } value ? Math.Round(value, 4).ToString(CultureInfo.InvariantCulture) : null);
            }

            csv.WriteRow(row);
        }
    }

    /// <summary>Renders the summary as the plain text of <see cref="WriteText"/>.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The text.</returns>
    public static string ToText(this DatasetSummary summary)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteText(summary, writer);
        return writer.ToString();
    }
}
