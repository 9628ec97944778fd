using System.Text.Json.Serialization;

namespace OpenGov.Model.Validation;

/// <summary>
/// A rule of validation: its stable code (never reused), default severity, category, scope, title,
/// description and the OGP source it rests on. The catalogue is <see cref="ValidationRules"/>.
/// </summary>
public sealed record ValidationRule : OgpRecord
{
    /// <summary>Gets the stable code, such as <c>OGP110</c>.</summary>
    [JsonIgnore]
    public string Code { get => _code; init => _code = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("code")]
    internal string _code = string.Empty;

    /// <summary>Gets the severity of the rule's findings, unless validation options change it.</summary>
    [JsonIgnore]
    public FindingSeverity Severity { get => _severity; init => _severity = value; }

    [JsonInclude, JsonPropertyName("severity")]
    internal FindingSeverity _severity;

    /// <summary>Gets what kind of check the rule is.</summary>
    [JsonIgnore]
    public FindingCategory Category { get => _category; init => _category = value; }

    [JsonInclude, JsonPropertyName("category")]
    internal FindingCategory _category;

    /// <summary>Gets the set of rules this rule belongs to.</summary>
    [JsonIgnore]
    public RuleSets RuleSet { get => _ruleSet; init => _ruleSet = value; }

    [JsonInclude, JsonPropertyName("ruleSet")]
    internal RuleSets _ruleSet;

    /// <summary>Gets how far the rule looks: one report, one commitment, one plan, one member, a dataset.</summary>
    [JsonIgnore]
    public RuleScope Scope { get => _scope; init => _scope = value; }

    [JsonInclude, JsonPropertyName("scope")]
    internal RuleScope _scope;

    /// <summary>Gets a short title, such as <c>Level of progress not chosen</c>.</summary>
    [JsonIgnore]
    public string Title { get => _title; init => _title = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("title")]
    internal string _title = string.Empty;

    /// <summary>Gets what the rule checks and why.</summary>
    [JsonIgnore]
    public string Description { get => _description; init => _description = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("description")]
    internal string _description = string.Empty;

    /// <summary>Gets the OGP source the rule rests on: a document or page of the Open Government Partnership.</summary>
    [JsonIgnore]
    public string Source { get => _source; init => _source = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("source")]
    internal string _source = string.Empty;

    internal override void Normalize()
    {
        base.Normalize();
        _code ??= string.Empty;
        _title ??= string.Empty;
        _description ??= string.Empty;
        _source ??= string.Empty;
    }
}
