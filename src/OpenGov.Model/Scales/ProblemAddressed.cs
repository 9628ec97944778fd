namespace OpenGov.Model;

/// <summary>The choice of question 2.2 of the End of Commitment Report: did the commitment address the public policy problem?</summary>
/// <remarks>The options are inferred from the form.</remarks>
public enum ProblemAddressed
{
    /// <summary>No.</summary>
    No,

    /// <summary>Partially.</summary>
    Partially,

    /// <summary>Yes.</summary>
    Yes,
}
