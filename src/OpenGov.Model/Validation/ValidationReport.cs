using System.Text.Json.Serialization;

namespace OpenGov.Model.Validation;

/// <summary>
/// The result of validating a report, a commitment, a plan or a dataset: the findings (grouped by
/// rule, with counts), the number of errors, warnings and infos, and for an End of Commitment Report
/// its completeness score. It is a root document of the JSON format (kind <c>validation-report</c>).
/// </summary>
public sealed record ValidationReport : OgpDocument
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => DocumentKinds.ValidationReport;

    /// <summary>Gets what was validated, such as <c>end-of-commitment-report</c> or a file name.</summary>
    [JsonIgnore]
    public string? Subject { get => _subject; init => _subject = value; }

    [JsonInclude, JsonPropertyName("subject")]
    internal string? _subject;

    /// <summary>Gets how many items were validated: 1 for a report or a commitment, the commitments of a plan, the rows of a dataset.</summary>
    [JsonIgnore]
    public int ItemCount { get => _itemCount; init => _itemCount = value; }

    [JsonInclude, JsonPropertyName("itemCount")]
    internal int _itemCount;

    /// <summary>Gets how many findings are errors.</summary>
    [JsonIgnore]
    public int ErrorCount { get => _errorCount; init => _errorCount = value; }

    [JsonInclude, JsonPropertyName("errorCount")]
    internal int _errorCount;

    /// <summary>Gets how many findings are warnings.</summary>
    [JsonIgnore]
    public int WarningCount { get => _warningCount; init => _warningCount = value; }

    [JsonInclude, JsonPropertyName("warningCount")]
    internal int _warningCount;

    /// <summary>Gets how many findings are infos.</summary>
    [JsonIgnore]
    public int InfoCount { get => _infoCount; init => _infoCount = value; }

    [JsonInclude, JsonPropertyName("infoCount")]
    internal int _infoCount;

    /// <summary>Gets whether there is no error (warnings and infos allowed).</summary>
    [JsonIgnore]
    public bool IsValid => ErrorCount == 0;

    /// <summary>Gets the completeness of an End of Commitment Report; <see langword="null"/> for other subjects or without the completeness rules.</summary>
    [JsonIgnore]
    public CompletenessScore? Completeness { get => _completeness; init => _completeness = value; }

    [JsonInclude, JsonPropertyName("completeness")]
    internal CompletenessScore? _completeness;

    /// <summary>Gets the findings of each rule, most severe first, then by code.</summary>
    [JsonIgnore]
    public ValueList<FindingGroup> Groups { get => _groups; init => _groups = value ?? ValueList<FindingGroup>.Empty; }

    [JsonInclude, JsonPropertyName("groups")]
    internal ValueList<FindingGroup> _groups = ValueList<FindingGroup>.Empty;

    /// <summary>Gets the findings, in the order they were found, up to <see cref="ValidationOptions.MaxFindings"/>.</summary>
    [JsonIgnore]
    public ValueList<Finding> Findings { get => _findings; init => _findings = value ?? ValueList<Finding>.Empty; }

    [JsonInclude, JsonPropertyName("findings")]
    internal ValueList<Finding> _findings = ValueList<Finding>.Empty;

    /// <summary>Gets how many findings were counted but not kept in <see cref="Findings"/>, past the limit.</summary>
    [JsonIgnore]
    public int FindingsLeftOut { get => _findingsLeftOut; init => _findingsLeftOut = value; }

    [JsonInclude, JsonPropertyName("findingsLeftOut")]
    internal int _findingsLeftOut;

    internal override void Normalize()
    {
        base.Normalize();
        _groups ??= ValueList<FindingGroup>.Empty;
        _findings ??= ValueList<Finding>.Empty;
    }
}
