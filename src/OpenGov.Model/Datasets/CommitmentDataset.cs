using System.Text.Json.Serialization;

namespace OpenGov.Model.Datasets;

/// <summary>A dataset of commitments: the rows of the IRM commitment dataset (or an extract of it), with where they come from. It is a root document of the JSON format (kind <c>commitment-dataset</c>).</summary>
public sealed record CommitmentDataset : OgpDocument
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => DocumentKinds.CommitmentDataset;

    /// <summary>Gets where the data comes from.</summary>
    [JsonIgnore]
    public DatasetSource? Source { get => _source; init => _source = value; }

    [JsonInclude, JsonPropertyName("source")]
    internal DatasetSource? _source;

    /// <summary>Gets the column headers in the order the data was read, so that it can be written back in that order; empty for data made in code.</summary>
    [JsonIgnore]
    public ValueList<string> Columns { get => _columns; init => _columns = value ?? ValueList<string>.Empty; }

    [JsonInclude, JsonPropertyName("columns")]
    internal ValueList<string> _columns = ValueList<string>.Empty;

    /// <summary>Gets the rows.</summary>
    [JsonIgnore]
    public ValueList<DatasetRecord> Records { get => _records; init => _records = value ?? ValueList<DatasetRecord>.Empty; }

    [JsonInclude, JsonPropertyName("records")]
    internal ValueList<DatasetRecord> _records = ValueList<DatasetRecord>.Empty;

    internal override void Normalize()
    {
        base.Normalize();
        _columns ??= ValueList<string>.Empty;
        _records ??= ValueList<DatasetRecord>.Empty;
    }
}
