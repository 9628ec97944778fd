using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Analysis;
using OpenGov.Model.Rendering;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Analysis;

/// <summary>Generated datasets: rows of a few members and plans, so that groups gather several rows.</summary>
public static class AnalysisArbitraries
{
    private static readonly Member[] Members =
    [
        new() { Code = MemberCode.Parse("ALB"), Name = "Albania", Kind = MemberKind.National, Region = Region.Europe },
        new() { Code = MemberCode.Parse("KEN"), Name = "Kenya", Kind = MemberKind.National, Region = Region.AfricaAndTheMiddleEast },
        new() { Code = MemberCode.Parse("ELGE"), Name = "Elgeyo-Marakwet", Kind = MemberKind.LegacyLocal, Region = Region.AfricaAndTheMiddleEast },
        new() { Code = MemberCode.Parse("URY"), Name = "Uruguay", Kind = MemberKind.National, Region = Recorded<Region>.NoData },
    ];

    public static Gen<DatasetRecord> Row { get; } =
        from record in ModelGenerators.DatasetRecord(canonical: false)
        from member in Gen.Frequency((6, Gen.Elements(Members)), (1, ModelGenerators.Member(canonical: false)))
        from year in Gen.Frequency((5, Gen.Choose(2012, 2016).Select(Recorded<int>.Of)), (1, Gen.Constant(Recorded<int>.NotReviewed)))
        from number in Gen.Choose(1, 3)
        select record with
        {
            Member = member,
            ActionPlan = record.ActionPlan with
            {
                Id = member.Code is { } code ? ActionPlanId.Create(code, number) : null,
                Number = number,
                SubmissionYear = year,
            },
        };

    public static Arbitrary<DatasetRecord[]> Rows() => Gen.ArrayOf(Row).ToArbitrary();

    public static Arbitrary<DatasetRecord> Record() => Row.ToArbitrary();

    // Grouping by a column needs the column too: the options-based properties cover it.
    public static Arbitrary<SummaryGrouping> Grouping() => Gen.Elements(Enum.GetValues<SummaryGrouping>().Where(g => g != SummaryGrouping.Column).ToArray()).ToArbitrary();
}

[Properties(Arbitrary = [typeof(ModelArbitraries), typeof(AnalysisArbitraries)], MaxTest = 60)]
public class SummaryProperties
{
    private static IEnumerable<GroupSummary> AllGroups(DatasetSummary summary) => summary.Groups.Prepend(summary.Overall);

    [Property]
    public void Shares_lie_in_zero_to_one_and_add_up_to_the_group(DatasetRecord[] rows, SummaryGrouping grouping, bool datasetConvention)
    {
        var summary = DatasetSummary.Create(rows, new DatasetSummaryOptions { GroupBy = grouping, Convention = datasetConvention ? IndicatorConvention.Dataset : IndicatorConvention.Strict });

        Assert.Equal(rows.Length, summary.CommitmentCount);
        foreach (var group in AllGroups(summary))
        {
            Assert.Equal(Indicators.All.Count(i => i.IsYesNo), group.Shares.Count);
            foreach (var share in group.Shares)
            {
                Assert.InRange(share.Numerator, 0, share.Denominator);
                Assert.Equal(group.CommitmentCount, share.Denominator + share.Excluded.Total);
                if (share.Share is { } value)
                {
                    Assert.InRange(value, 0.0, 1.0);
                }
                else
                {
                    Assert.Equal(0, share.Denominator);
                }
            }

            Assert.Equal(group.CommitmentCount, group.Scores.Counts.Sum(c => c.Count) + group.Scores.Missing.Total);
            Assert.All(group.Distributions, d => Assert.Equal(group.CommitmentCount, d.Counts.Sum(c => c.Count) + d.Missing.Total));
            var change = group.CompletionChange;
            Assert.Equal(group.CommitmentCount, change.Increased + change.Unchanged + change.Decreased + change.OffScale + change.Missing.Total);
        }

        if (grouping is SummaryGrouping.PolicyArea or SummaryGrouping.OgpValue)
        {
            // A commitment counts in each of its areas or values, or in the group of none: groups overlap and cover every row.
            Assert.InRange(summary.Groups.Sum(g => g.CommitmentCount), rows.Length, rows.Length * Math.Max(1, PolicyArea.All.Count));
            Assert.All(summary.Groups, g => Assert.InRange(g.CommitmentCount, 1, rows.Length));
        }
        else if (grouping != SummaryGrouping.Overall)
        {
            Assert.Equal(rows.Length, summary.Groups.Sum(g => g.CommitmentCount));
            Assert.Equal(summary.Groups.Select(g => g.Key).OrderBy(k => k, StringComparer.Ordinal), summary.Groups.Select(g => g.Key));
        }

        Assert.All(summary.Coverage, field => Assert.Equal(rows.Length, field.Values + field.Missing.Total));
        Assert.All(summary.Agreement, row => Assert.Equal(rows.Length, row.Agree + row.Disagree + row.NotComparable));
    }

