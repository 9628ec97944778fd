namespace OpenGov.Model.Analysis;

/// <summary>One cell of a commitment (or of a tracker's sub-commitment) that differs between two releases, as each release writes it.</summary>
[OgpJsonObject]
public sealed partial record FieldChange
{
    /// <summary>Gets the column's header, as the dataset spells it (<c>Completion (End Of Term)</c>), as the file does for a column the library does not map, or as a tracker sheet does (<c>Lead agency</c>).</summary>
    public partial string Column { get; init; }

    /// <summary>Gets the cell in the old release; empty for an empty cell.</summary>
    public partial string Old { get; init; }

    /// <summary>Gets the cell in the new release; empty for an empty cell.</summary>
    public partial string New { get; init; }
}
