namespace OpenGov.Model;

/// <summary>A commitment of an <see cref="ImplementationTracker"/>: its identity and its sub-commitments or milestones.</summary>
[OgpJsonObject]
public sealed partial record TrackedCommitment : OgpRecord
{
    /// <summary>Gets the commitment's identifier, such as <c>US0113</c>, when the tracker gives one of the IRM's form.</summary>
    public partial CommitmentId? Id { get; init; }

    /// <summary>Gets the commitment's reference as the tracker writes it when it is not an IRM identifier, such as <c>3</c> or <c>2.1</c>.</summary>
    public partial string? Number { get; init; }

    /// <summary>Gets the commitment's title.</summary>
    public partial string? Title { get; init; }

    /// <summary>Gets the theme the tracker files the commitment under.</summary>
    public partial string? Theme { get; init; }

    /// <summary>Gets the agency that leads the commitment.</summary>
    public partial string? LeadAgency { get; init; }

    /// <summary>Gets the sub-commitments or milestones, each with its updates; a commitment that is not split has one, numbered <c>.0</c> by trackers that number them.</summary>
    public partial ValueList<TrackedItem> Items { get; init; }

    /// <summary>Gets the identifier or, failing that, the reference of the commitment; <see langword="null"/> when the tracker gives neither.</summary>
    public string? Reference => Id?.ToString() ?? Number;
}
