using OpenGov.Model.Assessments;

namespace OpenGov.Model.Plans;

/// <summary>
/// A commitment: one reform inside an action plan, as the OGP commitment template and the IRM
/// commitment dataset describe it, with its milestones and its IRM assessment.
/// </summary>
public sealed record Commitment : OgpRecord
{
    /// <summary>Gets the commitment's unique identifier, such as <c>AL0002</c>.</summary>
    public CommitmentId? Id { get; init; }

    /// <summary>Gets the commitment's position inside its plan, from 1.</summary>
    public int? Number { get; init; }

    /// <summary>Gets the title.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the short title the IRM uses.</summary>
    public string? ShortTitle { get; init; }

    /// <summary>Gets the theme the plan files the commitment under, as written (case varies).</summary>
    public string? Theme { get; init; }

    /// <summary>Gets the full text of the commitment as the plan writes it; often several paragraphs.</summary>
    public string? FullText { get; init; }

    /// <summary>Gets the answer to "What is the public problem that the commitment will address?"</summary>
    public string? Problem { get; init; }

    /// <summary>Gets the answer to "What is the commitment?": its objective and description.</summary>
    public string? Objective { get; init; }

    /// <summary>Gets the answer to "How will the commitment contribute to solve the public problem?"</summary>
    public string? Contribution { get; init; }

    /// <summary>Gets the institution that leads the commitment.</summary>
    public string? LeadInstitution { get; init; }

    /// <summary>Gets the supporting institutions, as written: government, civil society or private sector.</summary>
    public string? SupportingInstitutions { get; init; }

    /// <summary>Gets when the commitment starts.</summary>
    public Recorded<PartialDate> Start { get; init; }

    /// <summary>Gets when the commitment ends.</summary>
    public Recorded<PartialDate> End { get; init; }

    /// <summary>
    /// Gets the policy areas with their recorded tag: <see langword="true"/> when the commitment is
    /// tagged with the area, <see langword="false"/> when it is not, or a missing kind (the dataset's
    /// <c>ND</c> for an area that did not exist yet). An area absent from the dictionary was not recorded.
    /// </summary>
    public ValueDictionary<PolicyArea, Recorded<bool>> PolicyAreas { get; init => field = value ?? ValueDictionary<PolicyArea, Recorded<bool>>.Empty; } = ValueDictionary<PolicyArea, Recorded<bool>>.Empty;

    /// <summary>Gets the milestones, in order.</summary>
    public ValueList<Milestone> Milestones { get; init => field = value ?? ValueList<Milestone>.Empty; } = ValueList<Milestone>.Empty;

    /// <summary>Gets the IRM's assessment of the commitment, if there is one.</summary>
    public IrmAssessment? Assessment { get; init; }

    /// <summary>Gets the address of the commitment's page on the OGP website.</summary>
    public string? Url { get; init; }
}
