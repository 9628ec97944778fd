namespace OpenGov.Model;

/// <summary>
/// An OGP Local End of Commitment Report: the monitoring body's assessment of one commitment after it
/// ends, as published on the OGP website. It is also a root document of the JSON format
/// (kind <c>end-of-commitment-report</c>).
/// </summary>
/// <remarks>
/// Every question of the form has its property; what the evaluator did not answer stays visibly
/// unanswered (<see langword="null"/> texts, <see cref="RecordedState.NotAnswered"/> choices, empty lists).
/// Form: <see href="https://www.opengovpartnership.org/ogp-local-end-of-commitment-assessment-form"/>.
/// </remarks>
[OgpJsonObject(DocumentKind = DocumentKinds.EndOfCommitmentReport)]
public sealed partial record EndOfCommitmentReport : OgpDocument
{
    /// <summary>Gets the names of the evaluators, one person or organisation each.</summary>
    public partial ValueList<string> Evaluators { get; init; }

    /// <summary>Gets the evaluators' e-mail address, which the form asks for and the page does not always publish.</summary>
    public partial string? EvaluatorEmail { get; init; }

    /// <summary>Gets the member's name as the report gives it, such as <c>Mexico State, Mexico</c>.</summary>
    public partial string? MemberName { get; init; }

    /// <summary>Gets the action plan's title, such as <c>Action plan – Mexico State, Mexico, 2021 – 2022</c>.</summary>
    public partial string? ActionPlanTitle { get; init; }

    /// <summary>Gets the commitment the report assesses: its title, objective and problem.</summary>
    public partial ReportedCommitment Commitment { get; init; }

    /// <summary>Gets the answer to question 1.1, the overall level of progress.</summary>
    public partial CompletionAnswer Completion { get; init; }

    /// <summary>Gets the answer to question 1.2: the external or internal factors that impacted implementation and how they were addressed.</summary>
    public partial string? ImplementationFactors { get; init; }

    /// <summary>Gets the answer to question 1.3: was the commitment implemented as originally planned?</summary>
    public partial PlannedImplementationAnswer ImplementedAsPlanned { get; init; }

    /// <summary>Gets the answer to question 2.1.1, on access to information.</summary>
    public partial OpenGovernmentAnswer AccessToInformation { get; init; }

    /// <summary>Gets the answer to question 2.1.2, on civic participation.</summary>
    public partial OpenGovernmentAnswer CivicParticipation { get; init; }

    /// <summary>Gets the answer to question 2.1.3, on public accountability.</summary>
    public partial OpenGovernmentAnswer PublicAccountability { get; init; }

    /// <summary>Gets the answer to question 2.2: did the commitment address the public policy problem?</summary>
    public partial ProblemAddressedAnswer ProblemAddressed { get; init; }

    /// <summary>Gets the answer to question 3: the lessons or reflections on the implementation, one per item.</summary>
    public partial ValueList<string> Lessons { get; init; }
}
