namespace OpenGov.Model;

/// <summary>A cluster of commitments in an IRM Action Plan Review: several commitments on one policy aim, assessed as one.</summary>
[OgpJsonObject]
public sealed partial record ReviewedCluster : OgpRecord
{
    /// <summary>Gets the cluster's name, which the review's commitments refer to.</summary>
    public partial string Name { get; init; }

    /// <summary>Gets the identifiers of the commitments in the cluster.</summary>
    public partial ValueList<CommitmentId> Commitments { get; init; }

    /// <summary>Gets the assessment of the cluster as one.</summary>
    public partial ReviewAssessment Assessment { get; init; }
}
