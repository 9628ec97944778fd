namespace OpenGov.Model;

/// <summary>The criteria under which a member acts contrary to the OGP process (OGP Participation and Co-Creation Standards).</summary>
public enum ContraryToProcessCriterion
{
    /// <summary>The public's influence during the plan's development was below <see cref="CoCreationAssessment.MinimumDuringDevelopment"/>.</summary>
    Development,

    /// <summary>The public's influence during the plan's implementation was below <see cref="CoCreationAssessment.MinimumDuringImplementation"/>.</summary>
    Implementation,

    /// <summary>The government did not collaborate with the IRM.</summary>
    IrmCollaboration,
}
