using System.Collections.Generic;
using System.Globalization;
using System.Text;
using OpenGov.Model.Analysis;

namespace OpenGov.Model.Rendering;

/// <summary>
/// Writes a <see cref="DatasetSummary"/> as one self-contained HTML page: inline CSS, inline SVG charts,
/// no script and no external asset, so that it opens from disk in any browser and can be mailed as is.
/// </summary>
internal static class SummaryHtml
{
    private const int ChartWidth = 720;
    private const int LabelWidth = 230;
    private const int BarArea = 400;
    private const string MissingColor = "#b8b8b8";

    /// <summary>The indicators charted per group: completion, ambition (both methods) and results.</summary>
    private static readonly (IndicatorDefinition<bool> Indicator, string Color)[] ChartedShares =
    [
        (Indicators.HighCompletion, "#1b6ca8"),
        (Indicators.HighAmbitionPotentialImpact, "#e08a1e"),
        (Indicators.HighAmbitionPotentialForResults, "#b5651d"),
        (Indicators.StrongEarlyResults, "#2e8b57"),
    ];

    private static readonly string[] Sequential = ["#d73027", "#fc8d59", "#fee08b", "#d9ef8b", "#91cf60", "#1a9850", "#006837"];

    public static string Render(DatasetSummary summary)
    {
        var html = new StringBuilder(64 * 1024);
        var title = "Summary" + (summary.Subject is { } subject ? " of " + subject : string.Empty);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(title)).Append("</title>\n<style>\n")
            .Append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:62rem;padding:0 1rem;color:#1f2328;line-height:1.45}\n")
            .Append("h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}\n")
            .Append("table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}th,td{border:1px solid #d0d7de;padding:.25rem .55rem;text-align:left;vertical-align:top}\n")
            .Append("th{background:#f6f8fa}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#57606a}\n")
            .Append("figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}svg text{font-family:system-ui,sans-serif;font-size:12px;fill:#1f2328}\n")
            .Append("</style>\n</head>\n<body>\n<h1>").Append(Encode(title)).Append("</h1>\n<p>")
            .Append(Encode(SummaryFormat.Count(summary.CommitmentCount, "commitment")));
        if (summary.GroupedBy != SummaryGrouping.Overall)
        {
            html.Append(", grouped by ").Append(Encode(SummaryFormat.GroupingName(summary))).Append(" (").Append(Encode(SummaryFormat.Count(summary.Groups.Count, "group"))).Append(')');
        }

        html.Append(Encode(SummaryFormat.Scope(summary)));

        html.Append(". A share counts the commitments an indicator can tell about; the others are excluded and counted by reason.</p>\n");

        var overall = summary.Overall;
        html.Append("<h2>Indicators</h2>\n<table>\n<tr><th>indicator</th><th class=\"n\">share</th><th class=\"n\">yes</th><th class=\"n\">of</th><th>excluded</th></tr>\n");
        foreach (var share in overall.Shares)
        {
            html.Append("<tr><td>").Append(Encode(SummaryFormat.Title(share.Indicator))).Append("</td><td class=\"n\">").Append(Encode(SummaryFormat.Percent(share)))
                .Append("</td><td class=\"n\">").Append(Number(share.Numerator)).Append("</td><td class=\"n\">").Append(Number(share.Denominator))
                .Append("</td><td>").Append(Encode(SummaryFormat.Missing(share.Excluded))).Append("</td></tr>\n");
        }

        html.Append("</table>\n");

        html.Append("<h2>Completion</h2>\n");
        DistributionChart(html, overall.GetDistribution(AssessmentScales.CompletionMidterm));
        DistributionChart(html, overall.GetDistribution(AssessmentScales.CompletionEndOfTerm));
        var change = overall.CompletionChange;
        html.Append("<p>From mid-term to end of term: ").Append(Number(change.Increased)).Append(" increased, ").Append(Number(change.Unchanged)).Append(" unchanged, ")
            .Append(Number(change.Decreased)).Append(" decreased; ").Append(Number(change.OffScale)).Append(" off the progress scale (withdrawn, unclear); ")
            .Append(Number(change.Missing.Total)).Append(" without both assessments (").Append(Encode(SummaryFormat.Missing(change.Missing))).Append(").</p>\n");

        html.Append("<h2>Did it Open Government?</h2>\n");
        DistributionChart(html, overall.GetDistribution(AssessmentScales.OpenGovernment));
        DistributionChart(html, overall.GetDistribution(AssessmentScales.OpenGovernmentAccessToInformation));
        DistributionChart(html, overall.GetDistribution(AssessmentScales.OpenGovernmentCivicParticipation));
        DistributionChart(html, overall.GetDistribution(AssessmentScales.OpenGovernmentPublicAccountability));
        DistributionChart(html, overall.GetDistribution(AssessmentScales.EarlyResults));

        html.Append("<h2>IRM-based score</h2>\n");
        DistributionChart(html, overall.Scores);

