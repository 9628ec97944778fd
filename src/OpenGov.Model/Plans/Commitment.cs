using OpenGov.Model.Assessments;
using System.Text.Json.Serialization;

namespace OpenGov.Model.Plans;

/// <summary>
/// A commitment: one reform inside an action plan, as the OGP commitment template and the IRM
/// commitment dataset describe it, with its milestones and its IRM assessment.
/// </summary>
public sealed record Commitment : OgpRecord
{
    /// <summary>The shared empty instance, the default of properties of this type.</summary>
    internal static readonly Commitment Empty = new();

    /// <summary>Gets the commitment's unique identifier, such as <c>AL0002</c>.</summary>
    [JsonIgnore]
    public CommitmentId? Id { get => _id; init => _id = value; }

    [JsonInclude, JsonPropertyName("id")]
    internal CommitmentId? _id;

    /// <summary>
    /// Gets the commitment's number inside its plan, as the plan writes it: usually 1, 2, 3…, but
    /// plans also number 2.6, 3.2.5, B.1.A or SC17.
    /// </summary>
    [JsonIgnore]
    public string? Number { get => _number; init => _number = value; }

    [JsonInclude, JsonPropertyName("number")]
    internal string? _number;

    /// <summary>Gets the title.</summary>
    [JsonIgnore]
    public string? Title { get => _title; init => _title = value; }

    [JsonInclude, JsonPropertyName("title")]
    internal string? _title;

    /// <summary>Gets the short title the IRM uses.</summary>
    [JsonIgnore]
    public string? ShortTitle { get => _shortTitle; init => _shortTitle = value; }

    [JsonInclude, JsonPropertyName("shortTitle")]
    internal string? _shortTitle;

    /// <summary>Gets the theme the plan files the commitment under, as written (case varies).</summary>
    [JsonIgnore]
    public string? Theme { get => _theme; init => _theme = value; }

    [JsonInclude, JsonPropertyName("theme")]
    internal string? _theme;

    /// <summary>Gets the full text of the commitment as the plan writes it; often several paragraphs.</summary>
    [JsonIgnore]
    public string? FullText { get => _fullText; init => _fullText = value; }

    [JsonInclude, JsonPropertyName("fullText")]
    internal string? _fullText;

    /// <summary>Gets the answer to "What is the public problem that the commitment will address?"</summary>
    [JsonIgnore]
    public string? Problem { get => _problem; init => _problem = value; }

    [JsonInclude, JsonPropertyName("problem")]
    internal string? _problem;

    /// <summary>Gets the answer to "What is the commitment?": its objective and description.</summary>
    [JsonIgnore]
    public string? Objective { get => _objective; init => _objective = value; }

    [JsonInclude, JsonPropertyName("objective")]
    internal string? _objective;

    /// <summary>Gets the answer to "How will the commitment contribute to solve the public problem?"</summary>
    [JsonIgnore]
    public string? Contribution { get => _contribution; init => _contribution = value; }

    [JsonInclude, JsonPropertyName("contribution")]
    internal string? _contribution;

    /// <summary>Gets the institution that leads the commitment.</summary>
    [JsonIgnore]
    public string? LeadInstitution { get => _leadInstitution; init => _leadInstitution = value; }

    [JsonInclude, JsonPropertyName("leadInstitution")]
    internal string? _leadInstitution;

    /// <summary>Gets the supporting institutions, as written: government, civil society or private sector.</summary>
    [JsonIgnore]
    public string? SupportingInstitutions { get => _supportingInstitutions; init => _supportingInstitutions = value; }

    [JsonInclude, JsonPropertyName("supportingInstitutions")]
    internal string? _supportingInstitutions;

    /// <summary>Gets when the commitment starts.</summary>
    [JsonIgnore]
    public Recorded<PartialDate> Start { get => _start; init => _start = value; }

    [JsonInclude, JsonPropertyName("start")]
    internal Recorded<PartialDate> _start;

    /// <summary>Gets when the commitment ends.</summary>
    [JsonIgnore]
    public Recorded<PartialDate> End { get => _end; init => _end = value; }

    [JsonInclude, JsonPropertyName("end")]
    internal Recorded<PartialDate> _end;

    /// <summary>
    /// Gets the policy areas with their recorded tag: <see langword="true"/> when the commitment is
    /// tagged with the area, <see langword="false"/> when it is not, or a missing kind (the dataset's
    /// <c>ND</c> for an area that did not exist yet). An area absent from the dictionary was not recorded.
    /// </summary>
    [JsonIgnore]
    public ValueDictionary<PolicyArea, Recorded<bool>> PolicyAreas { get => _policyAreas; init => _policyAreas = value ?? ValueDictionary<PolicyArea, Recorded<bool>>.Empty; }

    [JsonInclude, JsonPropertyName("policyAreas")]
    internal ValueDictionary<PolicyArea, Recorded<bool>> _policyAreas = ValueDictionary<PolicyArea, Recorded<bool>>.Empty;

    /// <summary>Gets the milestones, in order.</summary>
    [JsonIgnore]
    public ValueList<Milestone> Milestones { get => _milestones; init => _milestones = value ?? ValueList<Milestone>.Empty; }

    [JsonInclude, JsonPropertyName("milestones")]
    internal ValueList<Milestone> _milestones = ValueList<Milestone>.Empty;

    /// <summary>Gets the IRM's assessment of the commitment, if there is one.</summary>
    [JsonIgnore]
    public IrmAssessment? Assessment { get => _assessment; init => _assessment = value; }

    [JsonInclude, JsonPropertyName("assessment")]
    internal IrmAssessment? _assessment;

    /// <summary>Gets the address of the commitment's page on the OGP website.</summary>
    [JsonIgnore]
    public string? Url { get => _url; init => _url = value; }

    [JsonInclude, JsonPropertyName("url")]
    internal string? _url;

    internal override void Normalize()
    {
        base.Normalize();
        _policyAreas ??= ValueDictionary<PolicyArea, Recorded<bool>>.Empty;
        _milestones ??= ValueList<Milestone>.Empty;
    }
}
