using System.Collections.Generic;

namespace OpenGov.Model.Analysis;

/// <summary>
/// One scale of the IRM's assessment of a commitment, such as completion at the end of term: its name,
/// its title and how to read it from a commitment. The keys of a summary's distributions
/// (<see cref="AssessmentScales.All"/>).
/// </summary>
public abstract class AssessmentScale
{
    private protected AssessmentScale(string name, string title)
    {
        Name = name;
        Title = title;
    }

    /// <summary>Gets the scale's name, a kebab-case token such as <c>completion-end-of-term</c>.</summary>
    public string Name { get; }

    /// <summary>Gets a title for people, such as "Completion (end of term)".</summary>
    public string Title { get; }

    /// <summary>Gets the token and label of each value of the scale, in the scale's order.</summary>
    internal abstract IReadOnlyList<(string Token, string Label)> Categories { get; }

    /// <summary>Returns the scale's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <summary>Finds the commitment's value among <see cref="Categories"/>: its index, or -1 with the recorded state when it has none.</summary>
    internal abstract int IndexOf(Commitment commitment, out RecordedState state);
}
