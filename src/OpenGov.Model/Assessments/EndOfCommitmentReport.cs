using System.Text.Json.Serialization;
using OpenGov.Model.Plans;
using OpenGov.Model.Scales;

namespace OpenGov.Model.Assessments;

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
public sealed record EndOfCommitmentReport : OgpDocument
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => DocumentKinds.EndOfCommitmentReport;

    /// <summary>Gets the names of the evaluators, one person or organisation each.</summary>
    public ValueList<string> Evaluators { get; init => field = value ?? ValueList<string>.Empty; } = ValueList<string>.Empty;

    /// <summary>Gets the evaluators' e-mail address, which the form asks for and the page does not always publish.</summary>
    public string? EvaluatorEmail { get; init; }

    /// <summary>Gets the member's name as the report gives it, such as <c>Mexico State, Mexico</c>.</summary>
    public string? MemberName { get; init; }

    /// <summary>Gets the action plan's title, such as <c>Action plan – Mexico State, Mexico, 2021 – 2022</c>.</summary>
    public string? ActionPlanTitle { get; init; }

    /// <summary>Gets the commitment the report assesses: its title, objective and problem.</summary>
    public ReportedCommitment Commitment { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the answer to question 1.1, the overall level of progress.</summary>
    public CompletionAnswer Completion { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the answer to question 1.2: the external or internal factors that impacted implementation and how they were addressed.</summary>
    public string? ImplementationFactors { get; init; }

    /// <summary>Gets the answer to question 1.3: was the commitment implemented as originally planned?</summary>
    public PlannedImplementationAnswer ImplementedAsPlanned { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the answer to question 2.1.1, on access to information.</summary>
    public OpenGovernmentAnswer AccessToInformation { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the answer to question 2.1.2, on civic participation.</summary>
    public OpenGovernmentAnswer CivicParticipation { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the answer to question 2.1.3, on public accountability.</summary>
    public OpenGovernmentAnswer PublicAccountability { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the answer to question 2.2: did the commitment address the public policy problem?</summary>
    public ProblemAddressedAnswer ProblemAddressed { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the answer to question 3: the lessons or reflections on the implementation, one per item.</summary>
    public ValueList<string> Lessons { get; init => field = value ?? ValueList<string>.Empty; } = ValueList<string>.Empty;
}

/// <summary>The commitment an End of Commitment Report assesses, as the report states it.</summary>
public sealed record ReportedCommitment : OgpRecord
{
    /// <summary>Gets the commitment's identifier, when the report names it.</summary>
    public CommitmentId? Id { get; init; }

    /// <summary>Gets the commitment's title.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the commitment's objective: what the commitment is.</summary>
    public string? Objective { get; init; }

    /// <summary>Gets the public problem the commitment addresses.</summary>
    public string? Problem { get; init; }
}

/// <summary>The answer to question 1.1: the overall level of progress at the time of the assessment.</summary>
public sealed record CompletionAnswer : OgpRecord
{
    /// <summary>Gets the level chosen.</summary>
    public Recorded<CompletionLevel> Level { get; init; }

    /// <summary>Gets the brief explanation of the answer.</summary>
    public string? Explanation { get; init; }
}

/// <summary>The answer to question 1.3: was the commitment implemented as originally planned?</summary>
public sealed record PlannedImplementationAnswer : OgpRecord
{
    /// <summary>Gets the option chosen.</summary>
    public Recorded<PlannedImplementation> Choice { get; init; }

    /// <summary>Gets the brief explanation of the answer.</summary>
    public string? Explanation { get; init; }

    /// <summary>Gets the evidence given for the answer: links or files (up to three files of 10 MB on the form).</summary>
    public ValueList<Evidence> Evidence { get; init => field = value ?? ValueList<Evidence>.Empty; } = ValueList<Evidence>.Empty;
}

/// <summary>A piece of evidence for question 1.3: a link or the name of an uploaded file.</summary>
public sealed record Evidence : OgpRecord
{
    /// <summary>Gets the address of the link or the name of the file.</summary>
    public string? Reference { get; init; }

    /// <summary>Gets what the evidence shows, if the report says.</summary>
    public string? Description { get; init; }
}

/// <summary>The answer to one of questions 2.1.1 to 2.1.3: did the commitment open government for one OGP value?</summary>
public sealed record OpenGovernmentAnswer : OgpRecord
{
    /// <summary>Gets the immediate results ticked; text that names no known result is kept as unrecognized.</summary>
    public ValueList<Recorded<ImmediateResult>> ImmediateResults { get; init => field = value ?? ValueList<Recorded<ImmediateResult>>.Empty; } = ValueList<Recorded<ImmediateResult>>.Empty;

    /// <summary>Gets the degree of result, or <see cref="RecordedState.NotApplicable"/> when the commitment did not result in any of the immediate results.</summary>
    public Recorded<OpenGovernmentResult> Degree { get; init; }

    /// <summary>Gets the explanation: in narrative form, the impact on people or practice.</summary>
    public string? Explanation { get; init; }
}

/// <summary>The answer to question 2.2: did the commitment address the public policy problem it intended to address?</summary>
public sealed record ProblemAddressedAnswer : OgpRecord
{
    /// <summary>Gets the option chosen.</summary>
    public Recorded<ProblemAddressed> Choice { get; init; }

    /// <summary>Gets the brief explanation of the answer.</summary>
    public string? Explanation { get; init; }
}
