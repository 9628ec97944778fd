using System.Text.Json.Serialization;

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

    /// <summary>By policy area: a commitment counts in every area it is flagged with (groups overlap), or in "(no policy area)".</summary>
    PolicyArea,

    /// <summary>By OGP value the IRM found the commitment relevant to: access to information, civic participation, public accountability, technology and innovation (groups overlap), or "(no OGP value)".</summary>
    OgpValue,

    /// <summary>By the commitment's theme, as written.</summary>
    Theme,

    /// <summary>By the cell of one column of the file (<see cref="DatasetSummaryOptions.GroupColumn"/>), any column, including the ones the library does not map.</summary>
    Column,
}
