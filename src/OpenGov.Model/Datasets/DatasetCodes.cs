namespace OpenGov.Model;

/// <summary>The numeric shadow columns of the IRM commitment dataset: the code recorded beside each scale label (<c>_Specificity</c>, <c>_CompletionEndTerm</c>, …). Kept as recorded, so that a label that disagrees with its code can be found.</summary>
[OgpJsonObject]
public sealed partial record DatasetCodes : OgpRecord
{
    /// <summary>The shared instance with nothing recorded, the default of properties of this type.</summary>
    internal static readonly DatasetCodes Empty = new();

    /// <summary>Gets "_Specificity".</summary>
    public partial Recorded<int> Specificity { get; init; }

    /// <summary>Gets "_Potential Impact".</summary>
    public partial Recorded<int> PotentialImpact { get; init; }

    /// <summary>Gets "_CompletionProgress".</summary>
    public partial Recorded<int> CompletionMidterm { get; init; }

    /// <summary>Gets "_Potential for Results".</summary>
    public partial Recorded<int> PotentialForResults { get; init; }

    /// <summary>Gets "_CompletionEndTerm".</summary>
    public partial Recorded<int> CompletionEndOfTerm { get; init; }

    /// <summary>Gets "_ChangeCompletion": end-of-term completion code minus mid-term completion code.</summary>
    public partial Recorded<int> ChangeInCompletion { get; init; }

    /// <summary>Gets "_Early Results".</summary>
    public partial Recorded<int> EarlyResults { get; init; }

    /// <summary>Gets "_OpenGovernment": "Did it Open Government?" overall, Worsened 0 to Outstanding 4.</summary>
    public partial Recorded<int> OpenGovernment { get; init; }

    /// <summary>Gets "_DIOGATI": Not Applicable 0, Worsened 1 to Outstanding 5.</summary>
    public partial Recorded<int> OpenGovernmentAccessToInformation { get; init; }

    /// <summary>Gets "_DIOGCP": Not Applicable 0, Worsened 1 to Outstanding 5.</summary>
    public partial Recorded<int> OpenGovernmentCivicParticipation { get; init; }

    /// <summary>Gets "_DIOGPA": Not Applicable 0, Worsened 1 to Outstanding 5.</summary>
    public partial Recorded<int> OpenGovernmentPublicAccountability { get; init; }
}
