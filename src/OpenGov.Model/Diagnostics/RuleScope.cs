using System.Text.Json.Serialization;

namespace OpenGov.Model.Validation;

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
