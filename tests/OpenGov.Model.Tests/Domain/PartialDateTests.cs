using System;
using FsCheck.Xunit;
using NodaTime;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Domain;

[Properties(Arbitrary = [typeof(ModelArbitraries)])]
public class PartialDateTests
{
    [Theory]
    [InlineData("1/1/2024", DatePrecision.Day, "2024-01-01", false)]
    [InlineData("12/31/2022", DatePrecision.Day, "2022-12-31", false)]
    [InlineData("31/12/2014", DatePrecision.Day, "2014-12-31", false)]
    [InlineData("6/30/20", DatePrecision.Day, "2020-06-30", false)]
    [InlineData("3/4/2019", DatePrecision.Day, "2019-03-04", true)]
    [InlineData("4/4/2019", DatePrecision.Day, "2019-04-04", false)]
    [InlineData("July 2014", DatePrecision.Month, "2014-07", false)]
    [InlineData("April 2012", DatePrecision.Month, "2012-04", false)]
    [InlineData("Sept 2016", DatePrecision.Month, "2016-09", false)]
    [InlineData("1 July 2014", DatePrecision.Day, "2014-07-01", false)]
    [InlineData("July 1st, 2014", DatePrecision.Day, "2014-07-01", false)]
    [InlineData("julio de 2014", DatePrecision.Month, "2014-07", false)]
    [InlineData("31.12.2014", DatePrecision.Day, "2014-12-31", false)]
    [InlineData("7/2014", DatePrecision.Month, "2014-07", false)]
    [InlineData("2014", DatePrecision.Year, "2014", false)]
    [InlineData("2014-07", DatePrecision.Month, "2014-07", false)]
    [InlineData("2014-07-01", DatePrecision.Day, "2014-07-01", false)]
    [InlineData("2016-Q4", DatePrecision.Quarter, "2016-Q4", false)]
    [InlineData("Quarter 4 2016", DatePrecision.Quarter, "2016-Q4", false)]
    [InlineData("Q3 2020", DatePrecision.Quarter, "2020-Q3", false)]
    [InlineData("IV quarter of 2022", DatePrecision.Quarter, "2022-Q4", false)]
    [InlineData("I quarter of 2021", DatePrecision.Quarter, "2021-Q1", false)]
    [InlineData("2nd quarter 2019", DatePrecision.Quarter, "2019-Q2", false)]
    [InlineData("43525", DatePrecision.Day, "2019-03-01", false)]
    [InlineData("44439", DatePrecision.Day, "2021-08-31", false)]
    public void Dates_as_ogp_data_writes_them(string text, DatePrecision precision, string iso, bool ambiguous)
    {
        Assert.True(PartialDate.TryParse(text, out var date));

        Assert.Equal(precision, date.Precision);
        Assert.Equal(iso, date.ToString());
        Assert.Equal(ambiguous, date.IsAmbiguous);
        Assert.Equal(text == iso ? null : text, date.SourceText);
    }

    [Theory]
    [InlineData("NA", RecordedState.NotApplicable)]
    [InlineData("ND", RecordedState.NoData)]
    [InlineData("", RecordedState.NotAnswered)]
    [InlineData("2/30/2020", RecordedState.Unrecognized)]
    [InlineData("13/13/2020", RecordedState.Unrecognized)]
    [InlineData("Q5 2020", RecordedState.Unrecognized)]
    [InlineData("Spring 2015", RecordedState.Unrecognized)]
    [InlineData("12345", RecordedState.Unrecognized)]
    [InlineData("Ongoing", RecordedState.Unrecognized)]
    [InlineData("2020-02-30", RecordedState.Unrecognized)]
    public void Other_text_reads_as_missing_or_unrecognized(string text, RecordedState state) =>
        Assert.Equal(state, PartialDate.Read(text).State);

    [Fact]
    public void An_ambiguous_date_offers_its_other_reading()
    {
        var date = PartialDate.Read("3/4/2019").Value;

        Assert.Equal(new LocalDate(2019, 3, 4), date.Start);
        Assert.Equal(new LocalDate(2019, 4, 3), date.GetAlternative()!.Value.Start);
        Assert.Null(PartialDate.Read("12/31/2022").Value.GetAlternative());
    }

    [Fact]
    public void A_date_covers_the_days_of_its_precision()
    {
        var month = PartialDate.FromYearMonth(new YearMonth(2024, 2));

        Assert.Equal(new LocalDate(2024, 2, 1), month.Start);
        Assert.Equal(new LocalDate(2024, 2, 29), month.End);
        Assert.Equal(new LocalDate(2014, 12, 31), PartialDate.FromYear(2014).End);
        Assert.Equal(366, PartialDate.FromYear(2024).ToDateInterval().Length);
    }

    [Fact]
    public void A_quarter_covers_its_three_months()
    {
        var quarter = PartialDate.FromYearQuarter(2016, 4);

        Assert.Equal(new LocalDate(2016, 10, 1), quarter.Start);
        Assert.Equal(new LocalDate(2016, 12, 31), quarter.End);
        Assert.Equal(4, quarter.Quarter);
        Assert.Null(quarter.Month);
        Assert.True(PartialDate.FromYear(2016) < quarter && quarter < PartialDate.FromYearMonth(new YearMonth(2016, 10)));
    }

    [Fact]
    public void Dates_order_by_first_day_then_precision()
    {
        Assert.True(PartialDate.FromYear(2014) < PartialDate.FromYearMonth(new YearMonth(2014, 1)));
        Assert.True(PartialDate.FromDate(new LocalDate(2013, 12, 31)) < PartialDate.FromYear(2014));
    }

    [Property]
    public void The_canonical_text_reads_back_as_the_same_value(PartialDate date)
    {
        Assert.True(PartialDate.TryParseIso(date.ToString().AsSpan(), out var read));
        Assert.Equal(date.WithoutSourceText(), read);
    }

    [Property]
    public void The_source_text_reads_back_as_the_same_date(PartialDate date)
    {
        if (date.SourceText is { } text)
        {
            Assert.True(PartialDate.TryParse(text, out var read));
            Assert.Equal(date.WithoutSourceText(), read.WithoutSourceText());
        }
    }

    [Property(MaxTest = 1000)]
    public void Parsing_never_throws(string? text) => _ = PartialDate.Read(text);
}
