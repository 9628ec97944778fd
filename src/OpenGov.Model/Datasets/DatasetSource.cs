using System.Text.Json.Serialization;
using NodaTime;

namespace OpenGov.Model.Datasets;

/// <summary>Where a commitment dataset comes from.</summary>
public sealed record DatasetSource : OgpRecord
{
    /// <summary>The shared instance with nothing recorded, the default of properties of this type.</summary>
    internal static readonly DatasetSource Empty = new();

    /// <summary>Gets a title of the source, such as <c>IRM commitment dataset, open parliament extract</c>.</summary>
    [JsonIgnore]
    public string? Title { get => _title; init => _title = value; }

    [JsonInclude, JsonPropertyName("title")]
    internal string? _title;

    /// <summary>Gets the address the data was retrieved from.</summary>
    [JsonIgnore]
    public string? Url { get => _url; init => _url = value; }

    [JsonInclude, JsonPropertyName("url")]
    internal string? _url;

    /// <summary>Gets who publishes the data, such as <c>Open Government Partnership</c>.</summary>
    [JsonIgnore]
    public string? Publisher { get => _publisher; init => _publisher = value; }

    [JsonInclude, JsonPropertyName("publisher")]
    internal string? _publisher;

    /// <summary>Gets the day the data was retrieved.</summary>
    [JsonIgnore]
    public LocalDate? RetrievedOn { get => _retrievedOn; init => _retrievedOn = value; }

    [JsonInclude, JsonPropertyName("retrievedOn")]
    internal LocalDate? _retrievedOn;
}
