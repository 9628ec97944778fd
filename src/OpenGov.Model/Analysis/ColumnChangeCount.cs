namespace OpenGov.Model.Analysis;

/// <summary>How many commitments changed in one column between two releases of a dataset.</summary>
[OgpJsonObject]
public sealed partial record ColumnChangeCount
{
    /// <summary>Gets the column's header.</summary>
    public partial string Column { get; init; }

    /// <summary>Gets how many commitments present in both releases have a different cell in it.</summary>
    public partial int Count { get; init; }
}
