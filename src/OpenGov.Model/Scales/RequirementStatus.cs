namespace OpenGov.Model;

/// <summary>
/// Whether a minimum requirement of the co-creation process was met, as the IRM or an OGP Local
/// monitoring body records it: evidence of action toward meeting it, none, or not assessed.
/// </summary>
/// <remarks>
/// The yes/no answers of an Inception Report's section 1 read as <see cref="Met"/> and <see cref="NotMet"/>,
/// in English, Spanish, French and Portuguese. Source: the OGP Participation and Co-Creation Standards (2022).
/// </remarks>
public enum RequirementStatus
{
    /// <summary>The requirement was not met: no evidence of action toward it ("No" on an Inception Report).</summary>
    NotMet,

    /// <summary>The requirement was met: there is evidence of action toward it ("Yes" on an Inception Report).</summary>
    Met,

    /// <summary>The assessor did not assess the requirement.</summary>
    NotAssessed,
}
