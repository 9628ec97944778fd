namespace OpenGov.Model;

/// <summary>One update of a <see cref="TrackedItem"/>: its round, its status and progress then, what was done, and the evidence.</summary>
[OgpJsonObject]
public sealed partial record ImplementationUpdate : OgpRecord
{
    /// <summary>Gets the name of the update round as the tracker writes it, such as <c>Round 2</c> or <c>June 2023</c>.</summary>
    public partial string? Round { get; init; }

    /// <summary>Gets the date the update describes the work as of.</summary>
    public partial Recorded<PartialDate> AsOf { get; init; }

    /// <summary>Gets the status; text that names no status is kept as written.</summary>
    public partial Recorded<ImplementationStatus> Status { get; init; }

    /// <summary>Gets the share of the work done, in percent from 0 to 100, when the tracker gives one.</summary>
    public partial Recorded<int> Progress { get; init; }

    /// <summary>Gets the narrative of what was done.</summary>
    public partial string? Narrative { get; init; }

    /// <summary>Gets the cells of the sheet's columns the library does not map, by header, kept as written (for an update: where its row differs from the item's first row).</summary>
    public partial ValueDictionary<string, string> ExtraColumns { get; init; }

    /// <summary>Gets the evidence: links and documents, as the tracker gives them.</summary>
    public partial ValueList<Evidence> Evidence { get; init; }
}
