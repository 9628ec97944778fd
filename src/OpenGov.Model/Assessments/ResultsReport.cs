namespace OpenGov.Model;

/// <summary>
/// An IRM Results Report (method since 2020–2021), written after a national action plan ends: the
/// completion of every commitment, the early results and Did it Open Government? of the promising ones
/// and of any with significant results, the factors behind them, the co-creation and participation during
/// implementation, and lessons and recommendations. A root document of the JSON format
/// (kind <c>results-report</c>); build one from the commitment dataset with <c>IrmReports.AssembleResults</c>.
/// </summary>
[OgpJsonObject(DocumentKind = DocumentKinds.ResultsReport)]
public sealed partial record ResultsReport : OgpDocument
{
    /// <summary>Gets the identifier of the plan, such as <c>AP_MNG04</c>.</summary>
    public partial ActionPlanId? ActionPlanId { get; init; }

    /// <summary>Gets the member's name.</summary>
    public partial string? MemberName { get; init; }

    /// <summary>Gets the action plan's title.</summary>
    public partial string? ActionPlanTitle { get; init; }

    /// <summary>Gets the overview of the plan's implementation.</summary>
    public partial string? Overview { get; init; }

    /// <summary>Gets every commitment of the plan with its completion and results, in the plan's order.</summary>
    public partial ValueList<CommitmentResult> Commitments { get; init; }

    /// <summary>Gets the clusters, with the results of each as one.</summary>
    public partial ValueList<ClusterResult> Clusters { get; init; }

    /// <summary>Gets the assessment of co-creation and participation during implementation.</summary>
    public partial CoCreationAssessment CoCreation { get; init; }

    /// <summary>Gets the lessons the report draws.</summary>
    public partial ValueList<string> Lessons { get; init; }

    /// <summary>Gets the report's recommendations.</summary>
    public partial ValueList<string> Recommendations { get; init; }
}
