using System.Text.Json.Serialization;

namespace OpenGov.Model.Datasets;

/// <summary>The numeric shadow columns of the IRM commitment dataset: the code recorded beside each scale label (<c>_Specificity</c>, <c>_CompletionEndTerm</c>, …). Kept as recorded, so that a label that disagrees with its code can be found.</summary>
public sealed record DatasetCodes : OgpRecord
{
    /// <summary>The shared instance with nothing recorded, the default of properties of this type.</summary>
    internal static readonly DatasetCodes Empty = new();

    /// <summary>Gets "_Specificity".</summary>
    [JsonIgnore]
    public Recorded<int> Specificity { get => _specificity; init => _specificity = value; }

    [JsonInclude, JsonPropertyName("specificity")]
    internal Recorded<int> _specificity;

    /// <summary>Gets "_Potential Impact".</summary>
    [JsonIgnore]
    public Recorded<int> PotentialImpact { get => _potentialImpact; init => _potentialImpact = value; }

    [JsonInclude, JsonPropertyName("potentialImpact")]
    internal Recorded<int> _potentialImpact;

    /// <summary>Gets "_CompletionProgress".</summary>
    [JsonIgnore]
    public Recorded<int> CompletionMidterm { get => _completionMidterm; init => _completionMidterm = value; }

    [JsonInclude, JsonPropertyName("completionMidterm")]
    internal Recorded<int> _completionMidterm;

    /// <summary>Gets "_Potential for Results".</summary>
    [JsonIgnore]
    public Recorded<int> PotentialForResults { get => _potentialForResults; init => _potentialForResults = value; }

    [JsonInclude, JsonPropertyName("potentialForResults")]
    internal Recorded<int> _potentialForResults;

    /// <summary>Gets "_CompletionEndTerm".</summary>
    [JsonIgnore]
    public Recorded<int> CompletionEndOfTerm { get => _completionEndOfTerm; init => _completionEndOfTerm = value; }

    [JsonInclude, JsonPropertyName("completionEndOfTerm")]
    internal Recorded<int> _completionEndOfTerm;

    /// <summary>Gets "_ChangeCompletion": end-of-term completion code minus mid-term completion code.</summary>
    [JsonIgnore]
    public Recorded<int> ChangeInCompletion { get => _changeInCompletion; init => _changeInCompletion = value; }

    [JsonInclude, JsonPropertyName("changeInCompletion")]
    internal Recorded<int> _changeInCompletion;

    /// <summary>Gets "_Early Results".</summary>
    [JsonIgnore]
    public Recorded<int> EarlyResults { get => _earlyResults; init => _earlyResults = value; }

    [JsonInclude, JsonPropertyName("earlyResults")]
    internal Recorded<int> _earlyResults;

    /// <summary>Gets "_OpenGovernment": "Did it Open Government?" overall, Worsened 0 to Outstanding 4.</summary>
    [JsonIgnore]
    public Recorded<int> OpenGovernment { get => _openGovernment; init => _openGovernment = value; }

    [JsonInclude, JsonPropertyName("openGovernment")]
    internal Recorded<int> _openGovernment;

    /// <summary>Gets "_DIOGATI": Not Applicable 0, Worsened 1 to Outstanding 5.</summary>
    [JsonIgnore]
    public Recorded<int> OpenGovernmentAccessToInformation { get => _openGovernmentAccessToInformation; init => _openGovernmentAccessToInformation = value; }

    [JsonInclude, JsonPropertyName("openGovernmentAccessToInformation")]
    internal Recorded<int> _openGovernmentAccessToInformation;

    /// <summary>Gets "_DIOGCP": Not Applicable 0, Worsened 1 to Outstanding 5.</summary>
    [JsonIgnore]
    public Recorded<int> OpenGovernmentCivicParticipation { get => _openGovernmentCivicParticipation; init => _openGovernmentCivicParticipation = value; }

    [JsonInclude, JsonPropertyName("openGovernmentCivicParticipation")]
    internal Recorded<int> _openGovernmentCivicParticipation;

    /// <summary>Gets "_DIOGPA": Not Applicable 0, Worsened 1 to Outstanding 5.</summary>
    [JsonIgnore]
    public Recorded<int> OpenGovernmentPublicAccountability { get => _openGovernmentPublicAccountability; init => _openGovernmentPublicAccountability = value; }

    [JsonInclude, JsonPropertyName("openGovernmentPublicAccountability")]
    internal Recorded<int> _openGovernmentPublicAccountability;
}
