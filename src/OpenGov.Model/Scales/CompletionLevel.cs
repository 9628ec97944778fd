namespace OpenGov.Model;

/// <summary>
/// How complete a commitment is: the IRM's completion scale (No Evidence Available, Not Started,
/// Limited, Substantial, Complete), plus the values Withdrawn and Unclear of the commitment dataset.
/// </summary>
/// <remarks>
/// Source: the OGP glossary, <see href="https://www.opengovpartnership.org/glossary/completion/"/>.
/// Substantial or Complete is <em>high completion</em> (<see cref="ScaleExtensions.IsHighCompletion"/>).
/// Labels, aliases and dataset codes: <see cref="Codelist{T}.Default"/>.
/// </remarks>
public enum CompletionLevel
{
    /// <summary>The commitment was withdrawn from the action plan (dataset code 0).</summary>
    Withdrawn,

    /// <summary>The completion could not be determined from the evidence (dataset code 1).</summary>
    Unclear,

    /// <summary>No evidence of progress was available to the assessor.</summary>
    NoEvidenceAvailable,

    /// <summary>Implementation has not started (dataset code 2).</summary>
    NotStarted,

    /// <summary>Limited progress (dataset code 3).</summary>
    Limited,

    /// <summary>Substantial progress (dataset code 4).</summary>
    Substantial,

    /// <summary>Fully or almost fully implemented (dataset code 5).</summary>
    Complete,
}
