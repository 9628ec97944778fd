namespace OpenGov.Model.Analysis;

/// <summary>A sub-commitment or milestone whose status, progress or other cells changed between two update rounds.</summary>
[OgpJsonObject]
public sealed partial record StatusChange
{
    /// <summary>Gets the sub-commitment's or milestone's identifier (or title when it has none).</summary>
    public partial string Item { get; init; }

    /// <summary>Gets the commitment it belongs to.</summary>
    public partial string? Commitment { get; init; }

    /// <summary>Gets the status in the earlier round.</summary>
    public partial Recorded<ImplementationStatus> Before { get; init; }

    /// <summary>Gets the status in the later round.</summary>
    public partial Recorded<ImplementationStatus> After { get; init; }

    /// <summary>Gets the progress in the earlier round.</summary>
    public partial Recorded<int> ProgressBefore { get; init; }

    /// <summary>Gets the progress in the later round.</summary>
    public partial Recorded<int> ProgressAfter { get; init; }

    /// <summary>Gets the other cells that changed: the sub-commitment's title, theme, lead agency, weight and dates, and the narrative and evidence of the updates compared, as a tracker sheet writes them.</summary>
    public partial ValueList<FieldChange> Fields { get; init; }

    /// <summary>Gets whether the status went back (from complete to not complete, or from started to not started).</summary>
    public partial bool WentBack { get; init; }
}
