using System.Linq;
using FsCheck.Xunit;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.Domain;

/// <summary>How a dataset writes its dates, read from the dates that settle it.</summary>
public class DateOrderTests
{
    [Theory]
    [InlineData("12/31/2022", DateOrder.MonthFirst)]
    [InlineData("31/12/2014", DateOrder.DayFirst)]
    [InlineData("6/30/20", DateOrder.MonthFirst)]
    [InlineData("28.5.2014", DateOrder.DayFirst)]
    [InlineData("3/4/2019", null)]
    [InlineData("5/5/2019", null)]
    [InlineData("2022-12-31", null)]
    [InlineData("July 2014", null)]
    public void The_written_order_is_what_the_text_settles(string text, DateOrder? order) =>
        Assert.Equal(order, PartialDate.Parse(text).WrittenOrder);

    [Theory]
    [InlineData("03.04.2021", 4, 3, DateOrder.DayFirst)]
    [InlineData("3.4.21", 4, 3, DateOrder.DayFirst)]
    [InlineData("3/4/2021", 3, 4, DateOrder.MonthFirst)]
    [InlineData("3-4-2021", 3, 4, DateOrder.MonthFirst)]
    public void Dotted_dates_are_read_day_first_and_the_others_month_first(string text, int month, int day, DateOrder order)
    {
        var date = PartialDate.Parse(text);

        Assert.True(date.IsAmbiguous);
        Assert.Equal((month, day), (date.Month, date.Day));
        Assert.Equal(date, date.ReadAs(order));
        Assert.Equal((day, month), (date.GetAlternative()!.Value.Month, date.GetAlternative()!.Value.Day));
        Assert.Equal(date.GetAlternative(), date.ReadAs(order == DateOrder.DayFirst ? DateOrder.MonthFirst : DateOrder.DayFirst));
    }

