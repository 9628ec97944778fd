namespace OpenGov.Model.Analysis;

/// <summary>
/// Why an indicator cannot tell: the kind of "missing" of the input it needed. When several inputs are
/// missing, the reason is the first of them in this order: <see cref="Unrecognized"/>,
/// <see cref="NotReviewed"/>, <see cref="NotApplicable"/>, <see cref="NoData"/>, <see cref="NotAnswered"/>.
/// </summary>
public enum CannotTellReason
{
    /// <summary>Nothing is recorded for the input: an empty cell, or no assessment at all.</summary>
    NotAnswered,

    /// <summary>The input is "no data" (<c>ND</c>): it did not exist for the method that assessed the commitment.</summary>
    NoData,

    /// <summary>The input is "not reviewed" (<c>NR</c>): the IRM has not assessed it.</summary>
    NotReviewed,

    /// <summary>The input is "not applicable" (<c>NA</c>).</summary>
    NotApplicable,

    /// <summary>The input holds a label that is not a value of its scale, kept as written.</summary>
    Unrecognized,
}
