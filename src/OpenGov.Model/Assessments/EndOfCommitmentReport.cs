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
    [JsonIgnore]
    public ValueList<string> Evaluators { get => _evaluators; init => _evaluators = value ?? ValueList<string>.Empty; }

    [JsonInclude, JsonPropertyName("evaluators")]
    internal ValueList<string> _evaluators = ValueList<string>.Empty;

    /// <summary>Gets the evaluators' e-mail address, which the form asks for and the page does not always publish.</summary>
    [JsonIgnore]
    public string? EvaluatorEmail { get => _evaluatorEmail; init => _evaluatorEmail = value; }

    [JsonInclude, JsonPropertyName("evaluatorEmail")]
    internal string? _evaluatorEmail;

    /// <summary>Gets the member's name as the report gives it, such as <c>Mexico State, Mexico</c>.</summary>
    [JsonIgnore]
    public string? MemberName { get => _memberName; init => _memberName = value; }

    [JsonInclude, JsonPropertyName("memberName")]
    internal string? _memberName;

    /// <summary>Gets the action plan's title, such as <c>Action plan – Mexico State, Mexico, 2021 – 2022</c>.</summary>
    [JsonIgnore]
    public string? ActionPlanTitle { get => _actionPlanTitle; init => _actionPlanTitle = value; }

    [JsonInclude, JsonPropertyName("actionPlanTitle")]
    internal string? _actionPlanTitle;

    /// <summary>Gets the commitment the report assesses: its title, objective and problem.</summary>
    [JsonIgnore]
    public ReportedCommitment Commitment { get => _commitment; init => _commitment = value ?? ReportedCommitment.Empty; }

    [JsonInclude, JsonPropertyName("commitment")]
    internal ReportedCommitment _commitment = ReportedCommitment.Empty;

    /// <summary>Gets the answer to question 1.1, the overall level of progress.</summary>
    [JsonIgnore]
    public CompletionAnswer Completion { get => _completion; init => _completion = value ?? CompletionAnswer.Empty; }

    [JsonInclude, JsonPropertyName("completion")]
    internal CompletionAnswer _completion = CompletionAnswer.Empty;

    /// <summary>Gets the answer to question 1.2: the external or internal factors that impacted implementation and how they were addressed.</summary>
    [JsonIgnore]
    public string? ImplementationFactors { get => _implementationFactors; init => _implementationFactors = value; }

    [JsonInclude, JsonPropertyName("implementationFactors")]
    internal string? _implementationFactors;

    /// <summary>Gets the answer to question 1.3: was the commitment implemented as originally planned?</summary>
    [JsonIgnore]
    public PlannedImplementationAnswer ImplementedAsPlanned { get => _implementedAsPlanned; init => _implementedAsPlanned = value ?? PlannedImplementationAnswer.Empty; }

    [JsonInclude, JsonPropertyName("implementedAsPlanned")]
    internal PlannedImplementationAnswer _implementedAsPlanned = PlannedImplementationAnswer.Empty;

    /// <summary>Gets the answer to question 2.1.1, on access to information.</summary>
    [JsonIgnore]
    public OpenGovernmentAnswer AccessToInformation { get => _accessToInformation; init => _accessToInformation = value ?? OpenGovernmentAnswer.Empty; }

    [JsonInclude, JsonPropertyName("accessToInformation")]
    internal OpenGovernmentAnswer _accessToInformation = OpenGovernmentAnswer.Empty;

    /// <summary>Gets the answer to question 2.1.2, on civic participation.</summary>
    [JsonIgnore]
    public OpenGovernmentAnswer CivicParticipation { get => _civicParticipation; init => _civicParticipation = value ?? OpenGovernmentAnswer.Empty; }

    [JsonInclude, JsonPropertyName("civicParticipation")]
    internal OpenGovernmentAnswer _civicParticipation = OpenGovernmentAnswer.Empty;

    /// <summary>Gets the answer to question 2.1.3, on public accountability.</summary>
    [JsonIgnore]
    public OpenGovernmentAnswer PublicAccountability { get => _publicAccountability; init => _publicAccountability = value ?? OpenGovernmentAnswer.Empty; }

    [JsonInclude, JsonPropertyName("publicAccountability")]
    internal OpenGovernmentAnswer _publicAccountability = OpenGovernmentAnswer.Empty;

    /// <summary>Gets the answer to question 2.2: did the commitment address the public policy problem?</summary>
    [JsonIgnore]
    public ProblemAddressedAnswer ProblemAddressed { get => _problemAddressed; init => _problemAddressed = value ?? ProblemAddressedAnswer.Empty; }

    [JsonInclude, JsonPropertyName("problemAddressed")]
    internal ProblemAddressedAnswer _problemAddressed = ProblemAddressedAnswer.Empty;

    /// <summary>Gets the answer to question 3: the lessons or reflections on the implementation, one per item.</summary>
    [JsonIgnore]
    public ValueList<string> Lessons { get => _lessons; init => _lessons = value ?? ValueList<string>.Empty; }

    [JsonInclude, JsonPropertyName("lessons")]
    internal ValueList<string> _lessons = ValueList<string>.Empty;

    internal override void Normalize()
    {
        base.Normalize();
        _evaluators ??= ValueList<string>.Empty;
        _commitment ??= ReportedCommitment.Empty;
        _completion ??= CompletionAnswer.Empty;
        _implementedAsPlanned ??= PlannedImplementationAnswer.Empty;
        _accessToInformation ??= OpenGovernmentAnswer.Empty;
        _civicParticipation ??= OpenGovernmentAnswer.Empty;
        _publicAccountability ??= OpenGovernmentAnswer.Empty;
        _problemAddressed ??= ProblemAddressedAnswer.Empty;
        _lessons ??= ValueList<string>.Empty;
    }
}

