using System.Text.Json.Serialization;

namespace OpenGov.Model.Assessments;

/// <summary>
/// The relevance of a commitment to each OGP value, as the IRM codes it: <see langword="true"/> when
/// relevant, <see langword="false"/> when not, or a missing kind.
/// </summary>
public sealed record OgpValueRelevance : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly OgpValueRelevance Empty = new();

    /// <summary>Gets the relevance to access to information.</summary>
    [JsonIgnore]
    public Recorded<bool> AccessToInformation { get => _accessToInformation; init => _accessToInformation = value; }

    [JsonInclude, JsonPropertyName("accessToInformation")]
    internal Recorded<bool> _accessToInformation;

    /// <summary>Gets the relevance to civic participation.</summary>
    [JsonIgnore]
    public Recorded<bool> CivicParticipation { get => _civicParticipation; init => _civicParticipation = value; }

    [JsonInclude, JsonPropertyName("civicParticipation")]
    internal Recorded<bool> _civicParticipation;

    /// <summary>Gets the relevance to public accountability.</summary>
    [JsonIgnore]
    public Recorded<bool> PublicAccountability { get => _publicAccountability; init => _publicAccountability = value; }

    [JsonInclude, JsonPropertyName("publicAccountability")]
    internal Recorded<bool> _publicAccountability;

    /// <summary>Gets the relevance to technology and innovation for transparency and accountability.</summary>
    [JsonIgnore]
    public Recorded<bool> TechnologyAndInnovation { get => _technologyAndInnovation; init => _technologyAndInnovation = value; }

    [JsonInclude, JsonPropertyName("technologyAndInnovation")]
    internal Recorded<bool> _technologyAndInnovation;

    /// <summary>
    /// Gets whether the commitment is relevant at all: to at least one value, or, under the 2020
    /// method, whether it has an open government lens.
    /// </summary>
    [JsonIgnore]
    public Recorded<bool> Relevant { get => _relevant; init => _relevant = value; }

    [JsonInclude, JsonPropertyName("relevant")]
    internal Recorded<bool> _relevant;
}
