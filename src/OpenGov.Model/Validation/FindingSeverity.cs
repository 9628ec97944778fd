using System.Text.Json.Serialization;
using OpenGov.Model.Serialization;

namespace OpenGov.Model.Validation;

/// <summary>How serious a finding is. In JSON: <c>info</c>, <c>warning</c>, <c>error</c>.</summary>
[JsonConverter(typeof(KebabEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>Worth knowing; nothing to fix.</summary>
    Info,

    /// <summary>Probably wrong, or lost in the data's history; worth a look.</summary>
    Warning,

    /// <summary>Wrong or missing: the data is not valid or not complete.</summary>
    Error,
}

/// <summary>What kind of check a finding comes from. In JSON: <c>structure</c>, <c>rule</c>, <c>completeness</c>.</summary>
[JsonConverter(typeof(KebabEnumConverter<FindingCategory>))]
public enum FindingCategory
{
    /// <summary>A value that cannot be read as what it should be: an unknown label, an unreadable date.</summary>
    Structure,

    /// <summary>Values that contradict each other: dates out of order, a label that disagrees with its code.</summary>
    Rule,

    /// <summary>Something required that is not there: an unanswered question of a report.</summary>
    Completeness,
}

/// <summary>How far a rule looks. In JSON: <c>report</c>, <c>commitment</c>, <c>action-plan</c>, <c>member</c>, <c>dataset</c>.</summary>
[JsonConverter(typeof(KebabEnumConverter<RuleScope>))]
public enum RuleScope
{
    /// <summary>One End of Commitment Report.</summary>
    Report,

    /// <summary>One commitment, with its milestones, assessment and dataset columns.</summary>
    Commitment,

    /// <summary>The commitments of one action plan.</summary>
    ActionPlan,

    /// <summary>The commitments of one member, across its plans.</summary>
    Member,

    /// <summary>A whole dataset.</summary>
    Dataset,

    /// <summary>The input as a whole: a file or a stream, its encoding and its syntax.</summary>
    Input,
}

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
