using System;
using System.Collections.Generic;
using System.Linq;
using OpenGov.Model.Analysis;
using Xunit;

namespace OpenGov.Model.Tests.Csv;

/// <summary>
/// Every derived column of the real extract computed under both conventions and compared with the value
/// it records: the agreement table of docs/indicators.md, number for number and identifier for identifier.
/// </summary>
public class DatasetConventionTests
{
    private static readonly IReadOnlyList<DatasetRecord> Records = Imports.CsvFile(RealExtractTests.ExtractPath).Dataset.Records;

    private static readonly DatasetSummary Strict = DatasetSummary.Create(Records, new DatasetSummaryOptions { Convention = IndicatorConvention.Strict });

    private static readonly DatasetSummary Dataset = DatasetSummary.Create(Records, new DatasetSummaryOptions { Convention = IndicatorConvention.Dataset });

    // Rows whose recorded score categories contradict their own High Completion, High Ambition and High DIOG (which the formulas reproduce on every row).
    private const string StaleCategories = "MK0124 MK0125 MK0139 MK0140 MN0025 MN0026 MN0043 MN0045 NG0008 NG0021 NG0030 NZ0015 PNG0001 PNG0007 PT0006 PY0038 PY0052 PY0056 PY0068 PY0069";

    /// <summary>Column; agree; disagreeing identifiers (the rest of the 558 rows agree, none is incomparable).</summary>
    public static TheoryData<string, int, string> DatasetAgreement => new()
    {
        { "Starred (2015 Only)", 541, "BG0039 BUE0009 MAD0005 SCO0001 SCO0005 SK0059 SK0088 SK0113 SK0114 SK0115 SK0116 SK0117 SK0118 SK0119 SK0130 US0005 US0017" },
        { "Starred (Current Formula) Progress Report", 541, "BG0039 BUE0009 MAD0005 SCO0001 SCO0005 SK0059 SK0088 SK0113 SK0114 SK0115 SK0116 SK0117 SK0118 SK0119 SK0130 US0005 US0017" },
        { "Starred (Current Formula) End of Term", 550, "CR0051 CR0054 EE0050 ES0026 GT0066 PH0049 PH0051 PH0055" },
        { "Max star", 547, "BUE0009 CR0051 CR0054 EE0050 ES0026 PH0049 PH0051 PH0055 SK0130 US0005 US0017" },
        { "Ambition Assessed", 558, string.Empty },
        { "Comp Assessed", 558, string.Empty },
        { "DIOG Assessed", 558, string.Empty },
        { "Midterm Only", 558, string.Empty },
        { "Max Completion", 558, string.Empty },
        { "Raw Completion", 558, string.Empty },
        { "High Completion", 558, string.Empty },
        { "High Ambition", 558, string.Empty },
        { "High DIOG", 558, string.Empty },
        { "Ambitious and complete, or DIOG", 549, "MK0139 MK0140 NG0021 NZ0015 PT0006 PY0038 PY0056 PY0068 PY0069" },
        { "Ambitious but not complete", 548, "MK0124 MK0125 MN0025 MN0026 MN0043 MN0045 NG0008 NG0030 PNG0001 PY0052" },
        { "Complete but not ambitious", 549, "MK0139 MK0140 NG0021 NZ0015 PNG0007 PT0006 PY0038 PY0056 PY0068" },
        { "Not complete or ambitious", 547, "MK0124 MK0125 MK0143 MN0025 MN0026 MN0043 MN0045 NG0008 NO0063 PNG0001 PY0052" },
        { "Not reviewed", 557, "LT0004" },
        { "CHECKSUM", 552, "LT0004 MK0143 NG0030 NO0063 PNG0007 PY0069" },
        { "IRM-Based Score", 537, "LT0004 " + StaleCategories },
        { "Binding constraint", 556, "AR0045 LT0004" },
        { "Subnational in NAPs", 558, string.Empty },
    };

    /// <summary>Column; agree; disagree; not comparable (the library cannot tell, or the dataset records a marker).</summary>
    public static TheoryData<string, int, int, int> StrictAgreement => new()
    {
        { "Starred (2015 Only)", 210, 0, 348 },
        { "Starred (Current Formula) Progress Report", 212, 0, 346 },
        { "Starred (Current Formula) End of Term", 169, 0, 389 },
        { "Max star", 233, 0, 325 },
        { "Ambition Assessed", 558, 0, 0 },
        { "Comp Assessed", 558, 0, 0 },
        { "DIOG Assessed", 558, 0, 0 },
        { "Midterm Only", 406, 0, 152 },
        { "Max Completion", 403, 0, 155 },
        { "Raw Completion", 406, 0, 152 },
        { "High Completion", 406, 0, 152 },
        { "High Ambition", 333, 12, 213 },
        { "High DIOG", 261, 0, 297 },
        { "Ambitious and complete, or DIOG", 421, 25, 112 },
        { "Ambitious but not complete", 424, 22, 112 },
        { "Complete but not ambitious", 419, 27, 112 },
        { "Not complete or ambitious", 415, 31, 112 },
        { "Not reviewed", 545, 1, 12 },
        { "CHECKSUM", 397, 49, 112 },
        { "IRM-Based Score", 388, 58, 112 },
        { "Binding constraint", 359, 3, 196 },
        { "Subnational in NAPs", 558, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(DatasetAgreement))]
    public void The_dataset_convention_reproduces_each_derived_column(string column, int agree, string disagreeing)
    {
        var agreement = Assert.Single(Dataset.Agreement, a => a.Column == column);

        Assert.Equal(agree, agreement.Agree);
        Assert.Equal(0, agreement.NotComparable);
        Assert.Equal(disagreeing.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderBy(id => id, StringComparer.Ordinal), agreement.Disagreeing);
        Assert.Equal(558, agreement.Agree + agreement.Disagree);
    }

