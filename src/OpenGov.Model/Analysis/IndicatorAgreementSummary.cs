namespace OpenGov.Model.Analysis;

/// <summary>
/// The agreement of one indicator, computed by the library, with the column of the dataset that records
/// it: how many commitments agree, disagree, or cannot be compared, and the first disagreeing identifiers.
/// </summary>
[OgpJsonObject]
public sealed partial record IndicatorAgreementSummary
{
    /// <summary>The most disagreeing identifiers kept in <see cref="Disagreeing"/>.</summary>
    public const int MaxIdentifiers = 100;

    /// <summary>Gets the indicator's name, such as <c>high-completion</c>.</summary>
    public partial string Indicator { get; init; }

    /// <summary>Gets the header of the dataset's column, such as <c>High Completion</c>.</summary>
    public partial string Column { get; init; }

    /// <summary>Gets how many commitments agree.</summary>
    public partial int Agree { get; init; }

    /// <summary>Gets how many commitments disagree.</summary>
    public partial int Disagree { get; init; }

    /// <summary>Gets how many commitments cannot be compared: the indicator cannot tell, or the column records no value.</summary>
    public partial int NotComparable { get; init; }

    /// <summary>Gets the identifiers of the disagreeing commitments in ordinal order, the first <see cref="MaxIdentifiers"/> of them (so the list does not depend on the order of the rows).</summary>
    public partial ValueList<string> Disagreeing { get; init; }
}
