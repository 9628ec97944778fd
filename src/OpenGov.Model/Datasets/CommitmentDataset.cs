namespace OpenGov.Model;

/// <summary>A dataset of commitments: the rows of the IRM commitment dataset (or an extract of it), with where they come from. It is a root document of the JSON format (kind <c>commitment-dataset</c>).</summary>
[OgpJsonObject(DocumentKind = DocumentKinds.CommitmentDataset)]
public sealed partial record CommitmentDataset : OgpDocument
{
    /// <summary>Gets where the data comes from.</summary>
    public partial DatasetSource? Source { get; init; }

    /// <summary>Gets the column headers in the order the data was read, so that it can be written back in that order; empty for data made in code.</summary>
    public partial ValueList<string> Columns { get; init; }

    /// <summary>Gets the rows.</summary>
    public partial ValueList<DatasetRecord> Records { get; init; }
}
