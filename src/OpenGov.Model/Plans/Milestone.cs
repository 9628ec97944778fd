using OpenGov.Model.Scales;

namespace OpenGov.Model.Plans;

/// <summary>A milestone of a commitment: an activity with a verifiable deliverable, a start and an end.</summary>
public sealed record Milestone : OgpRecord
{
    /// <summary>Gets what the milestone does.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the verifiable deliverable of the milestone.</summary>
    public string? Deliverable { get; init; }

    /// <summary>Gets when the milestone starts.</summary>
    public Recorded<PartialDate> Start { get; init; }

    /// <summary>Gets when the milestone ends.</summary>
    public Recorded<PartialDate> End { get; init; }

    /// <summary>Gets how complete the milestone is.</summary>
    public Recorded<CompletionLevel> Completion { get; init; }
}