        var groups = summary.Groups.IsEmpty ? new[] { overall } : ToArray(summary.Groups);
        html.Append("<h2>Indicator shares").Append(summary.Groups.IsEmpty ? string.Empty : " by " + Encode(SummaryFormat.GroupingName(summary.GroupedBy))).Append("</h2>\n");
        SharesChart(html, groups);
        GroupTable(html, summary, groups);

        html.Append("<h2>Other scales</h2>\n");
        foreach (var scale in new AssessmentScale[] { AssessmentScales.Specificity, AssessmentScales.Verifiable, AssessmentScales.PotentialImpact, AssessmentScales.PotentialForResults })
        {
            DistributionChart(html, overall.GetDistribution(scale));
        }

        if (!summary.Agreement.IsEmpty)
        {
            html.Append("<h2>Agreement with the dataset's own columns</h2>\n<table>\n<tr><th>indicator</th><th>column</th><th class=\"n\">agree</th><th class=\"n\">disagree</th><th class=\"n\">not comparable</th><th>disagreeing</th></tr>\n");
            foreach (var row in summary.Agreement)
            {
                html.Append("<tr><td>").Append(Encode(SummaryFormat.Title(row.Indicator))).Append("</td><td>").Append(Encode(row.Column)).Append("</td><td class=\"n\">")
                    .Append(Number(row.Agree)).Append("</td><td class=\"n\">").Append(Number(row.Disagree)).Append("</td><td class=\"n\">").Append(Number(row.NotComparable))
                    .Append("</td><td>").Append(Encode(SummaryFormat.Identifiers(row))).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("<h2>Coverage</h2>\n<p class=\"muted\">For each column of the IRM commitment dataset: how many commitments carry a value, ND (no data), NR (not reviewed), NA (not applicable), nothing, or an unrecognized label.</p>\n")
            .Append("<table>\n<tr><th>column</th><th class=\"n\">values</th><th class=\"n\">ND</th><th class=\"n\">NR</th><th class=\"n\">NA</th><th class=\"n\">nothing</th><th class=\"n\">unrecognized</th></tr>\n");
        foreach (var field in summary.Coverage)
        {
            var missing = field.Missing;
            html.Append("<tr><td>").Append(Encode(field.Column)).Append("</td><td class=\"n\">").Append(Number(field.Values)).Append("</td><td class=\"n\">").Append(Number(missing.NoData))
                .Append("</td><td class=\"n\">").Append(Number(missing.NotReviewed)).Append("</td><td class=\"n\">").Append(Number(missing.NotApplicable))
                .Append("</td><td class=\"n\">").Append(Number(missing.NotAnswered)).Append("</td><td class=\"n\">").Append(Number(missing.Unrecognized)).Append("</td></tr>\n");
        }

        html.Append("</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A horizontal bar per value of the scale, in the scale's order, then a grey bar per kind of missing.</summary>
    private static void DistributionChart(StringBuilder html, Distribution distribution)
    {
        var bars = new List<(string Label, int Count, string Color)>();
        for (var i = 0; i < distribution.Counts.Count; i++)
        {
            var count = distribution.Counts[i];
            bars.Add((count.Label, count.Count, Sequential[Sequential.Length * i / distribution.Counts.Count]));
        }

        foreach (var (label, count) in SummaryFormat.MissingParts(distribution.Missing))
        {
            bars.Add(("(" + label + ")", count, MissingColor));
        }

        var max = 1;
        foreach (var bar in bars)
        {
            max = bar.Count > max ? bar.Count : max;
        }

        const int Row = 22;
        var height = (bars.Count * Row) + 8;
        html.Append("<figure>\n<figcaption>").Append(Encode(distribution.Title)).Append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").Append(Number(ChartWidth))
            .Append("\" height=\"").Append(Number(height)).Append("\" viewBox=\"0 0 ").Append(Number(ChartWidth)).Append(' ').Append(Number(height)).Append("\" aria-label=\"")
            .Append(Encode(distribution.Title)).Append("\">\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, count, color) = bars[i];
            var y = (i * Row) + 4;
            var width = count == 0 ? 0 : System.Math.Max(1, (int)System.Math.Round((double)count * BarArea / max));
            html.Append("<text x=\"").Append(Number(LabelWidth - 8)).Append("\" y=\"").Append(Number(y + 13)).Append("\" text-anchor=\"end\">").Append(Encode(label)).Append("</text>")
                .Append("<rect x=\"").Append(Number(LabelWidth)).Append("\" y=\"").Append(Number(y)).Append("\" width=\"").Append(Number(width)).Append("\" height=\"16\" fill=\"").Append(color)
                .Append("\"><title>").Append(Encode(label)).Append(": ").Append(Number(count)).Append("</title></rect>")
                .Append("<text x=\"").Append(Number(LabelWidth + width + 6)).Append("\" y=\"").Append(Number(y + 13)).Append("\">").Append(Number(count)).Append("</text>\n");
        }

        html.Append("</svg>\n</figure>\n");
    }

    /// <summary>For each group, a bar per charted indicator: its share of the commitments it can tell about, on a 0–100% axis.</summary>
    private static void SharesChart(StringBuilder html, GroupSummary[] groups)
    {
        const int Bar = 7;
        const int Row = (Bar * 4) + 10;
        const int LegendLine = 16;
        var top = (ChartedShares.Length * LegendLine) + 26;
        var height = top + (groups.Length * Row) + 4;
        html.Append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").Append(Number(ChartWidth)).Append("\" height=\"").Append(Number(height))
            .Append("\" viewBox=\"0 0 ").Append(Number(ChartWidth)).Append(' ').Append(Number(height)).Append("\" aria-label=\"Indicator shares by group\">\n");

        // Legend, one line per indicator, then the axis at 0, 50 and 100%.
        for (var i = 0; i < ChartedShares.Length; i++)
        {
            var (indicator, color) = ChartedShares[i];
            var y = 4 + (i * LegendLine);
            html.Append("<rect x=\"").Append(Number(LabelWidth)).Append("\" y=\"").Append(Number(y)).Append("\" width=\"10\" height=\"10\" fill=\"").Append(color).Append("\"/><text x=\"")
                .Append(Number(LabelWidth + 14)).Append("\" y=\"").Append(Number(y + 9)).Append("\">").Append(Encode(indicator.Title)).Append("</text>\n");
        }

        foreach (var tick in new[] { 0, 50, 100 })
        {
            var tickX = LabelWidth + (BarArea * tick / 100);
            html.Append("<line x1=\"").Append(Number(tickX)).Append("\" y1=\"").Append(Number(top - 8)).Append("\" x2=\"").Append(Number(tickX)).Append("\" y2=\"").Append(Number(height - 2))
                .Append("\" stroke=\"#d0d7de\"/><text x=\"").Append(Number(tickX)).Append("\" y=\"").Append(Number(top - 10)).Append("\" text-anchor=\"middle\" class=\"muted\">")
                .Append(Number(tick)).Append("%</text>\n");
        }

        for (var g = 0; g < groups.Length; g++)
        {
            var group = groups[g];
            var y = top + (g * Row);
            html.Append("<text x=\"").Append(Number(LabelWidth - 8)).Append("\" y=\"").Append(Number(y + (Row / 2))).Append("\" text-anchor=\"end\">").Append(Encode(Clip(group.Label)))
                .Append(" (").Append(Number(group.CommitmentCount)).Append(")</text>\n");
            for (var i = 0; i < ChartedShares.Length; i++)
            {
                var (indicator, color) = ChartedShares[i];
                if (group.FindShare(indicator) is not { } share)
                {
                    continue;
                }

                var width = share.Share is { } value ? (int)System.Math.Round(value * BarArea) : 0;
                html.Append("<rect x=\"").Append(Number(LabelWidth)).Append("\" y=\"").Append(Number(y + (i * Bar))).Append("\" width=\"").Append(Number(width)).Append("\" height=\"")
                    .Append(Number(Bar - 1)).Append("\" fill=\"").Append(color).Append("\"><title>").Append(Encode(group.Label)).Append(", ").Append(Encode(indicator.Title))
                    .Append(": ").Append(Encode(SummaryFormat.Percent(share))).Append(" (").Append(Number(share.Numerator)).Append(" of ").Append(Number(share.Denominator)).Append(")</title></rect>\n");
            }
        }

        html.Append("</svg>\n</figure>\n");
    }

    private static void GroupTable(StringBuilder html, DatasetSummary summary, GroupSummary[] groups)
    {
        html.Append("<table>\n<tr><th>").Append(Encode(summary.Groups.IsEmpty ? "group" : SummaryFormat.GroupingName(summary.GroupedBy))).Append("</th><th class=\"n\">commitments</th>");
        foreach (var share in summary.Overall.Shares)
        {
            html.Append("<th class=\"n\">").Append(Encode(SummaryFormat.Title(share.Indicator))).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var group in groups)
        {
            html.Append("<tr><td>").Append(Encode(group.Label)).Append("</td><td class=\"n\">").Append(Number(group.CommitmentCount)).Append("</td>");
            foreach (var share in group.Shares)
            {
                html.Append("<td class=\"n\" title=\"excluded: ").Append(Encode(SummaryFormat.Missing(share.Excluded))).Append("\">").Append(Encode(SummaryFormat.Percent(share)))
                    .Append(" <span class=\"muted\">").Append(Number(share.Numerator)).Append('/').Append(Number(share.Denominator)).Append("</span></td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static GroupSummary[] ToArray(ValueList<GroupSummary> groups)
    {
        var array = new GroupSummary[groups.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = groups[i];
        }

        return array;
    }

    private static string Clip(string label) => label.Length <= 32 ? label : label.Remove(31) + "…";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text in HTML (<see cref="OutputSafety.Html"/>): encoded, with control and direction characters shown as escapes such as <c>\u001b</c>.</summary>
    private static string Encode(string text) => OutputSafety.Html(text);
}
