namespace OpenGov.Model;

/// <summary>
/// "Did it Open Government?": how far a commitment changed government practice, overall or for one
/// OGP value.
/// </summary>
/// <remarks>
/// Source: the OGP glossary, <see href="https://www.opengovpartnership.org/glossary/early-results/"/>.
/// Major or Outstanding are <em>strong early results</em> (<see cref="ScaleExtensions.IsStrongResult(OpenGovernmentResult)"/>).
/// The dataset's per-value columns add "Not Applicable", read as <see cref="RecordedState.NotApplicable"/>,
/// and code every value one higher than the overall column.
/// </remarks>
public enum OpenGovernmentResult
{
    /// <summary>Government openness worsened as a result of the commitment (dataset spelling "Worsens").</summary>
    Worsened,

    /// <summary>The commitment did not change government practice.</summary>
    DidNotChange,

    /// <summary>The assessor had no early results to report yet (overall column only; coded like "Did not change").</summary>
    NoEarlyResultsYet,

    /// <summary>Some change, but minor in its effect on openness.</summary>
    Marginal,

    /// <summary>A step forward for openness in the policy area, limited in scope or scale.</summary>
    Major,

    /// <summary>A reform that transformed "business as usual" by opening government.</summary>
    Outstanding,
}
