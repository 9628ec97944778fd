using System.Text.Json.Serialization;

namespace OpenGov.Model.Validation;

/// <summary>One finding of validation: which rule, how serious, where (a JSON Pointer into the document, and the line and column of the source when the data was imported), what is wrong and the offending value.</summary>
public sealed record Finding : OgpRecord
{
    /// <summary>
    /// Gets <see cref="Path"/> without its indices, such as <c>/commitments/milestones/end</c>, to group
    /// findings about the same field.
    /// </summary>
    [JsonPropertyName("fieldPath")]
    public string FieldPath => JsonPointer.WithoutIndices(Path);

    /// <summary>Gets the code of the rule, such as <c>OGP110</c>; see <see cref="ValidationRules"/>.</summary>
    [JsonIgnore]
    public string Code { get => _code; init => _code = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("code")]
    internal string _code = string.Empty;

    /// <summary>Gets how serious the finding is (the rule's severity unless the options change it).</summary>
    [JsonIgnore]
    public FindingSeverity Severity { get => _severity; init => _severity = value; }

    [JsonInclude, JsonPropertyName("severity")]
    internal FindingSeverity _severity;

    /// <summary>Gets what kind of check found it.</summary>
    [JsonIgnore]
    public FindingCategory Category { get => _category; init => _category = value; }

    [JsonInclude, JsonPropertyName("category")]
    internal FindingCategory _category;

    /// <summary>Gets where: a JSON Pointer into the document in the library's JSON format, with indices, such as <c>/commitments/3/milestones/0/end</c>.</summary>
    [JsonIgnore]
    public string Path { get => _path; init => _path = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("path")]
    internal string _path = string.Empty;

    /// <summary>Gets what is wrong, in words a person understands without the documentation.</summary>
    [JsonIgnore]
    public string Message { get => _message; init => _message = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("message")]
    internal string _message = string.Empty;

    /// <summary>Gets the offending value as text, where there is one.</summary>
    [JsonIgnore]
    public string? Value { get => _value; init => _value = value; }

    [JsonInclude, JsonPropertyName("value")]
    internal string? _value;

    /// <summary>Gets the line of the source the value came from, from 1, when it was imported from a file.</summary>
    [JsonIgnore]
    public int? Line { get => _line; init => _line = value; }

    [JsonInclude, JsonPropertyName("line")]
    internal int? _line;

    /// <summary>Gets the column of the source, from 1: a character position in text, a column number in a table.</summary>
    [JsonIgnore]
    public int? Column { get => _column; init => _column = value; }

    [JsonInclude, JsonPropertyName("column")]
    internal int? _column;

    internal override void Normalize()
    {
        base.Normalize();
        _code ??= string.Empty;
        _path ??= string.Empty;
        _message ??= string.Empty;
    }
}
