using System.Text.Json.Serialization;
using OpenGov.Model.Serialization;

namespace OpenGov.Model.Analysis;

/// <summary>How a <see cref="DatasetSummary"/> groups commitments.</summary>
[JsonConverter(typeof(KebabEnumConverter<SummaryGrouping>))]
public enum SummaryGrouping
{
    /// <summary>One group: the whole dataset.</summary>
    Overall,

    /// <summary>By OGP member (its code).</summary>
    Member,

    /// <summary>By action plan (its identifier).</summary>
    ActionPlan,

    /// <summary>By OGP region.</summary>
    Region,

    /// <summary>By the year the action plan was submitted.</summary>
    SubmissionYear,

    /// <summary>By the kind of member: national, local, legacy local, other.</summary>
    MemberKind,
}
