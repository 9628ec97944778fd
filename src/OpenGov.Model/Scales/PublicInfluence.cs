namespace OpenGov.Model;

/// <summary>
/// The level of public influence on an action plan, on the IAP2 spectrum the IRM uses for the plan's
/// development and for its implementation, from no consultation to empower.
/// </summary>
/// <remarks>
/// The IRM expects at least <see cref="Involve"/> during the development of a plan
/// (<see cref="CoCreationAssessment.MinimumDuringDevelopment"/>).
/// </remarks>
public enum PublicInfluence
{
    /// <summary>No consultation: the public was not consulted, or the process did not meet even informing it.</summary>
    NoConsultation,

    /// <summary>Inform: the public was given information about the plan.</summary>
    Inform,

    /// <summary>Consult: the public could give input.</summary>
    Consult,

    /// <summary>Involve: the public could give input and was told how it was taken into account.</summary>
    Involve,

    /// <summary>Collaborate: the public helped set the agenda and took part in decisions.</summary>
    Collaborate,

    /// <summary>Empower: the public had the final say on decisions.</summary>
    Empower,
}
