namespace OpenGov.Model;

/// <summary>
/// The potential impact of a commitment as written, the IRM's measure of ambition before the 2020 refresh.
/// </summary>
/// <remarks>
/// Moderate or Transformative is <em>high ambition</em> (<see cref="ScaleExtensions.IsHighAmbition(PotentialImpact)"/>).
/// Its successor is <see cref="PotentialForResults"/>.
/// </remarks>
public enum PotentialImpact
{
    /// <summary>No potential impact (dataset code 0).</summary>
    None,

    /// <summary>An incremental but positive step in the policy area (dataset code 1).</summary>
    Minor,

    /// <summary>A major step forward in the policy area, limited in scale or scope (dataset code 2).</summary>
    Moderate,

    /// <summary>A reform that could transform "business as usual" in the policy area (dataset code 3).</summary>
    Transformative,
}
