namespace OpenGov.Model;

/// <summary>The groupings OGP analysts use on the scales: high completion, strong results, high ambition, verifiable.</summary>
public static class ScaleExtensions
{
    /// <summary>Gets whether <paramref name="level"/> is high completion: Substantial or Complete.</summary>
    /// <param name="level">A completion level.</param>
    public static bool IsHighCompletion(this CompletionLevel level) =>
        level is CompletionLevel.Substantial or CompletionLevel.Complete;

    /// <summary>Gets whether <paramref name="result"/> is a strong early result: Major or Outstanding.</summary>
    /// <param name="result">A "Did it Open Government?" result.</param>
    public static bool IsStrongResult(this OpenGovernmentResult result) =>
        result is OpenGovernmentResult.Major or OpenGovernmentResult.Outstanding;

    /// <summary>Gets whether <paramref name="level"/> is a strong result: Significant or Outstanding.</summary>
    /// <param name="level">An early results level.</param>
    public static bool IsStrongResult(this EarlyResultsLevel level) =>
        level is EarlyResultsLevel.Significant or EarlyResultsLevel.Outstanding;

    /// <summary>Gets whether <paramref name="impact"/> is high ambition: Moderate or Transformative.</summary>
    /// <param name="impact">A potential impact.</param>
    public static bool IsHighAmbition(this PotentialImpact impact) =>
        impact is PotentialImpact.Moderate or PotentialImpact.Transformative;

    /// <summary>Gets whether <paramref name="potential"/> is high ambition under the 2020 method: Substantial.</summary>
    /// <param name="potential">A potential for results.</param>
    public static bool IsHighAmbition(this PotentialForResults potential) =>
        potential == PotentialForResults.Substantial;

    /// <summary>Gets whether <paramref name="specificity"/> makes a commitment verifiable: Medium or High.</summary>
    /// <param name="specificity">A specificity.</param>
    public static bool IsVerifiable(this Specificity specificity) =>
        specificity is Specificity.Medium or Specificity.High;

    /// <summary>
    /// Gets the code of <paramref name="result"/> in the dataset's per-value columns
    /// (Access To Information, Civic Participation, Public Accountability), where "Not Applicable" is 0
    /// and every result is one higher than in the overall column.
    /// </summary>
    /// <param name="result">A "Did it Open Government?" result.</param>
    /// <returns>The code, or <see langword="null"/> for a result the per-value columns do not use.</returns>
    public static int? GetPerValueDatasetCode(this OpenGovernmentResult result) =>
        result == OpenGovernmentResult.NoEarlyResultsYet ? null : Codelist<OpenGovernmentResult>.Default[result].DatasetCode + 1;
}
