namespace OpenGov.Model;

/// <summary>
/// An OGP Local Inception Report: the monitoring body's first assessment of a local action plan, two
/// months after it is submitted. Section 1 answers the co-creation requirements (does a forum exist, is it
/// multi-stakeholder, did it meet civil society, did it endorse the plan); section 3 assesses the design of
/// each commitment. A root document of the JSON format (kind <c>inception-report</c>).
/// </summary>
/// <remarks>
/// Section 1 is a list, not four properties: the requirements are a catalogue that can grow
/// (<see cref="CoCreationRequirements"/>), and a question the catalogue does not know is kept with its number
/// and text. What the evaluator did not answer stays visibly unanswered.
/// </remarks>
[OgpJsonObject(DocumentKind = DocumentKinds.InceptionReport)]
public sealed partial record InceptionReport : OgpDocument
{
    /// <summary>Gets the names of the evaluators, one person or organisation each.</summary>
    public partial ValueList<string> Evaluators { get; init; }

    /// <summary>Gets the evaluators' e-mail address, as the page publishes it.</summary>
    public partial string? EvaluatorEmail { get; init; }

    /// <summary>Gets the member's name as the report gives it, such as <c>Riverside (City), Freedonia</c>.</summary>
    public partial string? MemberName { get; init; }

    /// <summary>Gets the action plan's title.</summary>
    public partial string? ActionPlanTitle { get; init; }

    /// <summary>Gets the answers of section 1, compliance with the co-creation requirements, in the order of the report.</summary>
    public partial ValueList<RequirementAnswer> Requirements { get; init; }

    /// <summary>Gets the answers of section 3, the design of each commitment of the plan, in the order of the report.</summary>
    public partial ValueList<CommitmentDesignAnswer> Commitments { get; init; }
}
