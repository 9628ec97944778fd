namespace OpenGov.Model;

/// <summary>
/// The answer to one minimum requirement of the co-creation process: whether it was met, why, and the
/// evidence. Section 1 of an Inception Report is a list of these, as is the IRM's review of a plan's co-creation.
/// </summary>
[OgpJsonObject]
public sealed partial record RequirementAnswer : OgpRecord
{
    /// <summary>Gets the key of the requirement in <see cref="CoCreationRequirements"/>, such as <c>forum</c>; <see langword="null"/> for a question the catalogue does not know.</summary>
    public partial string? Requirement { get; init; }

    /// <summary>Gets the question's number as the report gives it, such as <c>1.1</c>.</summary>
    public partial string? Number { get; init; }

    /// <summary>Gets the question as the report writes it, in its language; <see langword="null"/> when it is the catalogue's English text.</summary>
    public partial string? Question { get; init; }

    /// <summary>Gets whether the requirement was met: "Yes" reads as met, "No" as not met.</summary>
    public partial Recorded<RequirementStatus> Status { get; init; }

    /// <summary>Gets the brief explanation of the answer.</summary>
    public partial string? Explanation { get; init; }

    /// <summary>Gets the references the answer rests on, such as interviews.</summary>
    public partial string? References { get; init; }

    /// <summary>Gets the evidence: links or the names of uploaded files.</summary>
    public partial ValueList<Evidence> Evidence { get; init; }

    /// <summary>Gets the requirement this answer is to, when the catalogue has its key.</summary>
    /// <param name="requirement">The requirement.</param>
    /// <returns><see langword="true"/> when <see cref="Requirement"/> is a key of the catalogue.</returns>
    public bool TryGetRequirement(out CoCreationRequirement requirement) => CoCreationRequirements.TryGet(Requirement, out requirement);
}
