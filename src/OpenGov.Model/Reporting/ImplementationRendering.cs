using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using OpenGov.Model.Analysis;

namespace OpenGov.Model.Rendering;

/// <summary>
/// Renders the analysis of implementation trackers: an <see cref="ImplementationSummary"/> as text, Markdown, a
/// self-contained HTML page or CSV, and an <see cref="ImplementationDifference"/> as text or CSV. Every value of
/// the data is escaped for where it is written.
/// </summary>
public static class ImplementationRendering
{
    /// <summary>Gets the header of the summary's CSV table (<see cref="WriteCsv(ImplementationSummary, TextWriter)"/>), one row per commitment.</summary>
    public static ValueList<string> SummaryCsvHeader { get; } = ["commitment", "title", "items", "complete", "status", "progress", "expected", "behind", "irm completion"];

    /// <summary>Gets the header of the difference's CSV table (<see cref="WriteCsv(ImplementationDifference, TextWriter)"/>): one row per change, a status change with its column <c>status</c> and the progress beside it, another cell with its column's header.</summary>
    public static ValueList<string> DifferenceCsvHeader { get; } = ["change", "item", "commitment", "column", "old", "new", "progress before", "progress after", "went back"];

    /// <summary>Writes the summary as text for a terminal.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteText(this ImplementationSummary summary, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(writer);

        writer.WriteLine(OutputSafety.TerminalLine(Title(summary)));
        writer.WriteLine(OutputSafety.TerminalLine(Lead(summary)));
        foreach (var table in Tables(summary))
        {
            writer.WriteLine();
            writer.WriteLine(OutputSafety.TerminalLine(table.Title));
            var widths = table.Header.Select((h, i) => Math.Min(40, table.Rows.Select(r => r[i].Length).Append(h.Length).Max())).ToArray();
            writer.WriteLine(Line(table.Header, widths, table.Numeric));
            foreach (var row in table.Rows)
            {
                writer.WriteLine(Line(row, widths, table.Numeric));
            }
        }

