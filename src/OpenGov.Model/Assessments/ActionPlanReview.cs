namespace OpenGov.Model;

/// <summary>
/// An IRM Action Plan Review (method since 2020–2021), written soon after a national action plan starts:
/// each commitment or cluster of commitments assessed for verifiability, open-government lens, potential for
/// results and whether it is promising; an overview of the plan; and the review of its co-creation.
/// A root document of the JSON format (kind <c>action-plan-review</c>); build one from the commitment
/// dataset with <c>IrmReports.AssembleReview</c>.
/// </summary>
[OgpJsonObject(DocumentKind = DocumentKinds.ActionPlanReview)]
public sealed partial record ActionPlanReview : OgpDocument
{
    /// <summary>Gets the identifier of the plan reviewed, such as <c>AP_MNG04</c>.</summary>
    public partial ActionPlanId? ActionPlanId { get; init; }

    /// <summary>Gets the member's name.</summary>
    public partial string? MemberName { get; init; }

    /// <summary>Gets the action plan's title.</summary>
    public partial string? ActionPlanTitle { get; init; }

    /// <summary>Gets the overview of the plan.</summary>
    public partial string? Overview { get; init; }

    /// <summary>Gets the plan's strengths the review names.</summary>
    public partial ValueList<string> Strengths { get; init; }

    /// <summary>Gets the plan's challenges the review names.</summary>
    public partial ValueList<string> Challenges { get; init; }

    /// <summary>Gets every commitment of the plan, in the plan's order.</summary>
    public partial ValueList<ReviewedCommitment> Commitments { get; init; }

    /// <summary>Gets the clusters, each assessed as one.</summary>
    public partial ValueList<ReviewedCluster> Clusters { get; init; }

    /// <summary>Gets the review of the co-creation process and its minimum requirements.</summary>
    public partial CoCreationAssessment CoCreation { get; init; }

    /// <summary>Gets the review's recommendations.</summary>
    public partial ValueList<string> Recommendations { get; init; }
}
