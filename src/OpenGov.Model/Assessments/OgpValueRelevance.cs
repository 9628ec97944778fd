namespace OpenGov.Model.Assessments;

/// <summary>
/// The relevance of a commitment to each OGP value, as the IRM codes it: <see langword="true"/> when
/// relevant, <see langword="false"/> when not, or a missing kind.
/// </summary>
public sealed record OgpValueRelevance : OgpRecord
{
    /// <summary>Gets the relevance to access to information.</summary>
    public Recorded<bool> AccessToInformation { get; init; }

    /// <summary>Gets the relevance to civic participation.</summary>
    public Recorded<bool> CivicParticipation { get; init; }

    /// <summary>Gets the relevance to public accountability.</summary>
    public Recorded<bool> PublicAccountability { get; init; }

    /// <summary>Gets the relevance to technology and innovation for transparency and accountability.</summary>
    public Recorded<bool> TechnologyAndInnovation { get; init; }

    /// <summary>
    /// Gets whether the commitment is relevant at all: to at least one value, or, under the 2020
    /// method, whether it has an open government lens.
    /// </summary>
    public Recorded<bool> Relevant { get; init; }
}
