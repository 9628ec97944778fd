namespace OpenGov.Model.Analysis;

/// <summary>
/// A summary of an <see cref="ImplementationTracker"/>: every commitment rolled up from its sub-commitments, its
/// progress against what its dates lead one to expect, counts by status, theme, agency and update round, the
/// evidence given, and, with the IRM's data, how the government's view agrees with the IRM's. A root document
/// of the JSON format (kind <c>implementation-summary</c>); made by <see cref="ImplementationAnalysis.Summarize(ImplementationTracker)"/>.
/// </summary>
[OgpJsonObject(DocumentKind = DocumentKinds.ImplementationSummary)]
public sealed partial record ImplementationSummary : OgpDocument
{
    /// <summary>Gets what was summarized, such as a file name.</summary>
    public partial string? Subject { get; init; }

    /// <summary>Gets the identifier of the plan.</summary>
    public partial ActionPlanId? ActionPlanId { get; init; }

    /// <summary>Gets the member's name.</summary>
    public partial string? MemberName { get; init; }

    /// <summary>Gets the date the expected progress is measured at: the one asked for, else the latest as-of date of an update.</summary>
    public partial PartialDate? AsOf { get; init; }

    /// <summary>Gets the update rounds, in the order the tracker first gives them.</summary>
    public partial ValueList<string> Rounds { get; init; }

    /// <summary>Gets the number of commitments.</summary>
    public partial int CommitmentCount { get; init; }

    /// <summary>Gets the number of sub-commitments and milestones.</summary>
    public partial int ItemCount { get; init; }

    /// <summary>Gets every commitment with its roll-up, in the tracker's order.</summary>
    public partial ValueList<CommitmentProgress> Commitments { get; init; }

    /// <summary>Gets the commitments by their rolled-up status (kept text and missing kinds counted by their token).</summary>
    public partial ValueList<CategoryCount> CommitmentsByStatus { get; init; }

    /// <summary>Gets the sub-commitments and milestones by their latest status.</summary>
    public partial ValueList<CategoryCount> ItemsByStatus { get; init; }

    /// <summary>Gets the sub-commitments and milestones of each theme by their latest status.</summary>
    public partial ValueList<StatusGroup> ByTheme { get; init; }

    /// <summary>Gets the sub-commitments and milestones of each lead agency by their latest status.</summary>
    public partial ValueList<StatusGroup> ByAgency { get; init; }

    /// <summary>Gets, for each update round, the sub-commitments and milestones by their status in that round: the history of what remains.</summary>
    public partial ValueList<StatusGroup> ByRound { get; init; }

    /// <summary>Gets how many sub-commitments and milestones give evidence.</summary>
    public partial EvidenceCoverage Evidence { get; init; }

    /// <summary>Gets how the government's view of completion agrees with the IRM's, in each convention of the indicators; empty when no IRM data was given.</summary>
    public partial ValueList<ImplementationAgreement> IrmAgreement { get; init; }
}
