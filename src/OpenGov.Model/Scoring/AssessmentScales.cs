using System.Collections.Generic;

namespace OpenGov.Model.Analysis;

/// <summary>The scales of the IRM's assessment of a commitment, as typed keys: a summary has a distribution of each.</summary>
/// <example><code>
/// Distribution completion = summary.Overall.GetDistribution(AssessmentScales.CompletionEndOfTerm);
/// </code></example>
public static class AssessmentScales
{
    /// <summary>Gets the specificity of the commitment's design (method until 2020).</summary>
    public static AssessmentScale<Specificity> Specificity { get; } = new("specificity", "Specificity", a => a.Design.Specificity);

    /// <summary>Gets whether the commitment is verifiable (the Action Plan Review's scale, from 2020).</summary>
    public static AssessmentScale<Verifiability> Verifiable { get; } = new("verifiable", "Verifiable", a => a.Design.Verifiable);

    /// <summary>Gets the potential impact (method until 2020).</summary>
    public static AssessmentScale<PotentialImpact> PotentialImpact { get; } = new("potential-impact", "Potential impact", a => a.Design.PotentialImpact);

    /// <summary>Gets the potential for results (the Action Plan Review's scale, from 2020).</summary>
    public static AssessmentScale<PotentialForResults> PotentialForResults { get; } = new("potential-for-results", "Potential for results", a => a.Design.PotentialForResults);

    /// <summary>Gets the completion at mid-term (the progress report).</summary>
    public static AssessmentScale<CompletionLevel> CompletionMidterm { get; } = new("completion-midterm", "Completion (mid-term)", a => a.Implementation.CompletionMidterm);

    /// <summary>Gets the completion at the end of term.</summary>
    public static AssessmentScale<CompletionLevel> CompletionEndOfTerm { get; } = new("completion-end-of-term", "Completion (end of term)", a => a.Implementation.CompletionEndOfTerm);

    /// <summary>Gets "Did it Open Government?", overall.</summary>
    public static AssessmentScale<OpenGovernmentResult> OpenGovernment { get; } = new("open-government", "Did it Open Government? (overall)", a => a.Implementation.OpenGovernment);

    /// <summary>Gets "Did it Open Government?" for access to information.</summary>
    public static AssessmentScale<OpenGovernmentResult> OpenGovernmentAccessToInformation { get; } = new("open-government-access-to-information", "Did it Open Government? (access to information)", a => a.Implementation.OpenGovernmentAccessToInformation);

    /// <summary>Gets "Did it Open Government?" for civic participation.</summary>
    public static AssessmentScale<OpenGovernmentResult> OpenGovernmentCivicParticipation { get; } = new("open-government-civic-participation", "Did it Open Government? (civic participation)", a => a.Implementation.OpenGovernmentCivicParticipation);

    /// <summary>Gets "Did it Open Government?" for public accountability.</summary>
    public static AssessmentScale<OpenGovernmentResult> OpenGovernmentPublicAccountability { get; } = new("open-government-public-accountability", "Did it Open Government? (public accountability)", a => a.Implementation.OpenGovernmentPublicAccountability);

    /// <summary>Gets the early results (the Results Report's scale, from 2020).</summary>
    public static AssessmentScale<EarlyResultsLevel> EarlyResults { get; } = new("early-results", "Early results", a => a.Implementation.EarlyResults);

    /// <summary>Gets every scale, in a stable order: the order of a summary's distributions.</summary>
    public static IReadOnlyList<AssessmentScale> All { get; } =
    [
        Specificity, Verifiable, PotentialImpact, PotentialForResults, CompletionMidterm, CompletionEndOfTerm,
        OpenGovernment, OpenGovernmentAccessToInformation, OpenGovernmentCivicParticipation, OpenGovernmentPublicAccountability, EarlyResults,
    ];

    /// <summary>Gets the scale named <paramref name="name"/>, such as <c>completion-end-of-term</c>.</summary>
    /// <param name="name">The scale's name; case does not matter.</param>
    /// <param name="scale">The scale.</param>
    /// <returns><see langword="true"/> when a scale has that name.</returns>
    public static bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AssessmentScale? scale)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name, name, System.StringComparison.OrdinalIgnoreCase))
            {
                scale = candidate;
                return true;
            }
        }

        scale = null;
        return false;
    }
}
