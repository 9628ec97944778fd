namespace OpenGov.Model;

/// <summary>
/// What a <see cref="Recorded{T}"/> holds: a value, one of the kinds of "missing" that OGP data keeps
/// apart, or text that could not be read as a value.
/// </summary>
/// <remarks>
/// The IRM commitment dataset writes <c>ND</c>, <c>NR</c> and <c>NA</c> for three different facts, and an
/// End of Commitment Report can simply leave a question unanswered. The four are kept apart here.
/// </remarks>
public enum RecordedState
{
    /// <summary>Nothing was recorded: the question was not answered or the cell is empty. The default.</summary>
    NotAnswered = 0,

    /// <summary>A value was recorded.</summary>
    Value = 1,

    /// <summary>No data (<c>ND</c>): the indicator did not exist for the method that assessed this item.</summary>
    NoData = 2,

    /// <summary>Not reviewed (<c>NR</c>): the assessor has not assessed this item.</summary>
    NotReviewed = 3,

    /// <summary>Not applicable (<c>NA</c>): the indicator does not apply to this item.</summary>
    NotApplicable = 4,

    /// <summary>Text was recorded that is not a known value; the text is kept as it was.</summary>
    Unrecognized = 5,
}
