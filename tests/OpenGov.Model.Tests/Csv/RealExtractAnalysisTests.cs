using System;
using System.Collections.Generic;
using System.Linq;
using OpenGov.Model.Analysis;
using OpenGov.Model.Rendering;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.Csv;

/// <summary>
/// The indicators and summaries of the real extract, and how the computed indicators compare with the
/// columns the dataset derives itself. Every disagreement is listed here and explained, by cause, in
/// docs/indicators.md.
/// </summary>
public class RealExtractAnalysisTests
{
    private static readonly IReadOnlyList<DatasetRecord> Records = Imports.CsvFile(RealExtractTests.ExtractPath).Dataset.Records;

    private static readonly DatasetSummary ByRegion = DatasetSummary.Create(Records, SummaryGrouping.Region, "extract");

    // The dataset's High Ambition also requires relevance to an OGP value (_Relevant): these
    // commitments have a moderate or transformative potential impact but are recorded as not relevant
    // (JO0062's relevance is ND). A formula difference: the IRM defines high ambition by potential
    // impact alone.
    private static readonly string[] NotRelevantButHighImpact =
    [
        "CZ0007", "ES0003", "GH0017", "JO0042", "JO0062", "LK0020", "RS0026", "SE0008", "SL0008", "UA0048", "UA0049", "US0036",
    ];

    // Plans assessed by the 2020 method: the dataset scores every one of these commitments 1, whatever
    // its potential for results and completion. A formula difference: the library counts a substantial
    // potential for results as ambition, and completion whatever the method.
    private static readonly string[] NewMethodScoredOne =
    [
        "AL0066", "AL0072", "CI0030", "CI0031", "CL0069", "CL0070", "CZ0031", "EE0054", "ID0129", "IE0051", "KE0027", "LR0040",
        "MN0048", "MN0049", "MN0053", "MN0055", "RS0046", "RS0050", "SN0001", "SN0003", "UA0087", "UA0090", "UA0094", "UA0095", "UA0096",
    ];

    // The recorded score contradicts the dataset's own High Completion and High Ambition columns of the
    // same row (for example NZ0015: both 1, score 2). A data issue.
    private static readonly string[] ScoreContradictsOwnFlags =
    [
        "MK0124", "MK0125", "MK0139", "MK0140", "MN0025", "MN0026", "MN0043", "MN0045", "NG0008", "NG0021", "NG0030", "NZ0015",
        "PNG0001", "PNG0007", "PT0006", "PY0038", "PY0052", "PY0056", "PY0068", "PY0069",
    ];

    // LT0004's design was not reviewed (score −1), but the dataset scores it 1. A data issue.
    private static readonly string[] NotReviewedScoredOne = ["LT0004"];

    public static TheoryData<string, int, int, int> Agreements => new()
    {
        { "High Completion", 406, 0, 152 },
        { "High Ambition", 333, 12, 213 },
        { "High DIOG", 261, 0, 297 },
        { "Starred (2015 Only)", 210, 0, 348 },
        { "Starred (Current Formula) Progress Report", 212, 0, 346 },
        { "Starred (Current Formula) End of Term", 169, 0, 389 },
        { "IRM-Based Score", 388, 58, 112 },
    };

    [Theory]
    [MemberData(nameof(Agreements))]
    public void Computed_indicators_agree_with_the_recorded_columns(string column, int agree, int disagree, int notComparable)
    {
        var agreement = Assert.Single(ByRegion.Agreement, a => a.Column == column);

        Assert.Equal((agree, disagree, notComparable), (agreement.Agree, agreement.Disagree, agreement.NotComparable));
        Assert.Equal(558, agreement.Agree + agreement.Disagree + agreement.NotComparable);
        Assert.True(agreement.Agree > 5 * agreement.Disagree, $"{column}: {agreement.Agree} agree, {agreement.Disagree} disagree");
    }

    [Fact]
    public void High_ambition_disagreements_are_the_commitments_recorded_as_not_relevant()
    {
        var agreement = Assert.Single(ByRegion.Agreement, a => a.Column == "High Ambition");

        Assert.Equal(NotRelevantButHighImpact, agreement.Disagreeing);
    }

    [Fact]
    public void Score_disagreements_each_have_a_known_cause()
    {
        var agreement = Assert.Single(ByRegion.Agreement, a => a.Column == "IRM-Based Score");
        var explained = NotRelevantButHighImpact.Concat(NewMethodScoredOne).Concat(ScoreContradictsOwnFlags).Concat(NotReviewedScoredOne)
            .OrderBy(id => id, StringComparer.Ordinal);

        Assert.Equal(explained, agreement.Disagreeing);
    }

    [Fact]
    public void Score_disagreements_of_new_method_plans_are_ones_beside_ambition_by_potential_for_results()
    {
        foreach (var id in NewMethodScoredOne)
        {
            var record = Records.Single(r => r.Commitment.Id == CommitmentId.Parse(id));
            var design = record.Commitment.Assessment!.Design;

            Assert.Equal(1, record.Indicators.IrmBasedScore.Value);
            Assert.False(design.PotentialImpact.HasValue, id);
            Assert.True(design.PotentialForResults.HasValue, id);
        }
    }

