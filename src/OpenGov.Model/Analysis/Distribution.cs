namespace OpenGov.Model.Analysis;

/// <summary>The distribution of one scale over a group: every value of the scale in order, with its count, and what was missing.</summary>
[OgpJsonObject]
public sealed partial record Distribution
{
    /// <summary>The shared instance with nothing counted, the default of properties of this type.</summary>
    internal static readonly Distribution Empty = new();

    /// <summary>Gets the name of the scale (<see cref="AssessmentScale.Name"/>, such as <c>completion-end-of-term</c>), or the indicator's name for the IRM-based score.</summary>
    public partial string Scale { get; init; }

    /// <summary>Gets a title, such as "Completion (end of term)".</summary>
    public partial string Title { get; init; }

    /// <summary>Gets the count of each value of the scale, in the scale's order, zeros included.</summary>
    public partial ValueList<CategoryCount> Counts { get; init; }

    /// <summary>Gets how many items had no value, by kind of missing.</summary>
    public partial MissingCounts Missing { get; init; }
}
