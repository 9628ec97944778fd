using Xunit;

namespace OpenGov.Model.Tests.Domain;

public class ActionPlanBuilderTests
{
    private static readonly Member Albania = new() { Code = MemberCode.Parse("ALB"), Name = "Albania", Kind = MemberKind.National, Region = Region.Europe };

    [Fact]
    public void Numbers_commitments_and_gives_them_identifiers()
    {
        var plan = new ActionPlanBuilder(Albania, number: 2, commitmentPrefix: "AL", firstCommitmentNumber: 50)
            .WithTitle("Second plan")
            .WithPeriod(PartialDate.FromYear(2014), PartialDate.FromYear(2016))
            .AddCommitment("Open data portal")
            .AddCommitment("Budget transparency", c => c with { LeadInstitution = "Ministry of Finance" })
            .Build();

        Assert.Equal(ActionPlanId.Parse("AP_ALB02"), plan.Id);
        Assert.Equal(["1", "2"], [plan.Commitments[0].Number, plan.Commitments[1].Number]);
        Assert.Equal(CommitmentId.Parse("AL0050"), plan.Commitments[0].Id);
        Assert.Equal(CommitmentId.Parse("AL0051"), plan.Commitments[1].Id);
        Assert.Equal("Ministry of Finance", plan.Commitments[1].LeadInstitution);
        Assert.Equal(2016, plan.End.Value.Year);
    }

    [Fact]
    public void Builds_plans_equal_to_the_same_plan_written_by_hand()
    {
        var built = new ActionPlanBuilder(Albania, 1).AddCommitment("e-Acts").Build();
        var written = new ActionPlan
        {
            Id = ActionPlanId.Parse("AP_ALB01"),
            Member = Albania,
            Number = 1,
            Commitments = [new Commitment { Number = "1", Title = "e-Acts" }],
        };

        Assert.Equal(written, built);
    }

    [Fact]
    public void Refuses_a_malformed_prefix() =>
        Assert.Throws<System.ArgumentException>(() => new ActionPlanBuilder(Albania, 1, "A1"));
}