/// <summary>The commitment an End of Commitment Report assesses, as the report states it.</summary>
public sealed record ReportedCommitment : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly ReportedCommitment Empty = new();

    /// <summary>Gets the commitment's identifier, when the report names it.</summary>
    [JsonIgnore]
    public CommitmentId? Id { get => _id; init => _id = value; }

    [JsonInclude, JsonPropertyName("id")]
    internal CommitmentId? _id;

    /// <summary>Gets the commitment's title.</summary>
    [JsonIgnore]
    public string? Title { get => _title; init => _title = value; }

    [JsonInclude, JsonPropertyName("title")]
    internal string? _title;

    /// <summary>Gets the commitment's objective: what the commitment is.</summary>
    [JsonIgnore]
    public string? Objective { get => _objective; init => _objective = value; }

    [JsonInclude, JsonPropertyName("objective")]
    internal string? _objective;

    /// <summary>Gets the public problem the commitment addresses.</summary>
    [JsonIgnore]
    public string? Problem { get => _problem; init => _problem = value; }

    [JsonInclude, JsonPropertyName("problem")]
    internal string? _problem;
}

/// <summary>The answer to question 1.1: the overall level of progress at the time of the assessment.</summary>
public sealed record CompletionAnswer : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly CompletionAnswer Empty = new();

    /// <summary>Gets the level chosen.</summary>
    [JsonIgnore]
    public Recorded<CompletionLevel> Level { get => _level; init => _level = value; }

    [JsonInclude, JsonPropertyName("level")]
    internal Recorded<CompletionLevel> _level;

    /// <summary>Gets the brief explanation of the answer.</summary>
    [JsonIgnore]
    public string? Explanation { get => _explanation; init => _explanation = value; }

    [JsonInclude, JsonPropertyName("explanation")]
    internal string? _explanation;
}

