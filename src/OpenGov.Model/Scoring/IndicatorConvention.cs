namespace OpenGov.Model.Analysis;

/// <summary>
/// How indicators treat what the IRM has not assessed. The library's own convention never guesses; the
/// dataset's reproduces the IRM commitment dataset's formulas, so that its published figures can be
/// computed again.
/// </summary>
public enum IndicatorConvention
{
    /// <summary>
    /// The library's convention: an indicator whose input is missing (not reviewed, no data, not
    /// applicable, nothing recorded, unrecognized) cannot tell, with the reason and the input.
    /// </summary>
    Strict,

    /// <summary>
    /// The IRM commitment dataset's convention: its formulas exactly, found from the dataset itself. A
    /// completion not yet reviewed counts as not complete; high ambition also asks for relevance to an OGP
    /// value; a plan of the 2020 method is placed in no category unless its results are strong; where the
    /// dataset writes a missing marker (<c>ND</c>, <c>NR</c>, <c>NA</c>), the indicator cannot tell with that
    /// marker as its reason. docs/indicators.md gives each formula and how it agrees with the real dataset.
    /// </summary>
    Dataset,
}
