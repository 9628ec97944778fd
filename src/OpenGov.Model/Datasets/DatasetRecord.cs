using System.Text.Json.Serialization;
using OpenGov.Model.Plans;

namespace OpenGov.Model.Datasets;

/// <summary>One row of the IRM commitment dataset: a commitment with its member, its action plan, its IRM assessment, the numeric codes and derived indicators the dataset records beside them, and the columns the library does not know.</summary>
public sealed record DatasetRecord : OgpRecord
{
    /// <summary>Gets the member whose commitment this is.</summary>
    [JsonIgnore]
    public Member Member { get => _member; init => _member = value ?? Member.Empty; }

    [JsonInclude, JsonPropertyName("member")]
    internal Member _member = Member.Empty;

    /// <summary>Gets the action plan the commitment belongs to.</summary>
    [JsonIgnore]
    public PlanReference ActionPlan { get => _actionPlan; init => _actionPlan = value ?? PlanReference.Empty; }

    [JsonInclude, JsonPropertyName("actionPlan")]
    internal PlanReference _actionPlan = PlanReference.Empty;

    /// <summary>Gets the commitment, with its IRM assessment.</summary>
    [JsonIgnore]
    public Commitment Commitment { get => _commitment; init => _commitment = value ?? Commitment.Empty; }

    [JsonInclude, JsonPropertyName("commitment")]
    internal Commitment _commitment = Commitment.Empty;

    /// <summary>Gets the numeric codes recorded beside the scale labels.</summary>
    [JsonIgnore]
    public DatasetCodes Codes { get => _codes; init => _codes = value ?? DatasetCodes.Empty; }

    [JsonInclude, JsonPropertyName("codes")]
    internal DatasetCodes _codes = DatasetCodes.Empty;

    /// <summary>Gets the derived indicators as the dataset records them.</summary>
    [JsonIgnore]
    public DatasetIndicators Indicators { get => _indicators; init => _indicators = value ?? DatasetIndicators.Empty; }

    [JsonInclude, JsonPropertyName("indicators")]
    internal DatasetIndicators _indicators = DatasetIndicators.Empty;

    /// <summary>Gets the cells of columns the library does not map, by column header, as written; they are written back unchanged.</summary>
    [JsonIgnore]
    public ValueDictionary<string, string> ExtraColumns { get => _extraColumns; init => _extraColumns = value ?? ValueDictionary<string, string>.Empty; }

    [JsonInclude, JsonPropertyName("extraColumns")]
    internal ValueDictionary<string, string> _extraColumns = ValueDictionary<string, string>.Empty;

    /// <summary>
    /// Gets the cells a row had past the last column of its header (a row longer than the header), in
    /// order; they are written back after the last column.
    /// </summary>
    [JsonIgnore]
    public ValueList<string> CellsPastHeader { get => _cellsPastHeader; init => _cellsPastHeader = value ?? ValueList<string>.Empty; }

    [JsonInclude, JsonPropertyName("cellsPastHeader")]
    internal ValueList<string> _cellsPastHeader = ValueList<string>.Empty;

    /// <summary>
    /// Gets how many cells the row had when it had fewer than its header has columns (a row cut short), so
    /// that it is written back as short; <see langword="null"/> for a row that had them all.
    /// </summary>
    [JsonIgnore]
    public int? CellCount { get => _cellCount; init => _cellCount = value; }

    [JsonInclude, JsonPropertyName("cellCount")]
    internal int? _cellCount;

    internal override void Normalize()
    {
        base.Normalize();
        _member ??= Member.Empty;
        _actionPlan ??= PlanReference.Empty;
        _commitment ??= Commitment.Empty;
        _codes ??= DatasetCodes.Empty;
        _indicators ??= DatasetIndicators.Empty;
        _extraColumns ??= ValueDictionary<string, string>.Empty;
        _cellsPastHeader ??= ValueList<string>.Empty;
    }
}
