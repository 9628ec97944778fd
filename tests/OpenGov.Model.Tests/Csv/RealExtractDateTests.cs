using System.Linq;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.Csv;

/// <summary>The real extract's dates: every ambiguous one is settled by its plan, its member or its column.</summary>
public class RealExtractDateTests
{
    private static readonly CommitmentDataset Extract = Imports.CsvFile(RealExtractTests.ExtractPath).Dataset;

    [Fact]
    public void Every_ambiguous_date_is_read_in_the_order_its_plan_member_or_column_settles()
    {
        using var input = OgpReader.OpenFile(RealExtractTests.ExtractPath);
        var report = new OgpValidator().Validate(input);

        Assert.Equal(207, Extract.Records.Sum(r => (r.Commitment.Start.GetValueOrDefault(default).IsAmbiguous ? 1 : 0) + (r.Commitment.End.GetValueOrDefault(default).IsAmbiguous ? 1 : 0)));
        Assert.DoesNotContain(report.Findings, f => f.Code == ValidationRules.AmbiguousDate.Code);
        var inferred = report.Findings.Where(f => f.Code == ValidationRules.DateOrderInferred.Code).ToList();
        Assert.Equal(16, inferred.Count);
        Assert.Contains(inferred, f => f.Message.StartsWith("Start Date is written month first (32 settled dates month first, 1 settled date day first): 186 ambiguous dates", System.StringComparison.Ordinal));
        Assert.Contains(inferred, f => f.Message.StartsWith("End Date of action plan AP_GHA01 is written day first", System.StringComparison.Ordinal));
        Assert.All(inferred, f => Assert.NotNull(f.Line));
    }

    [Fact]
    public void Applying_the_inference_reads_a_day_first_plan_s_ambiguous_date_day_first()
    {
        var dates = new DateOrderInference();
        foreach (var record in Extract.Records)
        {
            dates.Add(record);
        }

        var ghana = Extract.Records.Single(r => r.Commitment.Id?.ToString() == "GH0010");
        Assert.Equal("02/3/2014", ghana.Commitment.End.Value.SourceText);
        Assert.Equal(new NodaTime.LocalDate(2014, 2, 3), ghana.Commitment.End.Value.Start);
        Assert.Equal(new NodaTime.LocalDate(2014, 3, 2), dates.Apply(ghana).Commitment.End.Value.Start);
        // Only the two plans written day first (AP_GHA01, AP_UKR02) have a date read differently from month first.
        Assert.Equal(["GH0010", "UA0034"], Extract.Records.Where(r => !ReferenceEquals(r, dates.Apply(r))).Select(r => r.Commitment.Id!.Value.ToString()));
    }
}
