namespace OpenGov.Model;

/// <summary>
/// Whether a commitment is verifiable: the IRM's design measure in the Action Plan Review (action plans from 2020).
/// </summary>
public enum Verifiability
{
    /// <summary>Not verifiable: "No" (dataset code 0).</summary>
    NotVerifiable,

    /// <summary>Verifiable: "Yes" (dataset code 1).</summary>
    Verifiable,
}
