namespace OpenGov.Model;

/// <summary>A milestone of a commitment: an activity with a verifiable deliverable, a start and an end.</summary>
[OgpJsonObject]
public sealed partial record Milestone : OgpRecord
{
    /// <summary>Gets what the milestone does.</summary>
    public partial string? Description { get; init; }

    /// <summary>Gets the verifiable deliverable of the milestone.</summary>
    public partial string? Deliverable { get; init; }

    /// <summary>Gets when the milestone starts.</summary>
    public partial Recorded<PartialDate> Start { get; init; }

    /// <summary>Gets when the milestone ends.</summary>
    public partial Recorded<PartialDate> End { get; init; }

    /// <summary>Gets how complete the milestone is.</summary>
    public partial Recorded<CompletionLevel> Completion { get; init; }
}
