using System.Text.Json.Serialization;

namespace OpenGov.Model.Validation;

/// <summary>The sets of rules that validation can run; combine them with <c>|</c>.</summary>
[System.Flags]
[JsonConverter(typeof(KebabEnumConverter<RuleSets>))]
public enum RuleSets
{
    /// <summary>No rule.</summary>
    None = 0,

    /// <summary>Whether an End of Commitment Report answers every question.</summary>
    Completeness = 1,

    /// <summary>Whether values agree with each other: dates, codes, derived values, identifiers.</summary>
    Consistency = 2,

    /// <summary>Whether every value could be read: unknown labels, unreadable or ambiguous dates.</summary>
    Values = 4,

    /// <summary>What importing found: missing or duplicate columns, unreadable cells, parts of a page not found. The importers report these; the validator does not run them.</summary>
    Import = 8,

    /// <summary>Every rule.</summary>
    All = Completeness | Consistency | Values | Import,
}
