namespace OpenGov.Model;

/// <summary>
/// The status a government or civil society gives a commitment, a sub-commitment or a milestone in an update
/// of an implementation tracker (Not Started, In Progress, On Track, Delayed, Complete, Withdrawn).
/// </summary>
/// <remarks>
/// Trackers write these in many ways: case, hyphens, quotes, other languages, and labels cut short by the
/// width of a column (<c>Not Sta</c>); <see cref="Codelist{T}.Default"/> reads the labels and aliases, and
/// <see cref="Codelist{T}.ReadAbbreviated"/> also reads a label cut short when it names one
/// status only. Text that names none is kept as written (<see cref="RecordedState.Unrecognized"/>).
/// </remarks>
public enum ImplementationStatus
{
    /// <summary>Work has not started.</summary>
    NotStarted,

    /// <summary>Work has started and is going on.</summary>
    InProgress,

    /// <summary>Work is going on as scheduled.</summary>
    OnTrack,

    /// <summary>Work is going on, behind its schedule.</summary>
    Delayed,

    /// <summary>The work is done.</summary>
    Complete,

    /// <summary>The work was withdrawn or cancelled.</summary>
    Withdrawn,
}
