namespace OpenGov.Model;

/// <summary>
/// The relevance of a commitment to each OGP value, as the IRM codes it: <see langword="true"/> when
/// relevant, <see langword="false"/> when not, or a missing kind.
/// </summary>
[OgpJsonObject]
public sealed partial record OgpValueRelevance : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly OgpValueRelevance Empty = new();

    /// <summary>Gets the relevance to access to information.</summary>
    public partial Recorded<bool> AccessToInformation { get; init; }

    /// <summary>Gets the relevance to civic participation.</summary>
    public partial Recorded<bool> CivicParticipation { get; init; }

    /// <summary>Gets the relevance to public accountability.</summary>
    public partial Recorded<bool> PublicAccountability { get; init; }

    /// <summary>Gets the relevance to technology and innovation for transparency and accountability.</summary>
    public partial Recorded<bool> TechnologyAndInnovation { get; init; }

    /// <summary>
    /// Gets whether the commitment is relevant at all: to at least one value, or, under the 2020
    /// method, whether it has an open government lens.
    /// </summary>
    public partial Recorded<bool> Relevant { get; init; }
}