    [Fact]
    public void Score_disagreements_that_contradict_the_row_s_own_flags()
    {
        foreach (var id in ScoreContradictsOwnFlags)
        {
            var indicators = Records.Single(r => r.Commitment.Id == CommitmentId.Parse(id)).Indicators;
            var ambitious = indicators.HighAmbition.Value;
            var complete = indicators.HighCompletion.Value;
            var strong = indicators.HighOpenGovernment.Value;
            var expected = strong || (ambitious && complete) ? 4 : ambitious ? 3 : complete ? 2 : 1;

            Assert.NotEqual(expected, indicators.IrmBasedScore.Value);
        }
    }

    [Fact]
    public void Validation_reports_one_warning_per_disagreement()
    {
        var findings = new OgpValidator().Validate(Records, "extract").Findings.Where(f => f.Code == "OGP220").ToList();

        Assert.Equal(12 + 58, findings.Count);
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.Equal(12, findings.Count(f => f.Path.EndsWith("/indicators/highAmbition", StringComparison.Ordinal)));
        Assert.Equal(58, findings.Count(f => f.Path.EndsWith("/indicators/irmBasedScore", StringComparison.Ordinal)));
    }

    [Fact]
    public void Shares_of_the_whole_extract()
    {
        var overall = ByRegion.Overall;

        AssertShare(overall.GetShare(Indicators.HighCompletion), 229, 406, notReviewed: 152);
        AssertShare(overall.GetShare(Indicators.HighAmbitionPotentialImpact), 234, 345, notReviewed: 58, noData: 155);
        AssertShare(overall.GetShare(Indicators.HighAmbitionPotentialForResults), 43, 143, notReviewed: 49, noData: 366);
        AssertShare(overall.GetShare(Indicators.StrongEarlyResults), 52, 261, notReviewed: 153, noData: 144);
        Assert.Equal(558, ByRegion.CommitmentCount);
    }

    [Theory]
    [InlineData("Africa and the Middle East", 110, 29, 68, 2, 47)]
    [InlineData("Americas", 77, 42, 60, 8, 26)]
    [InlineData("Asia and the Pacific", 116, 38, 88, 7, 50)]
    [InlineData("Europe", 255, 120, 190, 35, 138)]
    public void Shares_per_region(string region, int commitments, int highCompletion, int completionAssessed, int strongResults, int resultsAssessed)
    {
        var group = Assert.Single(ByRegion.Groups, g => g.Label == region);

        Assert.Equal(commitments, group.CommitmentCount);
        Assert.Equal((highCompletion, completionAssessed), (group.GetShare(Indicators.HighCompletion).Numerator, group.GetShare(Indicators.HighCompletion).Denominator));
        Assert.Equal((strongResults, resultsAssessed), (group.GetShare(Indicators.StrongEarlyResults).Numerator, group.GetShare(Indicators.StrongEarlyResults).Denominator));
    }

    [Fact]
    public void Completion_change_from_mid_term_to_end_of_term()
    {
        var change = ByRegion.Overall.CompletionChange;

        Assert.Equal((41, 99, 5, 0), (change.Increased, change.Unchanged, change.Decreased, change.OffScale));
        Assert.Equal(413, change.Missing.Total);
    }

    [Fact]
    public void Did_it_open_government_per_value_is_distributed_like_its_column()
    {
        var access = ByRegion.Overall.GetDistribution(AssessmentScales.OpenGovernmentAccessToInformation);

        Assert.Equal(113, access.Counts.Sum(c => c.Count));
        Assert.Equal((269, 153, 23), (access.Missing.NoData, access.Missing.NotReviewed, access.Missing.NotApplicable));
    }

    [Fact]
    public void Coverage_counts_every_column_of_the_file()
    {
        Assert.Equal(171, ByRegion.Coverage.Count);
        var completion = Assert.Single(ByRegion.Coverage, c => c.Column == "Completion (End Of Term)");

        Assert.Equal((343, 62, 153, 0, 0), (completion.Values, completion.Missing.NoData, completion.Missing.NotReviewed, completion.Missing.NotApplicable, completion.Missing.NotAnswered));
        Assert.All(ByRegion.Coverage, c => Assert.Equal(558, c.Values + c.Missing.Total));
        foreach (var area in PolicyArea.All)
        {
            var coverage = Assert.Single(ByRegion.Coverage, c => c.Column == area.Label);
            Assert.Equal(Records.Count(r => r.Commitment.PolicyAreas.TryGetValue(area, out var flag) && flag.HasValue), coverage.Values);
        }
    }

    [Fact]
    public void Summary_round_trips_through_json_and_renders()
    {
        var json = OgpJson.Serialize(ByRegion);
        var read = Assert.IsType<DatasetSummary>(OgpJson.Deserialize(json));

        Assert.Equal(ByRegion, read);
        Assert.Contains("| Europe |", ByRegion.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("<svg", ByRegion.ToHtml(), StringComparison.Ordinal);
    }

    private static void AssertShare(IndicatorShare share, int numerator, int denominator, int notReviewed = 0, int noData = 0)
    {
        Assert.Equal((numerator, denominator), (share.Numerator, share.Denominator));
        Assert.Equal((notReviewed, noData), (share.Excluded.NotReviewed, share.Excluded.NoData));
        Assert.Equal(558, share.Denominator + share.Excluded.Total);
    }
}
