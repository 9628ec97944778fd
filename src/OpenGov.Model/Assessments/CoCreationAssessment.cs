using System.Collections.Generic;

namespace OpenGov.Model;

/// <summary>
/// An assessment of the co-creation process of an action plan: the minimum requirements met or not with
/// their evidence, the level of public influence during development and during implementation, whether
/// participation was open, and whether the government collaborated with the IRM. From these follows
/// whether the member acted contrary to the OGP process (<see cref="GetContraryToProcessCriteria"/>).
/// </summary>
[OgpJsonObject]
public sealed partial record CoCreationAssessment : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly CoCreationAssessment Empty = new();

    /// <summary>Gets the least influence the IRM expects during a plan's development: <see cref="PublicInfluence.Involve"/>.</summary>
    public static PublicInfluence MinimumDuringDevelopment => PublicInfluence.Involve;

    /// <summary>
    /// Gets the least influence the IRM expects during a plan's implementation: <see cref="PublicInfluence.Inform"/>
    /// (the public is at least told how implementation goes).
    /// </summary>
    public static PublicInfluence MinimumDuringImplementation => PublicInfluence.Inform;

    /// <summary>Gets the minimum requirements and whether each was met, with evidence.</summary>
    public partial ValueList<RequirementAnswer> Requirements { get; init; }

    /// <summary>Gets the level of public influence during the plan's development (co-creation).</summary>
    public partial Recorded<PublicInfluence> InfluenceDuringDevelopment { get; init; }

    /// <summary>Gets the level of public influence during the plan's implementation.</summary>
    public partial Recorded<PublicInfluence> InfluenceDuringImplementation { get; init; }

    /// <summary>Gets whether participation was open to anyone who wished to take part.</summary>
    public partial Recorded<bool> OpenParticipation { get; init; }

    /// <summary>Gets whether the government collaborated with the IRM.</summary>
    public partial Recorded<bool> CollaboratedWithIrm { get; init; }

    /// <summary>Gets the assessor's summary of the process.</summary>
    public partial string? Summary { get; init; }

    /// <summary>
    /// Gets the criteria of acting contrary to the OGP process that this assessment meets: influence
    /// during development below <see cref="MinimumDuringDevelopment"/>, during implementation below
    /// <see cref="MinimumDuringImplementation"/>, no collaboration with the IRM. A criterion whose input is
    /// not recorded is not met; empty when the member did not act contrary to the process.
    /// </summary>
    public IReadOnlyList<ContraryToProcessCriterion> GetContraryToProcessCriteria()
    {
        var criteria = new List<ContraryToProcessCriterion>(3);
        if (InfluenceDuringDevelopment.HasValue && InfluenceDuringDevelopment.Value < MinimumDuringDevelopment)
        {
            criteria.Add(ContraryToProcessCriterion.Development);
        }

        if (InfluenceDuringImplementation.HasValue && InfluenceDuringImplementation.Value < MinimumDuringImplementation)
        {
            criteria.Add(ContraryToProcessCriterion.Implementation);
        }

        if (CollaboratedWithIrm.HasValue && !CollaboratedWithIrm.Value)
        {
            criteria.Add(ContraryToProcessCriterion.IrmCollaboration);
        }

        return criteria;
    }
}
