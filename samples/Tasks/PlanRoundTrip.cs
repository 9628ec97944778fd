using OpenGov.Model;

namespace Tasks;

/// <summary>Task 3: an action plan built in code, written as JSON and read back.</summary>
public static class PlanRoundTrip
{
    /// <summary>Builds a plan of two commitments and round-trips it through the JSON format.</summary>
    /// <returns>The plan as built, its JSON, and the plan read back from the JSON.</returns>
    public static (ActionPlan Built, string Json, ActionPlan Read) Run()
    {
        var member = new Member { Code = MemberCode.Parse("ALB"), Name = "Albania", Region = Region.Europe };
        var built = new ActionPlanBuilder(member, number: 1, commitmentPrefix: "AL")
            .WithPeriod(PartialDate.Read("July 2012"), PartialDate.Read("6/30/14"))
            .AddCommitment("e-Acts", c => c with { Assessment = new() { Implementation = new() { CompletionEndOfTerm = CompletionLevel.Substantial } } })
            .AddCommitment("Open data portal")
            .Build();
        var json = OgpJson.Serialize(built);
        return (built, json, OgpJson.Deserialize<ActionPlan>(json));
    }
}
