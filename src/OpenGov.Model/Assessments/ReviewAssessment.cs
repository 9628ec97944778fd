namespace OpenGov.Model;

/// <summary>
/// The IRM Action Plan Review's assessment of a commitment or of a cluster of commitments: verifiable,
/// relevant to the OGP values (the open-government lens), potential for results, and whether it is promising.
/// </summary>
[OgpJsonObject]
public sealed partial record ReviewAssessment : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly ReviewAssessment Empty = new();

    /// <summary>Gets whether the commitment is verifiable.</summary>
    public partial Recorded<Verifiability> Verifiable { get; init; }

    /// <summary>Gets whether the commitment has an open-government lens: relevant to the OGP values.</summary>
    public partial Recorded<bool> Relevant { get; init; }

    /// <summary>Gets the potential for results.</summary>
    public partial Recorded<PotentialForResults> PotentialForResults { get; init; }

    /// <summary>Gets whether the IRM found the commitment promising: worth following through implementation.</summary>
    public partial Recorded<bool> Promising { get; init; }

    /// <summary>Gets the IRM's analysis.</summary>
    public partial string? Explanation { get; init; }
}
