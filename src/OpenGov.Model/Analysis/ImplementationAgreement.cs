namespace OpenGov.Model.Analysis;

/// <summary>
/// How a government's view of its commitments' completion (the tracker's roll-up) agrees with the IRM's, in one
/// convention: whether each side calls the commitment complete.
/// </summary>
[OgpJsonObject]
public sealed partial record ImplementationAgreement
{
    /// <summary>
    /// Gets the convention: <see cref="IndicatorConvention.Strict"/> compares only commitments both sides have
    /// assessed; <see cref="IndicatorConvention.Dataset"/> counts an IRM completion not yet reviewed as not complete.
    /// </summary>
    public partial IndicatorConvention Convention { get; init; }

    /// <summary>Gets the number of commitments compared.</summary>
    public partial int Compared { get; init; }

    /// <summary>Gets how many both call complete.</summary>
    public partial int BothComplete { get; init; }

    /// <summary>Gets how many the government calls complete and the IRM does not.</summary>
    public partial int GovernmentOnly { get; init; }

    /// <summary>Gets how many the IRM calls complete and the government does not.</summary>
    public partial int IrmOnly { get; init; }

    /// <summary>Gets how many neither calls complete.</summary>
    public partial int NeitherComplete { get; init; }

    /// <summary>Gets how many commitments of the tracker the IRM data has and that could not be compared in this convention.</summary>
    public partial int CannotTell { get; init; }

    /// <summary>Gets the share of the compared commitments on which both sides agree; <see langword="null"/> when none was compared.</summary>
    public double? Share => Compared == 0 ? null : (double)(BothComplete + NeitherComplete) / Compared;
}
