namespace OpenGov.Model;

/// <summary>
/// An immediate result that an evaluator can tick in questions 2.1.1 to 2.1.3 of the End of
/// Commitment Report, one group per OGP value.
/// </summary>
/// <remarks>
/// The access-to-information results are the options of the published form; the civic-participation
/// and public-accountability results are read from the wording of their questions.
/// </remarks>
public enum ImmediateResult
{
    /// <summary>2.1.1: the government disclosed more information.</summary>
    DiscloseMoreInformation,

    /// <summary>2.1.1: the government improved the quality of the information (new or existing).</summary>
    ImproveInformationQuality,

    /// <summary>2.1.1: the government improved the value of the information.</summary>
    ImproveInformationValue,

    /// <summary>2.1.1: the government improved the channels to disclose or request information.</summary>
    ImproveInformationChannels,

    /// <summary>2.1.1: the government improved accessibility to information.</summary>
    ImproveInformationAccessibility,

    /// <summary>2.1.2: the government created new opportunities to seek feedback from citizens, enable participation, or inform or influence decisions.</summary>
    CreateParticipationOpportunities,

    /// <summary>2.1.2: the government improved existing channels or spaces for feedback and participation.</summary>
    ImproveParticipationChannels,

    /// <summary>2.1.2: the government created or improved capabilities in government or the public for participation.</summary>
    ImproveParticipationCapabilities,

    /// <summary>2.1.3: the government created or improved channels to hold officials answerable for their actions.</summary>
    ImproveAccountabilityChannels,

    /// <summary>2.1.3: the government created or improved opportunities to hold officials answerable for their actions.</summary>
    ImproveAccountabilityOpportunities,

    /// <summary>2.1.3: the government created or improved capabilities to hold officials answerable for their actions.</summary>
    ImproveAccountabilityCapabilities,
}
