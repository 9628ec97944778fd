namespace OpenGov.Model;

/// <summary>
/// How specific and measurable a commitment's milestones are, the IRM's design measure before the 2020 refresh.
/// </summary>
/// <remarks>Medium or High is verifiable (<see cref="ScaleExtensions.IsVerifiable"/>). Its successor is <see cref="Verifiability"/>.</remarks>
public enum Specificity
{
    /// <summary>Nothing in the text is verifiable (dataset code 0).</summary>
    None,

    /// <summary>Activities that can be read as verifiable with some interpretation (dataset code 1).</summary>
    Low,

    /// <summary>Objectively verifiable activities, without clear measurable milestones (dataset code 2).</summary>
    Medium,

    /// <summary>Objectively verifiable activities with measurable milestones (dataset code 3).</summary>
    High,
}
