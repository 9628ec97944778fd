using OpenGov.Model.Analysis;

namespace OpenGov.Model;

/// <summary>
/// A government's self-assessment report on its action plan, at mid-term or at the end of term: per commitment
/// its dates, lead agency, what it is, its completion on the IRM's scale, its results and next steps; per
/// milestone its completion. A root document of the JSON format (kind <c>self-assessment-report</c>).
/// </summary>
[OgpJsonObject(DocumentKind = DocumentKinds.SelfAssessmentReport)]
public sealed partial record SelfAssessmentReport : OgpDocument
{
    /// <summary>Gets the identifier of the plan, such as <c>AP_IRL02</c>.</summary>
    public partial ActionPlanId? ActionPlanId { get; init; }

    /// <summary>Gets the member's name.</summary>
    public partial string? MemberName { get; init; }

    /// <summary>Gets the action plan's title.</summary>
    public partial string? ActionPlanTitle { get; init; }

    /// <summary>Gets whether the report is the mid-term or the end-of-term self-assessment; <see langword="null"/> when it does not say.</summary>
    public partial AssessmentStage? Stage { get; init; }

    /// <summary>Gets when the plan's implementation period starts.</summary>
    public partial Recorded<PartialDate> Start { get; init; }

    /// <summary>Gets when the plan's implementation period ends.</summary>
    public partial Recorded<PartialDate> End { get; init; }

    /// <summary>Gets the commitments as the government assesses them, in the plan's order.</summary>
    public partial ValueList<SelfAssessedCommitment> Commitments { get; init; }
}
