namespace OpenGov.Model;

/// <summary>A cluster of commitments in an IRM Results Report, with the results of the cluster as one.</summary>
[OgpJsonObject]
public sealed partial record ClusterResult : OgpRecord
{
    /// <summary>Gets the cluster's name, which the report's commitments refer to.</summary>
    public partial string Name { get; init; }

    /// <summary>Gets the identifiers of the commitments in the cluster.</summary>
    public partial ValueList<CommitmentId> Commitments { get; init; }

    /// <summary>Gets the results of the cluster as one.</summary>
    public partial ResultAssessment Results { get; init; }
}
