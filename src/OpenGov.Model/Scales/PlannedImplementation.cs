namespace OpenGov.Model;

/// <summary>The choice of question 1.3 of the End of Commitment Report: "Was the commitment implemented as originally planned?"</summary>
/// <remarks>The first option is confirmed on the published form; the other two are inferred.</remarks>
public enum PlannedImplementation
{
    /// <summary>All of the commitment milestones were implemented as planned.</summary>
    AllMilestones,

    /// <summary>Some of the commitment milestones were implemented as planned.</summary>
    SomeMilestones,

    /// <summary>None of the commitment milestones were implemented as planned.</summary>
    NoMilestones,
}