/// <summary>The answer to question 1.3: was the commitment implemented as originally planned?</summary>
public sealed record PlannedImplementationAnswer : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly PlannedImplementationAnswer Empty = new();

    /// <summary>Gets the option chosen.</summary>
    [JsonIgnore]
    public Recorded<PlannedImplementation> Choice { get => _choice; init => _choice = value; }

    [JsonInclude, JsonPropertyName("choice")]
    internal Recorded<PlannedImplementation> _choice;

    /// <summary>Gets the brief explanation of the answer.</summary>
    [JsonIgnore]
    public string? Explanation { get => _explanation; init => _explanation = value; }

    [JsonInclude, JsonPropertyName("explanation")]
    internal string? _explanation;

    /// <summary>Gets the evidence given for the answer: links or files (up to three files of 10 MB on the form).</summary>
    [JsonIgnore]
    public ValueList<Evidence> Evidence { get => _evidence; init => _evidence = value ?? ValueList<Evidence>.Empty; }

    [JsonInclude, JsonPropertyName("evidence")]
    internal ValueList<Evidence> _evidence = ValueList<Evidence>.Empty;

    internal override void Normalize()
    {
        base.Normalize();
        _evidence ??= ValueList<Evidence>.Empty;
    }
}

/// <summary>A piece of evidence for question 1.3: a link or the name of an uploaded file.</summary>
public sealed record Evidence : OgpRecord
{
    /// <summary>Gets the address of the link or the name of the file.</summary>
    [JsonIgnore]
    public string? Reference { get => _reference; init => _reference = value; }

    [JsonInclude, JsonPropertyName("reference")]
    internal string? _reference;

    /// <summary>Gets what the evidence shows, if the report says.</summary>
    [JsonIgnore]
    public string? Description { get => _description; init => _description = value; }

    [JsonInclude, JsonPropertyName("description")]
    internal string? _description;
}

/// <summary>The answer to one of questions 2.1.1 to 2.1.3: did the commitment open government for one OGP value?</summary>
public sealed record OpenGovernmentAnswer : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly OpenGovernmentAnswer Empty = new();

    /// <summary>Gets the immediate results ticked; text that names no known result is kept as unrecognized.</summary>
    [JsonIgnore]
    public ValueList<Recorded<ImmediateResult>> ImmediateResults { get => _immediateResults; init => _immediateResults = value ?? ValueList<Recorded<ImmediateResult>>.Empty; }

    [JsonInclude, JsonPropertyName("immediateResults")]
    internal ValueList<Recorded<ImmediateResult>> _immediateResults = ValueList<Recorded<ImmediateResult>>.Empty;

    /// <summary>Gets the degree of result, or <see cref="RecordedState.NotApplicable"/> when the commitment did not result in any of the immediate results.</summary>
    [JsonIgnore]
    public Recorded<OpenGovernmentResult> Degree { get => _degree; init => _degree = value; }

    [JsonInclude, JsonPropertyName("degree")]
    internal Recorded<OpenGovernmentResult> _degree;

    /// <summary>Gets the explanation: in narrative form, the impact on people or practice.</summary>
    [JsonIgnore]
    public string? Explanation { get => _explanation; init => _explanation = value; }

    [JsonInclude, JsonPropertyName("explanation")]
    internal string? _explanation;

    internal override void Normalize()
    {
        base.Normalize();
        _immediateResults ??= ValueList<Recorded<ImmediateResult>>.Empty;
    }
}

/// <summary>The answer to question 2.2: did the commitment address the public policy problem it intended to address?</summary>
public sealed record ProblemAddressedAnswer : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly ProblemAddressedAnswer Empty = new();

    /// <summary>Gets the option chosen.</summary>
    [JsonIgnore]
    public Recorded<ProblemAddressed> Choice { get => _choice; init => _choice = value; }

    [JsonInclude, JsonPropertyName("choice")]
    internal Recorded<ProblemAddressed> _choice;

    /// <summary>Gets the brief explanation of the answer.</summary>
    [JsonIgnore]
    public string? Explanation { get => _explanation; init => _explanation = value; }

    [JsonInclude, JsonPropertyName("explanation")]
    internal string? _explanation;
}
