namespace OpenGov.Model;

/// <summary>
/// The potential for results of a commitment, the IRM's measure of ambition in the Action Plan Review
/// (action plans from 2020).
/// </summary>
/// <remarks>
/// Source: the OGP glossary, <see href="https://www.opengovpartnership.org/glossary/ambition/"/>.
/// Substantial is <em>high ambition</em> under this method (<see cref="ScaleExtensions.IsHighAmbition(PotentialForResults)"/>).
/// </remarks>
public enum PotentialForResults
{
    /// <summary>The potential for results is unclear (dataset code 0).</summary>
    Unclear,

    /// <summary>A positive but stand-alone initiative or change (dataset code 1).</summary>
    Modest,

    /// <summary>A possible game changer for the rules or practice of the policy area (dataset code 2).</summary>
    Substantial,
}
