namespace OpenGov.Model;

/// <summary>
/// The IRM's assessment of a commitment's implementation: completion at mid-term and at the end of
/// term, "Did it Open Government?" overall and per value, early results, and the starred values and
/// the carrying forward the IRM recorded.
/// </summary>
[OgpJsonObject]
public sealed partial record ImplementationAssessment : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly ImplementationAssessment Empty = new();

    /// <summary>Gets the completion at mid-term (Progress Report).</summary>
    public partial Recorded<CompletionLevel> CompletionMidterm { get; init; }

    /// <summary>Gets the completion at the end of term (End-of-Term Report or Results Report).</summary>
    public partial Recorded<CompletionLevel> CompletionEndOfTerm { get; init; }

    /// <summary>Gets the change in completion from mid-term to the end of term, as recorded.</summary>
    public partial Recorded<CompletionChange> CompletionChange { get; init; }

    /// <summary>Gets "Did it Open Government?" overall.</summary>
    public partial Recorded<OpenGovernmentResult> OpenGovernment { get; init; }

    /// <summary>Gets "Did it Open Government?" for access to information.</summary>
    public partial Recorded<OpenGovernmentResult> OpenGovernmentAccessToInformation { get; init; }

    /// <summary>Gets "Did it Open Government?" for civic participation.</summary>
    public partial Recorded<OpenGovernmentResult> OpenGovernmentCivicParticipation { get; init; }

    /// <summary>Gets "Did it Open Government?" for public accountability.</summary>
    public partial Recorded<OpenGovernmentResult> OpenGovernmentPublicAccountability { get; init; }

    /// <summary>Gets the early results (Results Report, action plans from 2020/2021).</summary>
    public partial Recorded<EarlyResultsLevel> EarlyResults { get; init; }

    /// <summary>
    /// Gets whether the commitment was starred at mid-term under the formula used until 2015
    /// (potential impact Moderate or Transformative), as recorded.
    /// </summary>
    public partial Recorded<bool> StarredPre2015Formula { get; init; }

    /// <summary>Gets whether the commitment was starred at mid-term under the formula used since 2015, as recorded.</summary>
    public partial Recorded<bool> StarredMidterm { get; init; }

    /// <summary>Gets whether the commitment was starred at the end of term under the formula used since 2015, as recorded.</summary>
    public partial Recorded<bool> StarredEndOfTerm { get; init; }

    /// <summary>Gets whether the commitment was carried forward into the member's next action plan.</summary>
    public partial Recorded<bool> CarriedForward { get; init; }
}
