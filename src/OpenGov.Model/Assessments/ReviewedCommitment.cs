namespace OpenGov.Model;

/// <summary>
/// A commitment of the plan in an IRM Action Plan Review: its identity, the cluster it was assessed in (if
/// any) and, when it was assessed on its own, the assessment.
/// </summary>
[OgpJsonObject]
public sealed partial record ReviewedCommitment : OgpRecord
{
    /// <summary>Gets the commitment's identifier.</summary>
    public partial CommitmentId? Id { get; init; }

    /// <summary>Gets the commitment's number in the plan.</summary>
    public partial string? Number { get; init; }

    /// <summary>Gets the commitment's title.</summary>
    public partial string? Title { get; init; }

    /// <summary>Gets the name of the cluster the commitment was assessed in, one of the review's <see cref="ActionPlanReview.Clusters"/>; <see langword="null"/> when assessed on its own.</summary>
    public partial string? Cluster { get; init; }

    /// <summary>Gets the assessment of the commitment on its own; empty when it was assessed in its cluster.</summary>
    public partial ReviewAssessment Assessment { get; init; }
}
