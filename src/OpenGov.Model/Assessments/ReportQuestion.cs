namespace OpenGov.Model;

/// <summary>The questions of the End of Commitment Report form.</summary>
public enum ReportQuestion
{
    /// <summary>1.1 What was the overall level of progress in the commitment implementation at the time of this assessment?</summary>
    OverallProgress,

    /// <summary>1.2 Describe the main external or internal factors that impacted implementation of this commitment and how they were addressed (or not).</summary>
    ImplementationFactors,

    /// <summary>1.3 Was the commitment implemented as originally planned?</summary>
    ImplementedAsPlanned,

    /// <summary>2.1.1 Did the government disclose more information or improve the quality, value, channels or accessibility of information?</summary>
    AccessToInformation,

    /// <summary>2.1.2 Did the government create or improve opportunities, channels or capabilities for civic participation?</summary>
    CivicParticipation,

    /// <summary>2.1.3 Did the government create or improve channels, opportunities or capabilities to hold officials answerable to their actions?</summary>
    PublicAccountability,

    /// <summary>2.2 Did the commitment address the public policy problem that it intended to address as described in the action plan?</summary>
    ProblemAddressed,

    /// <summary>3 Provide at least one lesson or reflection relating to the implementation of this commitment.</summary>
    Lessons,
}
