using OpenGov.Model.Scales;
using System.Text.Json.Serialization;

namespace OpenGov.Model.Assessments;

/// <summary>
/// The IRM's assessment of a commitment's implementation: completion at mid-term and at the end of
/// term, "Did it Open Government?" overall and per value, early results, and the starred values and
/// the carrying forward the IRM recorded.
/// </summary>
public sealed record ImplementationAssessment : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly ImplementationAssessment Empty = new();

    /// <summary>Gets the completion at mid-term (Progress Report).</summary>
    [JsonIgnore]
    public Recorded<CompletionLevel> CompletionMidterm { get => _completionMidterm; init => _completionMidterm = value; }

    [JsonInclude, JsonPropertyName("completionMidterm")]
    internal Recorded<CompletionLevel> _completionMidterm;

    /// <summary>Gets the completion at the end of term (End-of-Term Report or Results Report).</summary>
    [JsonIgnore]
    public Recorded<CompletionLevel> CompletionEndOfTerm { get => _completionEndOfTerm; init => _completionEndOfTerm = value; }

    [JsonInclude, JsonPropertyName("completionEndOfTerm")]
    internal Recorded<CompletionLevel> _completionEndOfTerm;

    /// <summary>Gets the change in completion from mid-term to the end of term, as recorded.</summary>
    [JsonIgnore]
    public Recorded<CompletionChange> CompletionChange { get => _completionChange; init => _completionChange = value; }

    [JsonInclude, JsonPropertyName("completionChange")]
    internal Recorded<CompletionChange> _completionChange;

    /// <summary>Gets "Did it Open Government?" overall.</summary>
    [JsonIgnore]
    public Recorded<OpenGovernmentResult> OpenGovernment { get => _openGovernment; init => _openGovernment = value; }

    [JsonInclude, JsonPropertyName("openGovernment")]
    internal Recorded<OpenGovernmentResult> _openGovernment;

    /// <summary>Gets "Did it Open Government?" for access to information.</summary>
    [JsonIgnore]
    public Recorded<OpenGovernmentResult> OpenGovernmentAccessToInformation { get => _openGovernmentAccessToInformation; init => _openGovernmentAccessToInformation = value; }

    [JsonInclude, JsonPropertyName("openGovernmentAccessToInformation")]
    internal Recorded<OpenGovernmentResult> _openGovernmentAccessToInformation;

    /// <summary>Gets "Did it Open Government?" for civic participation.</summary>
    [JsonIgnore]
    public Recorded<OpenGovernmentResult> OpenGovernmentCivicParticipation { get => _openGovernmentCivicParticipation; init => _openGovernmentCivicParticipation = value; }

    [JsonInclude, JsonPropertyName("openGovernmentCivicParticipation")]
    internal Recorded<OpenGovernmentResult> _openGovernmentCivicParticipation;

    /// <summary>Gets "Did it Open Government?" for public accountability.</summary>
    [JsonIgnore]
    public Recorded<OpenGovernmentResult> OpenGovernmentPublicAccountability { get => _openGovernmentPublicAccountability; init => _openGovernmentPublicAccountability = value; }

    [JsonInclude, JsonPropertyName("openGovernmentPublicAccountability")]
    internal Recorded<OpenGovernmentResult> _openGovernmentPublicAccountability;

    /// <summary>Gets the early results (Results Report, action plans from 2020/2021).</summary>
    [JsonIgnore]
    public Recorded<EarlyResultsLevel> EarlyResults { get => _earlyResults; init => _earlyResults = value; }

    [JsonInclude, JsonPropertyName("earlyResults")]
    internal Recorded<EarlyResultsLevel> _earlyResults;

    /// <summary>
    /// Gets whether the commitment was starred at mid-term under the formula used until 2015
    /// (potential impact Moderate or Transformative), as recorded.
    /// </summary>
    [JsonIgnore]
    public Recorded<bool> StarredPre2015Formula { get => _starredPre2015Formula; init => _starredPre2015Formula = value; }

    [JsonInclude, JsonPropertyName("starredPre2015Formula")]
    internal Recorded<bool> _starredPre2015Formula;

    /// <summary>Gets whether the commitment was starred at mid-term under the formula used since 2015, as recorded.</summary>
    [JsonIgnore]
    public Recorded<bool> StarredMidterm { get => _starredMidterm; init => _starredMidterm = value; }

    [JsonInclude, JsonPropertyName("starredMidterm")]
    internal Recorded<bool> _starredMidterm;

    /// <summary>Gets whether the commitment was starred at the end of term under the formula used since 2015, as recorded.</summary>
    [JsonIgnore]
    public Recorded<bool> StarredEndOfTerm { get => _starredEndOfTerm; init => _starredEndOfTerm = value; }

    [JsonInclude, JsonPropertyName("starredEndOfTerm")]
    internal Recorded<bool> _starredEndOfTerm;

    /// <summary>Gets whether the commitment was carried forward into the member's next action plan.</summary>
    [JsonIgnore]
    public Recorded<bool> CarriedForward { get => _carriedForward; init => _carriedForward = value; }

    [JsonInclude, JsonPropertyName("carriedForward")]
    internal Recorded<bool> _carriedForward;
}
