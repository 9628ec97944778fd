namespace OpenGov.Model;

/// <summary>
/// A commitment: one reform inside an action plan, as the OGP commitment template and the IRM
/// commitment dataset describe it, with its milestones and its IRM assessment.
/// </summary>
[OgpJsonObject]
public sealed partial record Commitment : OgpRecord
{
    /// <summary>The shared empty instance, the default of properties of this type.</summary>
    internal static readonly Commitment Empty = new();

    /// <summary>Gets the commitment's unique identifier, such as <c>AL0002</c>.</summary>
    public partial CommitmentId? Id { get; init; }

    /// <summary>
    /// Gets the commitment's number inside its plan, as the plan writes it: usually 1, 2, 3…, but
    /// plans also number 2.6, 3.2.5, B.1.A or SC17.
    /// </summary>
    public partial string? Number { get; init; }

    /// <summary>Gets the title.</summary>
    public partial string? Title { get; init; }

    /// <summary>Gets the short title the IRM uses.</summary>
    public partial string? ShortTitle { get; init; }

    /// <summary>Gets the theme the plan files the commitment under, as written (case varies).</summary>
    public partial string? Theme { get; init; }

    /// <summary>Gets the full text of the commitment as the plan writes it; often several paragraphs.</summary>
    public partial string? FullText { get; init; }

    /// <summary>Gets the answer to "What is the public problem that the commitment will address?"</summary>
    public partial string? Problem { get; init; }

    /// <summary>Gets the answer to "What is the commitment?": its objective and description.</summary>
    public partial string? Objective { get; init; }

    /// <summary>Gets the answer to "How will the commitment contribute to solve the public problem?"</summary>
    public partial string? Contribution { get; init; }

    /// <summary>Gets the institution that leads the commitment.</summary>
    public partial string? LeadInstitution { get; init; }

    /// <summary>Gets the supporting institutions, as written: government, civil society or private sector.</summary>
    public partial string? SupportingInstitutions { get; init; }

    /// <summary>Gets when the commitment starts.</summary>
    public partial Recorded<PartialDate> Start { get; init; }

    /// <summary>Gets when the commitment ends.</summary>
    public partial Recorded<PartialDate> End { get; init; }

    /// <summary>
    /// Gets the policy areas with their recorded tag: <see langword="true"/> when the commitment is
    /// tagged with the area, <see langword="false"/> when it is not, or a missing kind (the dataset's
    /// <c>ND</c> for an area that did not exist yet). An area absent from the dictionary was not recorded.
    /// </summary>
    public partial ValueDictionary<PolicyArea, Recorded<bool>> PolicyAreas { get; init; }

    /// <summary>Gets the milestones, in order.</summary>
    public partial ValueList<Milestone> Milestones { get; init; }

    /// <summary>Gets the IRM's assessment of the commitment, if there is one.</summary>
    public partial IrmAssessment? Assessment { get; init; }

    /// <summary>Gets the address of the commitment's page on the OGP website.</summary>
    public partial string? Url { get; init; }
}