        static string Line(IReadOnlyList<string> cells, int[] widths, IReadOnlyList<bool> numeric)
        {
            var line = new StringBuilder("  ");
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = OutputSafety.TerminalLine(cells[i]);
                cell = Shorten(cell, widths[i]);
                line.Append(numeric[i] ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
                if (i < cells.Count - 1)
                {
                    line.Append("  ");
                }
            }

            return line.ToString().TrimEnd();
        }
    }

    /// <summary>Gets the summary as text for a terminal.</summary>
    /// <param name="summary">The summary.</param>
    public static string ToText(this ImplementationSummary summary)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        summary.WriteText(writer);
        return writer.ToString();
    }

    /// <summary>Gets the summary as Markdown: a heading, then a table per part.</summary>
    /// <param name="summary">The summary.</param>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    public static string ToMarkdown(this ImplementationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);

        var md = new StringBuilder();
        md.Append("# ").Append(OutputSafety.Markdown(Title(summary))).Append("\n\n").Append(OutputSafety.Markdown(Lead(summary))).Append('\n');
        foreach (var table in Tables(summary))
        {
            md.Append("\n## ").Append(OutputSafety.Markdown(table.Title)).Append("\n\n| ").Append(string.Join(" | ", table.Header.Select(OutputSafety.Markdown))).Append(" |\n|");
            foreach (var numeric in table.Numeric)
            {
                md.Append(numeric ? " ---: |" : " --- |");
            }

            md.Append('\n');
            foreach (var row in table.Rows)
            {
                md.Append("| ").Append(string.Join(" | ", row.Select(OutputSafety.Markdown))).Append(" |\n");
            }
        }

        return md.ToString();
    }

    /// <summary>
    /// Gets the summary as one self-contained HTML page: inline style, a bar per commitment of its progress
    /// against what its dates lead one to expect (inline SVG), no script and no external asset.
    /// </summary>
    /// <param name="summary">The summary.</param>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    public static string ToHtml(this ImplementationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);

        var title = Title(summary);
        var html = new StringBuilder(32 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(OutputSafety.Html(title)).Append("</title>\n<style>\n")
            .Append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:62rem;padding:0 1rem;color:#1f2328;line-height:1.45}\n")
            .Append("h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}\n")
            .Append("table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}th,td{border:1px solid #d0d7de;padding:.25rem .55rem;text-align:left;vertical-align:top}\n")
            .Append("th{background:#f6f8fa}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}svg text{font-family:system-ui,sans-serif;font-size:12px;fill:#1f2328}\n")
            .Append("</style>\n</head>\n<body>\n<h1>").Append(OutputSafety.Html(title)).Append("</h1>\n<p>").Append(OutputSafety.Html(Lead(summary))).Append("</p>\n");
        ProgressChart(html, summary);
        foreach (var table in Tables(summary))
        {
            html.Append("<h2>").Append(OutputSafety.Html(table.Title)).Append("</h2>\n<table>\n<tr>");
            for (var i = 0; i < table.Header.Count; i++)
            {
                html.Append(table.Numeric[i] ? "<th class=\"n\">" : "<th>").Append(OutputSafety.Html(table.Header[i])).Append("</th>");
            }

            html.Append("</tr>\n");
            foreach (var row in table.Rows)
            {
                html.Append("<tr>");
                for (var i = 0; i < row.Count; i++)
                {
                    html.Append(table.Numeric[i] ? "<td class=\"n\">" : "<td>").Append(OutputSafety.Html(row[i])).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// Writes the summary's commitments as CSV, one row per commitment (<see cref="SummaryCsvHeader"/>). A cell a
    /// spreadsheet would run as a formula is written inert.
    /// </summary>
    /// <param name="summary">The summary.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteCsv(this ImplementationSummary summary, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(writer);

        var csv = new CsvText(writer, safeCells: true);
        csv.WriteRow(SummaryCsvHeader);
        foreach (var row in summary.Commitments)
        {
            csv.WriteRow([row.Commitment, row.Title, Number(row.Items), Number(row.Complete), Token(row.Status), Number(row.Progress), Number(row.ExpectedProgress), row.Behind ? "yes" : "no", Token(row.IrmCompletion)]);
        }
    }

    /// <summary>Writes the difference as text for a terminal.</summary>
    /// <param name="difference">The difference.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteText(this ImplementationDifference difference, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(difference);
        ArgumentNullException.ThrowIfNull(writer);

        var from = Describe(difference.Old, difference.OldRound);
        var to = Describe(difference.New, difference.NewRound);
        writer.WriteLine(OutputSafety.TerminalLine($"From {from} to {to}: {difference.Changed.Count} changed, {difference.Added.Count} added, {difference.Removed.Count} removed, {difference.Unchanged} unchanged."));
        foreach (var change in difference.Changed)
        {
            var progress = change.ProgressBefore == change.ProgressAfter ? string.Empty : $", progress {Token(change.ProgressBefore, "none")} → {Token(change.ProgressAfter, "none")}";
            var status = change.Before == change.After ? Label(change.After) : $"{Label(change.Before)} → {Label(change.After)}";
            writer.WriteLine(OutputSafety.TerminalLine($"  {change.Item}: {status}{progress}{(change.WentBack ? " (went back)" : string.Empty)}"));
            foreach (var field in change.Fields)
            {
                writer.WriteLine(OutputSafety.TerminalLine($"      {field.Column}: \"{field.Old}\" → \"{field.New}\""));
            }
        }

        foreach (var item in difference.Added)
        {
            writer.WriteLine(OutputSafety.TerminalLine("  added: " + item));
        }

        foreach (var item in difference.Removed)
        {
            writer.WriteLine(OutputSafety.TerminalLine("  removed: " + item));
        }
    }

    /// <summary>Gets the difference as text for a terminal.</summary>
    /// <param name="difference">The difference.</param>
    public static string ToText(this ImplementationDifference difference)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        difference.WriteText(writer);
        return writer.ToString();
    }

    /// <summary>Writes the difference as CSV, one row per change (<see cref="DifferenceCsvHeader"/>); a cell a spreadsheet would run as a formula is written inert.</summary>
    /// <param name="difference">The difference.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteCsv(this ImplementationDifference difference, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(difference);
        ArgumentNullException.ThrowIfNull(writer);

        var csv = new CsvText(writer, safeCells: true);
        csv.WriteRow(DifferenceCsvHeader);
        foreach (var change in difference.Changed)
        {
            if (change.Before != change.After || change.ProgressBefore != change.ProgressAfter)
            {
                csv.WriteRow(["changed", change.Item, change.Commitment, "status", Token(change.Before), Token(change.After), Token(change.ProgressBefore, string.Empty), Token(change.ProgressAfter, string.Empty), change.WentBack ? "yes" : "no"]);
            }

            foreach (var field in change.Fields)
            {
                csv.WriteRow(["changed", change.Item, change.Commitment, field.Column, field.Old, field.New, null, null, null]);
            }
        }

        foreach (var item in difference.Added)
        {
            csv.WriteRow(["added", item, null, null, null, null, null, null, null]);
        }

        foreach (var item in difference.Removed)
        {
            csv.WriteRow(["removed", item, null, null, null, null, null, null, null]);
        }
    }

    private static string Title(ImplementationSummary summary) =>
        "Implementation" + (summary.MemberName is { } member ? " of " + member : string.Empty) + (summary.Subject is { } subject ? " (" + subject + ")" : string.Empty);

    private static string Lead(ImplementationSummary summary)
    {
        var lead = new StringBuilder();
        lead.Append(Count(summary.CommitmentCount, "commitment")).Append(", ").Append(Count(summary.ItemCount, "sub-commitment or milestone", "sub-commitments and milestones"));
        if (!summary.Rounds.IsEmpty)
        {
            lead.Append(", ").Append(Count(summary.Rounds.Count, "update round")).Append(" (").Append(string.Join(", ", summary.Rounds.Select(r => r.Length == 0 ? "unnamed" : r))).Append(')');
        }

        if (summary.AsOf is { } asOf)
        {
            lead.Append("; expected progress as of ").Append(asOf.ToString());
        }

        var evidence = summary.Evidence;
        lead.Append(". Evidence: ").Append(Number(evidence.WithEvidence)).Append(" of ").Append(Number(evidence.Items)).Append(" give some; ")
            .Append(Number(evidence.CompleteWithEvidence)).Append(" of the ").Append(Number(evidence.Complete)).Append(" complete do.");
        var behind = summary.Commitments.Count(c => c.Behind);
        if (behind > 0)
        {
            lead.Append(" Behind the progress their dates lead one to expect: ").Append(Count(behind, "commitment")).Append('.');
        }

        return lead.ToString();
    }

    private static List<Table> Tables(ImplementationSummary summary)
    {
        var tables = new List<Table>
        {
            new(
                "Commitments",
                ["commitment", "title", "items", "complete", "status", "progress", "expected", "behind", .. summary.IrmAgreement.IsEmpty ? Array.Empty<string>() : ["IRM completion"]],
                [false, false, true, true, false, true, true, false, .. summary.IrmAgreement.IsEmpty ? Array.Empty<bool>() : [false]],
                summary.Commitments.Select(c => (IReadOnlyList<string>)[
                    c.Commitment ?? string.Empty, c.Title ?? string.Empty, Number(c.Items), Number(c.Complete), Label(c.Status), Percent(c.Progress), Percent(c.ExpectedProgress), c.Behind ? "yes" : string.Empty,
                    .. summary.IrmAgreement.IsEmpty ? Array.Empty<string>() : [Label(c.IrmCompletion)]]).ToList()),
            Statuses("Commitments by status (rolled up)", summary.CommitmentsByStatus),
            Statuses("Sub-commitments by latest status", summary.ItemsByStatus),
        };
        AddGroups(tables, "By theme", "theme", summary.ByTheme);
        AddGroups(tables, "By lead agency", "lead agency", summary.ByAgency);
        AddGroups(tables, "By update round", "round", summary.ByRound);
        if (!summary.IrmAgreement.IsEmpty)
        {
            tables.Add(new Table(
                "The government's view against the IRM's",
                ["convention", "compared", "agree", "both complete", "government only", "IRM only", "neither", "cannot tell"],
                [false, true, true, true, true, true, true, true],
                summary.IrmAgreement.Select(a => (IReadOnlyList<string>)[
                    a.Convention == IndicatorConvention.Strict ? "strict" : "dataset", Number(a.Compared), a.Share is { } share ? Percent((int)Math.Round(share * 100, MidpointRounding.AwayFromZero)) : "–",
                    Number(a.BothComplete), Number(a.GovernmentOnly), Number(a.IrmOnly), Number(a.NeitherComplete), Number(a.CannotTell)]).ToList()));
        }

        return tables;

        static Table Statuses(string title, ValueList<CategoryCount> counts) =>
            new(title, ["status", "count"], [false, true], counts.Where(c => c.Count > 0).Select(c => (IReadOnlyList<string>)[c.Label, Number(c.Count)]).ToList());
    }

    private static void AddGroups(List<Table> tables, string title, string name, ValueList<StatusGroup> groups)
    {
        if (groups.IsEmpty || (groups.Count == 1 && groups[0].Name.Length == 0))
        {
            return;
        }

        // The statuses any group holds, in the codelist's order, then kept text and missing kinds by token.
        var order = Codelist<ImplementationStatus>.Default.Entries.Select(e => e.Token).ToList();
        var statuses = groups.SelectMany(g => g.Statuses).Where(s => s.Count > 0).Select(s => (s.Token, s.Label)).Distinct()
            .OrderBy(s => order.IndexOf(s.Token) is var i and >= 0 ? i : order.Count).ThenBy(s => s.Token, StringComparer.Ordinal).ToList();
        tables.Add(new Table(
            title,
            [name, "items", .. statuses.Select(s => s.Label)],
            [false, true, .. statuses.Select(_ => true)],
            groups.Select(g => (IReadOnlyList<string>)[
                g.Name.Length == 0 ? "(none)" : g.Name, Number(g.Items), .. statuses.Select(s => Number(g.Statuses.FirstOrDefault(c => c.Token == s.Token)?.Count ?? 0))]).ToList()));
    }

    private static void ProgressChart(StringBuilder html, ImplementationSummary summary)
    {
        var rows = summary.Commitments.Where(c => c.Progress is not null || c.ExpectedProgress is not null).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        const int label = 160, bar = 400, rowHeight = 22;
        var height = (rows.Count * rowHeight) + 24;
        html.Append("<h2>Progress</h2>\n<figure>\n<figcaption>Progress of each commitment (bar) and what its dates lead one to expect (mark)</figcaption>\n")
            .Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").Append(Number(label + bar + 60)).Append("\" height=\"").Append(Number(height))
            .Append("\" aria-label=\"Progress of each commitment against its expected progress\">\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = (i * rowHeight) + 4;
            var name = row.Commitment ?? row.Title ?? string.Empty;
            html.Append("<text x=\"0\" y=\"").Append(Number(y + 14)).Append("\">").Append(OutputSafety.Html(Shorten(name, 24))).Append("</text>\n");
            var width = (row.Progress ?? 0) * bar / 100;
            html.Append("<rect x=\"").Append(Number(label)).Append("\" y=\"").Append(Number(y + 3)).Append("\" width=\"").Append(Number(width)).Append("\" height=\"14\" fill=\"")
                .Append(row.Behind ? "#d73027" : "#1b6ca8").Append("\"><title>").Append(OutputSafety.Html($"{name}: {Percent(row.Progress)} done, {Percent(row.ExpectedProgress)} expected")).Append("</title></rect>\n");
            if (row.ExpectedProgress is { } expected)
            {
                var x = label + (expected * bar / 100);
                html.Append("<line x1=\"").Append(Number(x)).Append("\" x2=\"").Append(Number(x)).Append("\" y1=\"").Append(Number(y)).Append("\" y2=\"").Append(Number(y + 20)).Append("\" stroke=\"#1f2328\" stroke-width=\"2\"/>\n");
            }

            html.Append("<text x=\"").Append(Number(label + bar + 6)).Append("\" y=\"").Append(Number(y + 14)).Append("\">").Append(OutputSafety.Html(Percent(row.Progress))).Append("</text>\n");
        }

        html.Append("</svg>\n</figure>\n");
    }

    private static string Describe(string? input, string? round) =>
        input is null ? (string.IsNullOrEmpty(round) ? "the earlier round" : "round " + round) : input + (string.IsNullOrEmpty(round) ? string.Empty : " (" + round + ")");

    private static string Label<T>(Recorded<T> value)
        where T : struct, Enum => value.State switch
        {
            RecordedState.Value => Codelist<T>.Default[value.Value].Label,
            RecordedState.Unrecognized => value.UnrecognizedText!,
            RecordedState.NotAnswered => "–",
            RecordedState.NoData => "No data",
            RecordedState.NotReviewed => "Not reviewed",
            _ => "Not applicable",
        };

    /// <summary>A value as a CSV cell: a status's token, a missing kind's token, text kept as written as it was.</summary>
    private static string Token<T>(Recorded<T> value)
        where T : struct, Enum => value.State switch
        {
            RecordedState.Value => Codelist<T>.Default[value.Value].Token,
            RecordedState.NotAnswered => string.Empty,
            RecordedState.Unrecognized => value.UnrecognizedText!,
            _ => value.ToString(),
        };

    private static string Token(Recorded<int> value, string none) => value.State switch
    {
        RecordedState.Value => Number(value.Value),
        RecordedState.NotAnswered => none,
        RecordedState.Unrecognized => value.UnrecognizedText!,
        _ => value.ToString(),
    };

    /// <summary>The text, or its start and an ellipsis when it is longer than <paramref name="width"/>.</summary>
    private static string Shorten(string text, int width) => text.Length > width ? new StringBuilder(width).Append(text, 0, width - 1).Append('…').ToString() : text;

    private static string Percent(int? value) => value is { } v ? Number(v) + "%" : "–";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(int? value) => value is { } v ? Number(v) : string.Empty;

    private static string Count(int count, string one, string? many = null) => Number(count) + " " + (count == 1 ? one : many ?? one + "s");

    private sealed record Table(string Title, IReadOnlyList<string> Header, IReadOnlyList<bool> Numeric, List<IReadOnlyList<string>> Rows);
}