    [Property]
    public void Policy_area_coverage_counts_each_area_s_flag(DatasetRecord[] rows)
    {
        var summary = DatasetSummary.Create(rows);

        foreach (var area in PolicyArea.All)
        {
            var coverage = Assert.Single(summary.Coverage, c => c.Column == area.Label);
            var flags = rows.Select(r => r.Commitment.PolicyAreas.TryGetValue(area, out var flag) ? flag : default).ToList();
            Assert.Equal(flags.Count(f => f.HasValue), coverage.Values);
            Assert.Equal(flags.Count(f => f.State == RecordedState.NotAnswered), coverage.Missing.NotAnswered);
            Assert.Equal(flags.Count(f => f.State == RecordedState.NoData), coverage.Missing.NoData);
            Assert.Equal(flags.Count(f => f.State == RecordedState.NotApplicable), coverage.Missing.NotApplicable);
        }
    }

    [Property]
    public void Numerators_are_the_commitments_the_indicator_says_yes_for(DatasetRecord[] rows)
    {
        var summary = DatasetSummary.Create(rows);

        foreach (var indicator in Indicators.YesNo)
        {
            var values = rows.Select(r => indicator.EvaluateAsNumber(r.Commitment)).ToList();
            var share = summary.Overall.GetShare(indicator);
            Assert.Equal(values.Count(v => v.GetValueOrDefault(0) == 1), share.Numerator);
            Assert.Equal(values.Count(v => v.IsKnown), share.Denominator);
            Assert.Equal(values.Count(v => v.Reason == CannotTellReason.NotReviewed), share.Excluded.NotReviewed);
        }
    }

    [Property]
    public void Summaries_do_not_depend_on_row_order(DatasetRecord[] rows, SummaryGrouping grouping, int seed)
    {
        var random = new Random(seed);
        DatasetRecord[] shuffled = [.. rows.Select(r => (Key: random.Next(), Row: r)).OrderBy(p => p.Key).Select(p => p.Row)];

        Assert.Equal(DatasetSummary.Create(rows, grouping), DatasetSummary.Create(shuffled, grouping));
    }

    [Property]
    public void Raising_completion_never_lowers_high_completion(Commitment commitment, CompletionLevel from, CompletionLevel to)
    {
        var (lower, higher) = Progress(from) <= Progress(to) ? (from, to) : (to, from);
        var assessment = commitment.Assessment ?? new IrmAssessment();

        foreach (var stage in new[] { AssessmentStage.Midterm, AssessmentStage.EndOfTerm })
        {
            var before = With(assessment, stage, lower);
            var after = With(assessment, stage, higher);
            var a = Indicators.HighCompletion.Evaluate(before);
            var b = Indicators.HighCompletion.Evaluate(after);
            if (a.TryGetValue(out var wasHigh) && wasHigh)
            {
                Assert.Equal(IndicatorValue<bool>.Known(true), b);
            }

            Assert.True(!Indicators.HighCompletionAt(before, stage).GetValueOrDefault(false) || Indicators.HighCompletionAt(after, stage).GetValueOrDefault(false));
        }

        Commitment With(IrmAssessment a, AssessmentStage stage, CompletionLevel level) => commitment with
        {
            Assessment = a with
            {
                Implementation = stage == AssessmentStage.Midterm
                    ? a.Implementation with { CompletionMidterm = level }
                    : a.Implementation with { CompletionEndOfTerm = level },
            },
        };

        // Withdrawn, Unclear and No Evidence Available sit below Not Started: none is progress.
        static int Progress(CompletionLevel level) => level switch
        {
            CompletionLevel.Limited => 1,
            CompletionLevel.Substantial => 2,
            CompletionLevel.Complete => 3,
            _ => 0,
        };
    }

    [Property]
    public void Indicators_never_throw_and_a_cannot_tell_always_names_its_input(Commitment commitment)
    {
        foreach (var indicator in Indicators.All)
        {
            var value = indicator.EvaluateAsNumber(commitment);
            Assert.Equal(value.IsKnown, value.Reason is null);
            Assert.Equal(value.IsKnown, value.Input is null);
            if (value.TryGetValue(out var number))
            {
                Assert.Contains(number, indicator.IsYesNo ? new[] { 0, 1 } : new[] { -1, 1, 2, 3, 4 });
            }
        }
    }

    [Property(MaxTest = 30)]
    public void A_summary_round_trips_through_json_and_renders(DatasetRecord[] rows, SummaryGrouping grouping)
    {
        var summary = DatasetSummary.Create(rows, grouping, "generated.csv");

        Assert.Equal(summary, OgpJson.Deserialize<DatasetSummary>(OgpJson.Serialize(summary)));
        var html = summary.ToHtml();
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("| indicator | share |", summary.ToMarkdown(), StringComparison.Ordinal);
    }
}
