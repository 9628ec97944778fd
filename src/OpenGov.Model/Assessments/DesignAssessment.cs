namespace OpenGov.Model;

/// <summary>
/// The IRM's assessment of a commitment's design: how verifiable and relevant it is and how ambitious.
/// Plans assessed before the 2020 refresh have <see cref="Specificity"/> and <see cref="PotentialImpact"/>;
/// later plans have <see cref="Verifiable"/> and <see cref="PotentialForResults"/>.
/// </summary>
[OgpJsonObject]
public sealed partial record DesignAssessment : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly DesignAssessment Empty = new();

    /// <summary>Gets the specificity (method before 2020).</summary>
    public partial Recorded<Specificity> Specificity { get; init; }

    /// <summary>Gets whether the commitment is verifiable (method from 2020).</summary>
    public partial Recorded<Verifiability> Verifiable { get; init; }

    /// <summary>Gets the commitment's relevance to the OGP values.</summary>
    public partial OgpValueRelevance Relevance { get; init; }

    /// <summary>Gets the potential impact (method before 2020).</summary>
    public partial Recorded<PotentialImpact> PotentialImpact { get; init; }

    /// <summary>Gets the potential for results (Action Plan Review, method from 2020).</summary>
    public partial Recorded<PotentialForResults> PotentialForResults { get; init; }

    /// <summary>Gets whether the IRM assessed the commitment as a compound of several commitments.</summary>
    public partial Recorded<bool> Compound { get; init; }

    /// <summary>Gets the cluster the IRM placed the commitment in, as the dataset writes it (a number such as <c>1.2</c>).</summary>
    public partial Recorded<string> Cluster { get; init; }

    /// <summary>Gets whether the Action Plan Review assessed the commitment in a cluster.</summary>
    public partial Recorded<bool> Clustered { get; init; }

    /// <summary>Gets the commitments clustered with this one in the Action Plan Review.</summary>
    public partial Recorded<ValueList<CommitmentId>> ClusterCommitments { get; init; }
}