    [Theory]
    [InlineData("03.04.2021", "it was read as 3 April 2021 (day first, as dates with dots are written).")]
    [InlineData("3/4/2021", "it was read as 4 March 2021 (month first).")]
    public void The_ambiguous_date_finding_says_the_order_the_date_was_read_in(string text, string ending)
    {
        var commitment = new Commitment { End = PartialDate.Read(text) };
        var rows = new[] { new DatasetRecord { Commitment = commitment } };

        var inDocument = Assert.Single(new OgpValidator().Validate(commitment).Findings, f => f.Code == ValidationRules.AmbiguousDate.Code);
        var inDataset = Assert.Single(new OgpValidator().Validate(rows, "dates").Findings, f => f.Code == ValidationRules.AmbiguousDate.Code);

        Assert.EndsWith(ending, inDocument.Message, System.StringComparison.Ordinal);
        Assert.EndsWith(ending, inDataset.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_ambiguous_date_reads_in_either_order()
    {
        var date = PartialDate.Parse("3/4/2019");

        Assert.Equal((2019, 3, 4), (date.ReadAs(DateOrder.MonthFirst).Year, date.ReadAs(DateOrder.MonthFirst).Month, date.ReadAs(DateOrder.MonthFirst).Day));
        Assert.Equal((4, 3), (date.ReadAs(DateOrder.DayFirst).Month!.Value, date.ReadAs(DateOrder.DayFirst).Day!.Value));
        Assert.Equal("3/4/2019", date.ReadAs(DateOrder.DayFirst).SourceText);
        Assert.Equal(PartialDate.Parse("12/31/2022"), PartialDate.Parse("12/31/2022").ReadAs(DateOrder.DayFirst));
    }

    [Property]
    public void Reading_in_an_order_is_idempotent_and_the_two_orders_swap_day_and_month(byte first, byte second, ushort year)
    {
        var (a, b, y) = (1 + (first % 12), 1 + (second % 12), 2000 + (year % 50));
        var date = PartialDate.Parse($"{a}/{b}/{y}");
        var monthFirst = date.ReadAs(DateOrder.MonthFirst);
        var dayFirst = date.ReadAs(DateOrder.DayFirst);

        Assert.Equal(monthFirst, monthFirst.ReadAs(DateOrder.MonthFirst));
        Assert.Equal(dayFirst, dayFirst.ReadAs(DateOrder.DayFirst));
        Assert.Equal((a, b), (monthFirst.Month, monthFirst.Day));
        Assert.Equal((b, a), (dayFirst.Month, dayFirst.Day));
    }

    [Fact]
    public void The_plan_decides_before_the_member_and_the_member_before_the_column()
    {
        var rows = new[]
        {
            Row("AP_GHA01", "31/12/2014"),   // the plan writes day first
            Row("AP_GHA01", "3/4/2015"),
            Row("AP_GHA02", "4/5/2016"),     // the member's other plan settles nothing: the member does
            Row("AP_KEN01", "12/31/2020"),
            Row("AP_KEN01", "12/30/2020"),
            Row("AP_KEN01", "12/29/2020"),
            Row("AP_ALB01", "3/4/2019"),     // nothing settles Albania: the column does (4 of 5 month first is not 90%)
        };
        var dates = new DateOrderInference();
        foreach (var row in rows)
        {
            dates.Add(row);
        }

        Assert.Equal((DateScope.ActionPlan, DateOrder.DayFirst), Decide(dates, rows[1]));
        Assert.Equal((DateScope.Member, DateOrder.DayFirst), Decide(dates, rows[2]));
        Assert.Equal((DateScope.Column, (DateOrder?)null), Decide(dates, rows[6]));
        Assert.Equal(PartialDate.Parse("3/4/2015").ReadAs(DateOrder.DayFirst), dates.Apply(rows[1]).Commitment.End.Value);
        Assert.Same(rows[6], dates.Apply(rows[6]));
    }

    [Fact]
    public void A_plan_whose_settled_dates_disagree_leaves_its_ambiguous_dates_ambiguous()
    {
        var rows = new[] { Row("AP_GHA01", "31/12/2014"), Row("AP_GHA01", "12/31/2014"), Row("AP_GHA01", "3/4/2015") };
        var dates = new DateOrderInference();
        foreach (var row in rows)
        {
            dates.Add(row);
        }

        var decision = dates.Infer(rows[2], DateColumn.End);
        Assert.Null(decision.Order);
        Assert.Equal((1, 1), (decision.MonthFirst, decision.DayFirst));

        var report = new OgpValidator().Validate(rows, "dates");
        var ambiguous = Assert.Single(report.Findings, f => f.Code == ValidationRules.AmbiguousDate.Code);
        Assert.Contains("disagree (1 month first, 1 day first)", ambiguous.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain(report.Findings, f => f.Code == ValidationRules.DateOrderInferred.Code);
    }

    [Fact]
    public void A_column_decides_by_a_clear_majority_and_says_so_once()
    {
        var rows = Enumerable.Range(1, 9).Select(i => Row("AP_KEN0" + i, $"12/{20 + i}/2020"))
            .Append(Row("AP_ALB01", "3/4/2019"))
            .Append(Row("AP_URY01", "5/6/2019"))
            .ToArray();

        var report = new OgpValidator().Validate(rows, "dates");

        Assert.DoesNotContain(report.Findings, f => f.Code == ValidationRules.AmbiguousDate.Code);
        var inferred = Assert.Single(report.Findings, f => f.Code == ValidationRules.DateOrderInferred.Code);
        Assert.Equal("/records/9/commitment/end", inferred.Path);
        Assert.StartsWith("End Date is written month first (9 settled dates month first, 0 settled dates day first): 2 ambiguous dates are read month first", inferred.Message, System.StringComparison.Ordinal);
    }

    private static (DateScope, DateOrder?) Decide(DateOrderInference dates, DatasetRecord row)
    {
        var decision = dates.Infer(row, DateColumn.End);
        return (decision.Scope, decision.Order);
    }

    private static DatasetRecord Row(string plan, string end)
    {
        var id = ActionPlanId.Parse(plan);
        return new DatasetRecord
        {
            Member = new Member { Code = id.Member },
            ActionPlan = new PlanReference { Id = id },
            Commitment = new Commitment { End = PartialDate.Read(end) },
        };
    }
}
