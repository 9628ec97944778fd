using System.Linq;
using FsCheck.Xunit;
using OpenGov.Model.Analysis;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Analysis;

/// <summary>The dataset's formulas over generated rows: total, and consistent with one another and with the strict indicators.</summary>
[Properties(Arbitrary = [typeof(ModelArbitraries), typeof(AnalysisArbitraries)], MaxTest = 200)]
public class DatasetFormulaProperties
{
    [Property]
    public void Every_column_evaluates_under_both_conventions_without_throwing(DatasetRecord record)
    {
        foreach (var column in Indicators.DatasetColumns.Concat(Indicators.All))
        {
            foreach (var convention in new[] { IndicatorConvention.Strict, IndicatorConvention.Dataset })
            {
                var value = column.Evaluate(record, convention);
                if (value.TryGetValue(out var number))
                {
                    Assert.NotEmpty(column.FormatValue(number));
                }

                var check = column.Check(record, convention);
                Assert.Equal(value, check.Computed);
            }
        }
    }

    [Property]
    public void The_score_s_categories_are_exclusive_and_the_checksum_counts_them(DatasetRecord record)
    {
        int Flag(IndicatorDefinition indicator) => indicator.Evaluate(record, IndicatorConvention.Dataset).Value;

        var categories = new[]
        {
            Flag(Indicators.AmbitiousAndComplete), Flag(Indicators.AmbitiousNotComplete), Flag(Indicators.CompleteNotAmbitious), Flag(Indicators.NeitherCompleteNorAmbitious),
        };
        var score = Flag(Indicators.IrmBasedScore);

        Assert.InRange(categories.Sum(), 0, 1);
        Assert.Equal(categories.Sum() + Flag(Indicators.NotReviewed), Flag(Indicators.Checksum));
        var expected = categories[0] == 1 ? 4 : categories[1] == 1 ? 3 : categories[2] == 1 ? 2 : categories[3] == 1 ? 1 : Flag(Indicators.NotReviewed) == 1 ? -1 : 1;
        Assert.Equal(expected, score);
    }

    [Property]
    public void Where_the_strict_convention_can_tell_the_dataset_s_agrees(DatasetRecord generated)
    {
        // Without numeric shadow columns the formulas read the labels, as the strict indicators do.
        var record = generated with { Codes = new DatasetCodes() };
        foreach (var indicator in new IndicatorDefinition[] { Indicators.HighCompletion, Indicators.StrongEarlyResults, Indicators.RawCompletion, Indicators.MaxCompletion })
        {
            var strict = indicator.Evaluate(record, IndicatorConvention.Strict);
            if (strict.IsKnown)
            {
                Assert.Equal(strict, indicator.Evaluate(record, IndicatorConvention.Dataset));
            }
        }
    }
}
