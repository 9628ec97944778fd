using System.Text.Json.Serialization;

namespace OpenGov.Model.Validation;

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
