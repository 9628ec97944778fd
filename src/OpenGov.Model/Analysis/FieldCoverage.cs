namespace OpenGov.Model.Analysis;

/// <summary>For one field of the dataset: how many commitments carry a value, and how many carry each kind of missing.</summary>
/// <remarks>A text column's <c>NA</c> is read as no text, and no text counts as not applicable, as the dataset writes it back.</remarks>
[OgpJsonObject]
public sealed partial record FieldCoverage
{
    /// <summary>Gets the dataset column's header, such as <c>Completion (End Of Term)</c>.</summary>
    public partial string Column { get; init; }

    /// <summary>Gets where the value lives in a dataset record, as a JSON Pointer.</summary>
    public partial string Field { get; init; }

    /// <summary>Gets how many commitments carry a value.</summary>
    public partial int Values { get; init; }

    /// <summary>Gets how many commitments carry each kind of missing (<see cref="MissingCounts.NotAnswered"/>: nothing at all).</summary>
    public partial MissingCounts Missing { get; init; }
}