    [Theory]
    [MemberData(nameof(StrictAgreement))]
    public void The_strict_convention_agrees_wherever_it_can_tell(string column, int agree, int disagree, int notComparable)
    {
        var agreement = Assert.Single(Strict.Agreement, a => a.Column == column);

        Assert.Equal((agree, disagree, notComparable), (agreement.Agree, agreement.Disagree, agreement.NotComparable));
    }

    [Fact]
    public void Every_derived_column_the_library_computes_is_in_both_tables()
    {
        var columns = Indicators.DatasetColumns.Select(c => c.RecordedColumn!).ToArray();

        Assert.Equal(columns, Dataset.Agreement.Select(a => a.Column));
        Assert.Equal(columns, Strict.Agreement.Select(a => a.Column));
        Assert.Equal(columns.Order(StringComparer.Ordinal), DatasetAgreement.Select(row => row.Data.Item1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_score_disagreements_are_the_rows_whose_recorded_categories_contradict_their_own_flags()
    {
        var stale = StaleCategories.Split(' ');
        foreach (var id in stale)
        {
            var record = Records.Single(r => r.Commitment.Id?.ToString() == id);
            var recorded = (
                HighAmbition: record.Indicators.HighAmbition,
                HighCompletion: record.Indicators.HighCompletion,
                HighDiog: record.Indicators.HighOpenGovernment,
                Score: record.Indicators.IrmBasedScore.Value);

            // The recorded flags are what the formulas compute for the row...
            Assert.Equal(recorded.HighCompletion.Select(f => f ? 1 : 0), Recorded(Indicators.HighCompletion.Evaluate(record, IndicatorConvention.Dataset)));
            Assert.Equal(recorded.HighAmbition.Select(f => f ? 1 : 0), Recorded(Indicators.HighAmbitionPotentialImpact.Evaluate(record, IndicatorConvention.Dataset)));

            // ...but the recorded score is not the score of those flags.
            var fromFlags = recorded.HighDiog.GetValueOrDefault(false) ? 4
                : (recorded.HighAmbition.GetValueOrDefault(false), recorded.HighCompletion.GetValueOrDefault(false)) switch
                {
                    (true, true) => 4,
                    (true, false) => 3,
                    (false, true) => 2,
                    _ => 1,
                };
            Assert.NotEqual(fromFlags, recorded.Score);
        }
    }

    [Fact]
    public void Published_shares_come_out_under_the_dataset_convention()
    {
        // The dataset's own counts: the number of 1s in each column, over every row.
        Assert.Equal((229, 558), Share(Dataset, Indicators.HighCompletion));
        Assert.Equal((52, 558), Share(Dataset, Indicators.StrongEarlyResults));
        Assert.Equal((222, 345), Share(Dataset, Indicators.HighAmbitionPotentialImpact));

        // The strict convention leaves out what is not assessed.
        Assert.Equal((229, 406), Share(Strict, Indicators.HighCompletion));
    }

    [Fact]
    public void Binding_constraints_read_and_write_the_dataset_s_tokens()
    {
        var constraint = Indicators.BindingConstraint;
        var potImp = Records.First(r => r.Indicators.BindingConstraint.GetValueOrDefault(string.Empty) == "PotImp");

        Assert.Equal(Recorded<int>.Of((int)BindingConstraint.PotentialImpact), constraint.GetRecorded(potImp));
        Assert.Equal(IndicatorValue<int>.Known((int)BindingConstraint.PotentialImpact), constraint.Evaluate(potImp, IndicatorConvention.Dataset));
        Assert.Equal(
            ["STAR", "Spec", "Rel", "PotImp", "Cmpl", "FALSE"],
            Enum.GetValues<BindingConstraint>().Select(c => constraint.FormatValue((int)c)));
        Assert.Equal("3", Indicators.IrmBasedScore.FormatValue(3));
    }

    private static (int Numerator, int Denominator) Share(DatasetSummary summary, IndicatorDefinition<bool> indicator)
    {
        var share = summary.Overall.GetShare(indicator);
        return (share.Numerator, share.Denominator);
    }

    private static Recorded<int> Recorded(IndicatorValue<int> value) => value.TryGetValue(out var number) ? Recorded<int>.Of(number)
        : value.Reason switch
        {
            CannotTellReason.NoData => Recorded<int>.NoData,
            CannotTellReason.NotReviewed => Recorded<int>.NotReviewed,
            CannotTellReason.NotApplicable => Recorded<int>.NotApplicable,
            _ => Recorded<int>.NotAnswered,
        };
}
