namespace OpenGov.Model;

/// <summary>
/// Early results of a commitment, as the IRM Results Report rates them for action plans from 2020/2021.
/// </summary>
/// <remarks>
/// Significant or Outstanding count as strong results (<see cref="ScaleExtensions.IsStrongResult(EarlyResultsLevel)"/>).
/// <see cref="Outstanding"/> is inferred from the reports; the dataset extract has none.
/// </remarks>
public enum EarlyResultsLevel
{
    /// <summary>No notable results (dataset code 0).</summary>
    NoNotableResults,

    /// <summary>Moderate results (dataset code 1).</summary>
    Moderate,

    /// <summary>Significant results (dataset code 2).</summary>
    Significant,

    /// <summary>Outstanding results (inferred; dataset code 3).</summary>
    Outstanding,
}
