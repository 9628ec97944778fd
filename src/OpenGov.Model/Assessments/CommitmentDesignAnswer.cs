namespace OpenGov.Model;

/// <summary>
/// The design assessment of one commitment in section 3 of an OGP Local Inception Report: is it
/// verifiable, is it relevant to the OGP values (and to which), and what is its potential for results,
/// each with an explanation.
/// </summary>
[OgpJsonObject]
public sealed partial record CommitmentDesignAnswer : OgpRecord
{
    /// <summary>Gets the commitment's number in the plan as the report gives it, such as <c>1</c>.</summary>
    public partial string? Number { get; init; }

    /// <summary>Gets the commitment's title.</summary>
    public partial string? Title { get; init; }

    /// <summary>Gets whether the commitment is verifiable.</summary>
    public partial Recorded<Verifiability> Verifiable { get; init; }

    /// <summary>Gets the explanation of the verifiability answer.</summary>
    public partial string? VerifiableExplanation { get; init; }

    /// <summary>Gets whether the commitment is relevant to the OGP values.</summary>
    public partial Recorded<bool> Relevant { get; init; }

    /// <summary>Gets the OGP values the commitment is relevant to.</summary>
    public partial ValueList<Recorded<OgpValue>> Values { get; init; }

    /// <summary>Gets the explanation of the relevance answer.</summary>
    public partial string? RelevanceExplanation { get; init; }

    /// <summary>Gets the commitment's potential for results.</summary>
    public partial Recorded<PotentialForResults> PotentialForResults { get; init; }

    /// <summary>Gets the explanation of the potential for results.</summary>
    public partial string? PotentialForResultsExplanation { get; init; }
}
