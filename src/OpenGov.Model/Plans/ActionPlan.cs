using System.Text.Json.Serialization;

namespace OpenGov.Model.Plans;

/// <summary>
/// An action plan: the commitments a member makes with civil society for one to four years. It is
/// also a root document of the JSON format (kind <c>action-plan</c>).
/// </summary>
public sealed record ActionPlan : OgpDocument
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => DocumentKinds.ActionPlan;

    /// <summary>Gets the plan's identifier, such as <c>AP_ALB01</c>.</summary>
    public ActionPlanId? Id { get; init; }

    /// <summary>Gets the member whose plan this is.</summary>
    public Member? Member { get; init; }

    /// <summary>Gets the plan's number: 1 for the member's first plan.</summary>
    public int? Number { get; init; }

    /// <summary>Gets the title, such as <c>Action plan – Mexico State, Mexico, 2021 – 2022</c>.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the year the plan was submitted to OGP.</summary>
    public Recorded<int> SubmissionYear { get; init; }

    /// <summary>Gets when the plan starts.</summary>
    public Recorded<PartialDate> Start { get; init; }

    /// <summary>Gets when the plan ends.</summary>
    public Recorded<PartialDate> End { get; init; }

    /// <summary>Gets the plan's commitments, in the plan's order.</summary>
    public ValueList<Commitment> Commitments { get; init => field = value ?? ValueList<Commitment>.Empty; } = ValueList<Commitment>.Empty;
}
