namespace OpenGov.Model;

/// <summary>One row of the IRM commitment dataset: a commitment with its member, its action plan, its IRM assessment, the numeric codes and derived indicators the dataset records beside them, and the columns the library does not know.</summary>
[OgpJsonObject]
public sealed partial record DatasetRecord : OgpRecord
{
    /// <summary>Gets the member whose commitment this is.</summary>
    public partial Member Member { get; init; }

    /// <summary>Gets the action plan the commitment belongs to.</summary>
    public partial PlanReference ActionPlan { get; init; }

    /// <summary>Gets the commitment, with its IRM assessment.</summary>
    public partial Commitment Commitment { get; init; }

    /// <summary>Gets the numeric codes recorded beside the scale labels.</summary>
    public partial DatasetCodes Codes { get; init; }

    /// <summary>Gets the derived indicators as the dataset records them.</summary>
    public partial DatasetIndicators Indicators { get; init; }

    /// <summary>Gets the cells of columns the library does not map, by column header, as written; they are written back unchanged.</summary>
    public partial ValueDictionary<string, string> ExtraColumns { get; init; }

    /// <summary>
    /// Gets the cells a row had past the last column of its header (a row longer than the header), in
    /// order; they are written back after the last column.
    /// </summary>
    public partial ValueList<string> CellsPastHeader { get; init; }

    /// <summary>
    /// Gets how many cells the row had when it had fewer than its header has columns (a row cut short), so
    /// that it is written back as short; <see langword="null"/> for a row that had them all.
    /// </summary>
    public partial int? CellCount { get; init; }
}
