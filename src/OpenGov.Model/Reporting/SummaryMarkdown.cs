using System.Collections.Generic;
using System.Globalization;
using System.Text;
using OpenGov.Model.Analysis;

namespace OpenGov.Model.Rendering;

/// <summary>Writes a <see cref="DatasetSummary"/> as Markdown (GitHub tables).</summary>
internal static class SummaryMarkdown
{
    public static string Render(DatasetSummary summary)
    {
        var text = new StringBuilder();
        text.Append("# Summary").Append(summary.Subject is { } subject ? " of " + Escape(subject) : string.Empty).Append("\n\n");
        text.Append(SummaryFormat.Count(summary.CommitmentCount, "commitment"));
        if (summary.GroupedBy != SummaryGrouping.Overall)
        {
            text.Append(", grouped by ").Append(Escape(SummaryFormat.GroupingName(summary))).Append(" (").Append(SummaryFormat.Count(summary.Groups.Count, "group")).Append(')');
        }

        text.Append(Escape(SummaryFormat.Scope(summary)));

        text.Append(".\n\nA share counts the commitments the indicator can tell about; the others are excluded, by reason (")
            .Append("NR not reviewed, ND no data, NA not applicable, none: nothing recorded, ?: unrecognized label).\n");

        var overall = summary.Overall;
        text.Append("\n## Indicators\n\n| indicator | share | yes | of | excluded |\n|---|---:|---:|---:|---|\n");
        foreach (var share in overall.Shares)
        {
            text.Append("| ").Append(SummaryFormat.Title(share.Indicator)).Append(" | ").Append(SummaryFormat.Percent(share)).Append(" | ")
                .Append(share.Numerator.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(share.Denominator.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(SummaryFormat.Missing(share.Excluded)).Append(" |\n");
        }

        text.Append("\n## IRM-based score\n\n");
        Distribution(text, overall.Scores);

        var change = overall.CompletionChange;
        text.Append("\n## Change in completion, mid-term to end of term\n\n| increased | unchanged | decreased | off scale | missing |\n|---:|---:|---:|---:|---|\n| ")
            .Append(change.Increased.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(change.Unchanged.ToString(CultureInfo.InvariantCulture)).Append(" | ")
            .Append(change.Decreased.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(change.OffScale.ToString(CultureInfo.InvariantCulture)).Append(" | ")
            .Append(SummaryFormat.Missing(change.Missing)).Append(" |\n");

        text.Append("\n## Distributions\n");
        foreach (var distribution in overall.Distributions)
        {
            text.Append("\n### ").Append(distribution.Title).Append("\n\n");
            Distribution(text, distribution);
        }

        if (!summary.Groups.IsEmpty)
        {
            text.Append("\n## By ").Append(SummaryFormat.GroupingName(summary.GroupedBy)).Append("\n\n| ").Append(SummaryFormat.GroupingName(summary.GroupedBy)).Append(" | commitments");
            foreach (var share in overall.Shares)
            {
                text.Append(" | ").Append(SummaryFormat.Title(share.Indicator));
            }

            text.Append(" |\n|---|---:");
            foreach (var unused in overall.Shares)
            {
                text.Append("|---:");
            }

            text.Append("|\n");
            foreach (var group in summary.Groups)
            {
                text.Append("| ").Append(Escape(group.Label)).Append(" | ").Append(group.CommitmentCount.ToString(CultureInfo.InvariantCulture));
                foreach (var share in group.Shares)
                {
                    text.Append(" | ").Append(SummaryFormat.Percent(share)).Append(" (").Append(share.Numerator.ToString(CultureInfo.InvariantCulture)).Append('/')
                        .Append(share.Denominator.ToString(CultureInfo.InvariantCulture)).Append(')');
                }

                text.Append(" |\n");
            }
        }

        if (!summary.Agreement.IsEmpty)
        {
            text.Append("\n## Agreement with the dataset's own columns\n\n| indicator | column | agree | disagree | not comparable | disagreeing |\n|---|---|---:|---:|---:|---|\n");
            foreach (var row in summary.Agreement)
            {
                text.Append("| ").Append(SummaryFormat.Title(row.Indicator)).Append(" | ").Append(Escape(row.Column)).Append(" | ")
                    .Append(row.Agree.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(row.Disagree.ToString(CultureInfo.InvariantCulture)).Append(" | ")
                    .Append(row.NotComparable.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(Escape(SummaryFormat.Identifiers(row))).Append(" |\n");
            }
        }

        text.Append("\n## Coverage\n\n| column | values | ND | NR | NA | none | ? |\n|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var field in summary.Coverage)
        {
            var missing = field.Missing;
            text.Append("| ").Append(Escape(field.Column)).Append(" | ").Append(field.Values.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(missing.NoData.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(missing.NotReviewed.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(missing.NotApplicable.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(missing.NotAnswered.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(missing.Unrecognized.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
        }

        return text.ToString();
    }

    private static void Distribution(StringBuilder text, Distribution distribution)
    {
        text.Append("| value | count |\n|---|---:|\n");
        foreach (var count in distribution.Counts)
        {
            text.Append("| ").Append(Escape(count.Label)).Append(" | ").Append(count.Count.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
        }

        foreach (var (label, count) in SummaryFormat.MissingParts(distribution.Missing))
        {
            text.Append("| *").Append(label).Append("* | ").Append(count.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
        }
    }

    /// <summary>Text from the data, made inert in Markdown (<see cref="OutputSafety.Markdown"/>).</summary>
    private static string Escape(string text) => OutputSafety.Markdown(text);
}

/// <summary>The words and numbers the renderers of a summary share.</summary>
internal static class SummaryFormat
{
    public static string Title(string indicator)
    {
        foreach (var definition in Indicators.Catalogue)
        {
            if (definition.Name == indicator)
            {
                return definition.Title;
            }
        }

        return indicator;
    }

    public static string GroupingName(DatasetSummary summary) => summary.GroupedBy == SummaryGrouping.Column
        ? "column '" + summary.GroupColumn + "'"
        : GroupingName(summary.GroupedBy);

    /// <summary>What the summary counted beyond its grouping: the convention and the filters, as a clause that starts with "; ", or nothing.</summary>
    public static string Scope(DatasetSummary summary)
    {
        var scope = new StringBuilder();
        if (summary.Convention == IndicatorConvention.Dataset)
        {
            scope.Append("; indicators by the IRM dataset's own formulas");
        }

        if (summary.Filters.Count > 0)
        {
            scope.Append("; only where ").Append(string.Join(" and ", summary.Filters))
                .Append(" (").Append(Count(summary.FilteredOut, "row")).Append(" left out)");
        }

        return scope.ToString();
    }

    public static string GroupingName(SummaryGrouping grouping) => grouping switch
    {
        SummaryGrouping.Member => "member",
        SummaryGrouping.PolicyArea => "policy area",
        SummaryGrouping.OgpValue => "OGP value",
        SummaryGrouping.Theme => "theme",
        SummaryGrouping.ActionPlan => "action plan",
        SummaryGrouping.Region => "region",
        SummaryGrouping.SubmissionYear => "year of submission",
        SummaryGrouping.MemberKind => "kind of member",
        _ => "overall",
    };

    public static string Count(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>The share as a percentage with one decimal, or an en dash when nothing could be told.</summary>
    public static string Percent(IndicatorShare share) =>
        share.Share is { } value ? (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    public static IEnumerable<(string Label, int Count)> MissingParts(MissingCounts missing)
    {
        if (missing.NotReviewed > 0)
        {
            yield return ("not reviewed", missing.NotReviewed);
        }

        if (missing.NoData > 0)
        {
            yield return ("no data", missing.NoData);
        }

        if (missing.NotApplicable > 0)
        {
            yield return ("not applicable", missing.NotApplicable);
        }

        if (missing.NotAnswered > 0)
        {
            yield return ("nothing recorded", missing.NotAnswered);
        }

        if (missing.Unrecognized > 0)
        {
            yield return ("unrecognized", missing.Unrecognized);
        }
    }

    /// <summary>Exclusions in short: "NR 58, ND 12", or "none".</summary>
    public static string Missing(MissingCounts missing)
    {
        var parts = new List<string>(5);
        Add("NR", missing.NotReviewed);
        Add("ND", missing.NoData);
        Add("NA", missing.NotApplicable);
        Add("none", missing.NotAnswered);
        Add("?", missing.Unrecognized);
        return parts.Count == 0 ? "–" : string.Join(", ", parts);

        void Add(string label, int count)
        {
            if (count > 0)
            {
                parts.Add(label + " " + count.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    public static string Identifiers(IndicatorAgreementSummary row)
    {
        const int Shown = 12;
        var shown = row.Disagreeing.Count <= Shown ? row.Disagreeing.Count : Shown;
        var ids = new string[shown];
        for (var i = 0; i < shown; i++)
        {
            ids[i] = row.Disagreeing[i];
        }

        var text = string.Join(", ", ids);
        return row.Disagree > shown ? text + ", … (" + (row.Disagree - shown).ToString(CultureInfo.InvariantCulture) + " more)" : text;
    }
}
