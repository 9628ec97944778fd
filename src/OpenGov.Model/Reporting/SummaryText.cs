using System.Globalization;
using System.IO;
using System.Linq;
using OpenGov.Model.Analysis;

namespace OpenGov.Model.Rendering;

/// <summary>The readable form of a dataset summary that <c>ogp summary</c> prints.</summary>
internal static class SummaryText
{
    public static void Write(TextWriter writer, DatasetSummary summary)
    {
        var output = TerminalWriter.Over(writer);
        WriteTo(output, summary);
        output.Complete();
    }

    private static void WriteTo(TextWriter output, DatasetSummary summary)
    {
        output.WriteLine($"{summary.Subject ?? "dataset"} · {N(summary.CommitmentCount)} commitments" +
            (summary.GroupedBy == SummaryGrouping.Overall ? string.Empty : $" · {N(summary.Groups.Count)} groups by {Grouping(summary)}") +
            SummaryFormat.Scope(summary).Replace("; ", " · "));

        var overall = summary.Overall;
        output.WriteLine();
        output.WriteLine("  Indicator                                                 share     yes      of  excluded");
        foreach (var share in overall.Shares)
        {
            output.WriteLine($"  {Title(share.Indicator),-54} {Percent(share),8} {N(share.Numerator),7} {N(share.Denominator),7}  {Missing(share.Excluded)}");
        }

        output.WriteLine();
        output.WriteLine("  IRM-based score: " + string.Join("  ", overall.Scores.Counts.Select(c => $"{c.Token}: {N(c.Count)}")) +
            (overall.Scores.Missing.Total > 0 ? $"  cannot tell: {N(overall.Scores.Missing.Total)} ({Missing(overall.Scores.Missing)})" : string.Empty));
        var change = overall.CompletionChange;
        output.WriteLine($"  Completion, mid-term to end of term: {N(change.Increased)} increased, {N(change.Unchanged)} unchanged, {N(change.Decreased)} decreased, {N(change.OffScale)} off scale, {N(change.Missing.Total)} without both ({Missing(change.Missing)})");
        foreach (var distribution in overall.Distributions)
        {
            output.WriteLine($"  {distribution.Title}: " + string.Join(", ", distribution.Counts.Where(c => c.Count > 0).Select(c => $"{c.Label} {N(c.Count)}")) +
                (distribution.Missing.Total > 0 ? $"; {Missing(distribution.Missing)}" : string.Empty));
        }

        if (!summary.Groups.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine($"  {Clip(Grouping(summary)),-34} commitments  high completion  high ambition (PI)  strong results");
            foreach (var group in summary.Groups)
            {
                output.WriteLine($"  {Clip(group.Label),-34} {N(group.CommitmentCount),11}  {Cell(group.FindShare(Indicators.HighCompletion)),15}  {Cell(group.FindShare(Indicators.HighAmbitionPotentialImpact)),18}  {Cell(group.FindShare(Indicators.StrongEarlyResults)),14}");
            }
        }

        if (!summary.Agreement.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("  Agreement with the dataset's columns        agree  disagree  not comparable");
            foreach (var row in summary.Agreement)
            {
                output.WriteLine($"  {row.Column,-42} {N(row.Agree),6} {N(row.Disagree),9} {N(row.NotComparable),15}");
                if (row.Disagree > 0)
                {
                    output.WriteLine("    disagreeing: " + string.Join(", ", row.Disagreeing.Take(12)) + (row.Disagree > 12 ? $", … ({N(row.Disagree - 12)} more)" : string.Empty));
                }
            }
        }

        output.WriteLine();
        output.WriteLine("  Coverage of the assessment columns            values      ND      NR      NA    none       ?");
        foreach (var field in summary.GetAssessmentCoverage())
        {
            var m = field.Missing;
            output.WriteLine($"  {Clip(field.Column),-42} {N(field.Values),10} {N(m.NoData),7} {N(m.NotReviewed),7} {N(m.NotApplicable),7} {N(m.NotAnswered),7} {N(m.Unrecognized),7}");
        }
    }

    /// <summary>The title of an indicator; a name no indicator has (a summary read from JSON) as it is written.</summary>
    private static string Title(string? indicator) => Indicators.TryGet(indicator, out var definition) ? definition.Title : indicator ?? string.Empty;

    private static string Grouping(DatasetSummary summary) => summary.GroupedBy switch
    {
        SummaryGrouping.Column or SummaryGrouping.PolicyArea or SummaryGrouping.OgpValue => SummaryFormat.GroupingName(summary),
        SummaryGrouping.ActionPlan => "plan",
        SummaryGrouping.SubmissionYear => "year",
        SummaryGrouping.MemberKind => "kind",
        var grouping => grouping.ToString().ToLowerInvariant(),
    };

    private static string Percent(IndicatorShare share) =>
        share.Share is { } value ? (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    private static string Cell(IndicatorShare? share) => share is null ? "–" : $"{Percent(share)} ({N(share.Numerator)}/{N(share.Denominator)})";

    private static string Missing(MissingCounts missing)
    {
        var parts = new[] { ("NR", missing.NotReviewed), ("ND", missing.NoData), ("NA", missing.NotApplicable), ("none", missing.NotAnswered), ("?", missing.Unrecognized) }
            .Where(p => p.Item2 > 0)
            .Select(p => $"{p.Item1} {N(p.Item2)}");
        var text = string.Join(", ", parts);
        return text.Length == 0 ? "–" : text;
    }

    private static string Clip(string text)
    {
        // One line per group: a label's line breaks and tabs are shown as escapes.
        text = OutputSafety.TerminalLine(text);
        return text.Length <= 34 ? text : text[..33] + "…";
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
