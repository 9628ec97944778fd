using OpenGov.Model.Scales;
using System.Text.Json.Serialization;

namespace OpenGov.Model.Plans;

/// <summary>A milestone of a commitment: an activity with a verifiable deliverable, a start and an end.</summary>
public sealed record Milestone : OgpRecord
{
    /// <summary>Gets what the milestone does.</summary>
    [JsonIgnore]
    public string? Description { get => _description; init => _description = value; }

    [JsonInclude, JsonPropertyName("description")]
    internal string? _description;

    /// <summary>Gets the verifiable deliverable of the milestone.</summary>
    [JsonIgnore]
    public string? Deliverable { get => _deliverable; init => _deliverable = value; }

    [JsonInclude, JsonPropertyName("deliverable")]
    internal string? _deliverable;

    /// <summary>Gets when the milestone starts.</summary>
    [JsonIgnore]
    public Recorded<PartialDate> Start { get => _start; init => _start = value; }

    [JsonInclude, JsonPropertyName("start")]
    internal Recorded<PartialDate> _start;

    /// <summary>Gets when the milestone ends.</summary>
    [JsonIgnore]
    public Recorded<PartialDate> End { get => _end; init => _end = value; }

    [JsonInclude, JsonPropertyName("end")]
    internal Recorded<PartialDate> _end;

    /// <summary>Gets how complete the milestone is.</summary>
    [JsonIgnore]
    public Recorded<CompletionLevel> Completion { get => _completion; init => _completion = value; }

    [JsonInclude, JsonPropertyName("completion")]
    internal Recorded<CompletionLevel> _completion;
}
