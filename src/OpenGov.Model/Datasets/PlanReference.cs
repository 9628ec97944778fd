using System.Text.Json.Serialization;
using OpenGov.Model.Plans;

namespace OpenGov.Model.Datasets;

/// <summary>The action plan a dataset row belongs to, as the IRM commitment dataset records it.</summary>
public sealed record PlanReference : OgpRecord
{
    /// <summary>The shared instance with nothing recorded, the default of properties of this type.</summary>
    internal static readonly PlanReference Empty = new();

    /// <summary>Gets the plan's identifier, such as <c>AP_ALB01</c> ("Action Plan ID").</summary>
    [JsonIgnore]
    public ActionPlanId? Id { get => _id; init => _id = value; }

    [JsonInclude, JsonPropertyName("id")]
    internal ActionPlanId? _id;

    /// <summary>Gets the plan's number: 1 for the member's first plan ("Action Plan Number").</summary>
    [JsonIgnore]
    public Recorded<int> Number { get => _number; init => _number = value; }

    [JsonInclude, JsonPropertyName("number")]
    internal Recorded<int> _number;

    /// <summary>Gets the year the plan was submitted ("Year Of Submission").</summary>
    [JsonIgnore]
    public Recorded<int> SubmissionYear { get => _submissionYear; init => _submissionYear = value; }

    [JsonInclude, JsonPropertyName("submissionYear")]
    internal Recorded<int> _submissionYear;

    /// <summary>Gets the year the plan ends ("Action Plan End Year").</summary>
    [JsonIgnore]
    public Recorded<int> EndYear { get => _endYear; init => _endYear = value; }

    [JsonInclude, JsonPropertyName("endYear")]
    internal Recorded<int> _endYear;

    /// <summary>Gets the plan's length in years ("Action Plan Duration (Years)").</summary>
    [JsonIgnore]
    public Recorded<int> DurationYears { get => _durationYears; init => _durationYears = value; }

    [JsonInclude, JsonPropertyName("durationYears")]
    internal Recorded<int> _durationYears;
}
