namespace OpenGov.Model;

/// <summary>
/// A sub-commitment or milestone of a <see cref="TrackedCommitment"/>: what it is, who leads it, its weight and
/// dates, and its updates, one per update round.
/// </summary>
[OgpJsonObject]
public sealed partial record TrackedItem : OgpRecord
{
    /// <summary>Gets the identifier the tracker gives it, such as <c>US0113.1</c> (or <c>US0113.0</c> for a commitment that is not split).</summary>
    public partial string? Id { get; init; }

    /// <summary>Gets its title or description.</summary>
    public partial string? Title { get; init; }

    /// <summary>Gets the theme the tracker files it under, when it gives one per sub-commitment.</summary>
    public partial string? Theme { get; init; }

    /// <summary>Gets the agency that leads it.</summary>
    public partial string? LeadAgency { get; init; }

    /// <summary>Gets its weight in the commitment's progress (relative to the others' weights, such as a percentage), when the tracker gives one.</summary>
    public partial Recorded<int> Weight { get; init; }

    /// <summary>Gets when it starts.</summary>
    public partial Recorded<PartialDate> Start { get; init; }

    /// <summary>Gets when it is due to end.</summary>
    public partial Recorded<PartialDate> End { get; init; }

    /// <summary>Gets the cells of the sheet's columns the library does not map, by header, kept as written (for an update: where its row differs from the item's first row).</summary>
    public partial ValueDictionary<string, string> ExtraColumns { get; init; }

    /// <summary>Gets its updates, oldest first.</summary>
    public partial ValueList<ImplementationUpdate> Updates { get; init; }
}
