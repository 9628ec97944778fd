namespace OpenGov.Model.Analysis;

/// <summary>A commitment of an <see cref="ImplementationSummary"/>: its status and progress rolled up from its sub-commitments or milestones.</summary>
[OgpJsonObject]
public sealed partial record CommitmentProgress
{
    /// <summary>Gets the commitment's identifier or reference (<see cref="TrackedCommitment.Reference"/>).</summary>
    public partial string? Commitment { get; init; }

    /// <summary>Gets the commitment's title.</summary>
    public partial string? Title { get; init; }

    /// <summary>Gets the number of its sub-commitments and milestones.</summary>
    public partial int Items { get; init; }

    /// <summary>Gets how many of them are complete in their latest update.</summary>
    public partial int Complete { get; init; }

    /// <summary>Gets the status rolled up (<see cref="ImplementationAnalysis.RollUp(TrackedCommitment)"/>); not answered when it cannot be told.</summary>
    public partial Recorded<ImplementationStatus> Status { get; init; }

    /// <summary>Gets the progress in percent, the weighted mean of its items' (<see cref="ImplementationAnalysis.Progress(TrackedCommitment)"/>), rounded; <see langword="null"/> when an item's progress is unknown.</summary>
    public partial int? Progress { get; init; }

    /// <summary>Gets the progress its dates lead one to expect at <see cref="ImplementationSummary.AsOf"/>, in percent, rounded; <see langword="null"/> without dates.</summary>
    public partial int? ExpectedProgress { get; init; }

    /// <summary>Gets whether its progress is below what its dates lead one to expect.</summary>
    public partial bool Behind { get; init; }

    /// <summary>Gets the IRM's completion of the commitment (end of term, else mid-term) when IRM data was given and has the commitment.</summary>
    public partial Recorded<CompletionLevel> IrmCompletion { get; init; }
}
