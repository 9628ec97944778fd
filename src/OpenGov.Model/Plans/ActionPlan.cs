using System.Text.Json.Serialization;

namespace OpenGov.Model.Plans;

/// <summary>
/// An action plan: the commitments a member makes with civil society for one to four years. It is
/// also a root document of the JSON format (kind <c>action-plan</c>).
/// </summary>
public sealed record ActionPlan : OgpDocument
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => DocumentKinds.ActionPlan;

    /// <summary>Gets the plan's identifier, such as <c>AP_ALB01</c>.</summary>
    [JsonIgnore]
    public ActionPlanId? Id { get => _id; init => _id = value; }

    [JsonInclude, JsonPropertyName("id")]
    internal ActionPlanId? _id;

    /// <summary>Gets the member whose plan this is.</summary>
    [JsonIgnore]
    public Member? Member { get => _member; init => _member = value; }

    [JsonInclude, JsonPropertyName("member")]
    internal Member? _member;

    /// <summary>Gets the plan's number: 1 for the member's first plan.</summary>
    [JsonIgnore]
    public int? Number { get => _number; init => _number = value; }

    [JsonInclude, JsonPropertyName("number")]
    internal int? _number;

    /// <summary>Gets the title, such as <c>Action plan – Mexico State, Mexico, 2021 – 2022</c>.</summary>
    [JsonIgnore]
    public string? Title { get => _title; init => _title = value; }

    [JsonInclude, JsonPropertyName("title")]
    internal string? _title;

    /// <summary>Gets the year the plan was submitted to OGP.</summary>
    [JsonIgnore]
    public Recorded<int> SubmissionYear { get => _submissionYear; init => _submissionYear = value; }

    [JsonInclude, JsonPropertyName("submissionYear")]
    internal Recorded<int> _submissionYear;

    /// <summary>Gets when the plan starts.</summary>
    [JsonIgnore]
    public Recorded<PartialDate> Start { get => _start; init => _start = value; }

    [JsonInclude, JsonPropertyName("start")]
    internal Recorded<PartialDate> _start;

    /// <summary>Gets when the plan ends.</summary>
    [JsonIgnore]
    public Recorded<PartialDate> End { get => _end; init => _end = value; }

    [JsonInclude, JsonPropertyName("end")]
    internal Recorded<PartialDate> _end;

    /// <summary>Gets the plan's commitments, in the plan's order.</summary>
    [JsonIgnore]
    public ValueList<Commitment> Commitments { get => _commitments; init => _commitments = value ?? ValueList<Commitment>.Empty; }

    [JsonInclude, JsonPropertyName("commitments")]
    internal ValueList<Commitment> _commitments = ValueList<Commitment>.Empty;

    internal override void Normalize()
    {
        base.Normalize();
        _commitments ??= ValueList<Commitment>.Empty;
    }
}
