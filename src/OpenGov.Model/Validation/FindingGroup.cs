using System.Text.Json.Serialization;

namespace OpenGov.Model.Validation;

/// <summary>The findings of one rule: how many there are and where the first few are.</summary>
public sealed record FindingGroup : OgpRecord
{
    /// <summary>Gets the code of the rule.</summary>
    [JsonIgnore]
    public string Code { get => _code; init => _code = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("code")]
    internal string _code = string.Empty;

    /// <summary>Gets the severity of the findings.</summary>
    [JsonIgnore]
    public FindingSeverity Severity { get => _severity; init => _severity = value; }

    [JsonInclude, JsonPropertyName("severity")]
    internal FindingSeverity _severity;

    /// <summary>Gets the category of the rule.</summary>
    [JsonIgnore]
    public FindingCategory Category { get => _category; init => _category = value; }

    [JsonInclude, JsonPropertyName("category")]
    internal FindingCategory _category;

    /// <summary>Gets the title of the rule.</summary>
    [JsonIgnore]
    public string Title { get => _title; init => _title = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("title")]
    internal string _title = string.Empty;

    /// <summary>Gets how many findings the rule made.</summary>
    [JsonIgnore]
    public int Count { get => _count; init => _count = value; }

    [JsonInclude, JsonPropertyName("count")]
    internal int _count;

    /// <summary>Gets the paths of the first findings, in the order they were found.</summary>
    [JsonIgnore]
    public ValueList<string> Paths { get => _paths; init => _paths = value ?? ValueList<string>.Empty; }

    [JsonInclude, JsonPropertyName("paths")]
    internal ValueList<string> _paths = ValueList<string>.Empty;

    internal override void Normalize()
    {
        base.Normalize();
        _code ??= string.Empty;
        _title ??= string.Empty;
        _paths ??= ValueList<string>.Empty;
    }
}
