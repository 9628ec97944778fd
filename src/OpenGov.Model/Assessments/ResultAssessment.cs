namespace OpenGov.Model;

/// <summary>The IRM Results Report's assessment of a commitment or a cluster: completion, early results, Did it Open Government?, and the factors behind them.</summary>
[OgpJsonObject]
public sealed partial record ResultAssessment : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly ResultAssessment Empty = new();

    /// <summary>Gets the completion at the end of the plan.</summary>
    public partial Recorded<CompletionLevel> Completion { get; init; }

    /// <summary>Gets the early results.</summary>
    public partial Recorded<EarlyResultsLevel> EarlyResults { get; init; }

    /// <summary>Gets the Did it Open Government? level, overall.</summary>
    public partial Recorded<OpenGovernmentResult> OpenGovernment { get; init; }

    /// <summary>Gets the factors that helped or hindered implementation.</summary>
    public partial string? Factors { get; init; }

    /// <summary>Gets the IRM's analysis.</summary>
    public partial string? Explanation { get; init; }
}
