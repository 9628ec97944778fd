namespace OpenGov.Model;

/// <summary>
/// An action plan: the commitments a member makes with civil society for one to four years. It is
/// also a root document of the JSON format (kind <c>action-plan</c>).
/// </summary>
[OgpJsonObject(DocumentKind = DocumentKinds.ActionPlan)]
public sealed partial record ActionPlan : OgpDocument
{
    /// <summary>Gets the plan's identifier, such as <c>AP_ALB01</c>.</summary>
    public partial ActionPlanId? Id { get; init; }

    /// <summary>Gets the member whose plan this is.</summary>
    public partial Member? Member { get; init; }

    /// <summary>Gets the plan's number: 1 for the member's first plan.</summary>
    public partial int? Number { get; init; }

    /// <summary>Gets the title, such as <c>Action plan – Mexico State, Mexico, 2021 – 2022</c>.</summary>
    public partial string? Title { get; init; }

    /// <summary>Gets the year the plan was submitted to OGP.</summary>
    public partial Recorded<int> SubmissionYear { get; init; }

    /// <summary>Gets when the plan starts.</summary>
    public partial Recorded<PartialDate> Start { get; init; }

    /// <summary>Gets when the plan ends.</summary>
    public partial Recorded<PartialDate> End { get; init; }

    /// <summary>Gets the plan's commitments, in the plan's order.</summary>
    public partial ValueList<Commitment> Commitments { get; init; }
}
