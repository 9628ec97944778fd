using OpenGov.Model.Plans;
using OpenGov.Model.Scales;
using System.Text.Json.Serialization;

namespace OpenGov.Model.Assessments;

/// <summary>
/// The IRM's assessment of a commitment's design: how verifiable and relevant it is and how ambitious.
/// Plans assessed before the 2020 refresh have <see cref="Specificity"/> and <see cref="PotentialImpact"/>;
/// later plans have <see cref="Verifiable"/> and <see cref="PotentialForResults"/>.
/// </summary>
public sealed record DesignAssessment : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly DesignAssessment Empty = new();

    /// <summary>Gets the specificity (method before 2020).</summary>
    [JsonIgnore]
    public Recorded<Specificity> Specificity { get => _specificity; init => _specificity = value; }

    [JsonInclude, JsonPropertyName("specificity")]
    internal Recorded<Specificity> _specificity;

    /// <summary>Gets whether the commitment is verifiable (method from 2020).</summary>
    [JsonIgnore]
    public Recorded<Verifiability> Verifiable { get => _verifiable; init => _verifiable = value; }

    [JsonInclude, JsonPropertyName("verifiable")]
    internal Recorded<Verifiability> _verifiable;

    /// <summary>Gets the commitment's relevance to the OGP values.</summary>
    [JsonIgnore]
    public OgpValueRelevance Relevance { get => _relevance; init => _relevance = value ?? OgpValueRelevance.Empty; }

    [JsonInclude, JsonPropertyName("relevance")]
    internal OgpValueRelevance _relevance = OgpValueRelevance.Empty;

    /// <summary>Gets the potential impact (method before 2020).</summary>
    [JsonIgnore]
    public Recorded<PotentialImpact> PotentialImpact { get => _potentialImpact; init => _potentialImpact = value; }

    [JsonInclude, JsonPropertyName("potentialImpact")]
    internal Recorded<PotentialImpact> _potentialImpact;

    /// <summary>Gets the potential for results (Action Plan Review, method from 2020).</summary>
    [JsonIgnore]
    public Recorded<PotentialForResults> PotentialForResults { get => _potentialForResults; init => _potentialForResults = value; }

    [JsonInclude, JsonPropertyName("potentialForResults")]
    internal Recorded<PotentialForResults> _potentialForResults;

    /// <summary>Gets whether the IRM assessed the commitment as a compound of several commitments.</summary>
    [JsonIgnore]
    public Recorded<bool> Compound { get => _compound; init => _compound = value; }

    [JsonInclude, JsonPropertyName("compound")]
    internal Recorded<bool> _compound;

    /// <summary>Gets the cluster the IRM placed the commitment in, as the dataset writes it (a number such as <c>1.2</c>).</summary>
    [JsonIgnore]
    public Recorded<string> Cluster { get => _cluster; init => _cluster = value; }

    [JsonInclude, JsonPropertyName("cluster")]
    internal Recorded<string> _cluster;

    /// <summary>Gets whether the Action Plan Review assessed the commitment in a cluster.</summary>
    [JsonIgnore]
    public Recorded<bool> Clustered { get => _clustered; init => _clustered = value; }

    [JsonInclude, JsonPropertyName("clustered")]
    internal Recorded<bool> _clustered;

    /// <summary>Gets the commitments clustered with this one in the Action Plan Review.</summary>
    [JsonIgnore]
    public Recorded<ValueList<CommitmentId>> ClusterCommitments { get => _clusterCommitments; init => _clusterCommitments = value; }

    [JsonInclude, JsonPropertyName("clusterCommitments")]
    internal Recorded<ValueList<CommitmentId>> _clusterCommitments;

    internal override void Normalize()
    {
        base.Normalize();
        _relevance ??= OgpValueRelevance.Empty;
    }
}
