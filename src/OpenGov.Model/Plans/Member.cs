using System.Text.Json.Serialization;

namespace OpenGov.Model.Plans;

/// <summary>An OGP member: a national government, or a local one (a city, state, province or region).</summary>
public sealed record Member : OgpRecord
{
    /// <summary>The shared empty instance, the default of properties of this type.</summary>
    internal static readonly Member Empty = new();

    /// <summary>Gets the member's code, such as <c>ALB</c> or <c>MXJL</c>.</summary>
    [JsonIgnore]
    public MemberCode? Code { get => _code; init => _code = value; }

    [JsonInclude, JsonPropertyName("code")]
    internal MemberCode? _code;

    /// <summary>Gets the member's name; a local member's reads <c>{Locality}, {Country}</c>, such as <c>Mexico State, Mexico</c>.</summary>
    [JsonIgnore]
    public string? Name { get => _name; init => _name = value; }

    [JsonInclude, JsonPropertyName("name")]
    internal string? _name;

    /// <summary>Gets whether the member is national or local.</summary>
    [JsonIgnore]
    public Recorded<MemberKind> Kind { get => _kind; init => _kind = value; }

    [JsonInclude, JsonPropertyName("kind")]
    internal Recorded<MemberKind> _kind;

    /// <summary>Gets the country: the member itself for a national member, the country of a local one.</summary>
    [JsonIgnore]
    public string? Country { get => _country; init => _country = value; }

    [JsonInclude, JsonPropertyName("country")]
    internal string? _country;

    /// <summary>Gets the member's OGP region.</summary>
    [JsonIgnore]
    public Recorded<Region> Region { get => _region; init => _region = value; }

    [JsonInclude, JsonPropertyName("region")]
    internal Recorded<Region> _region;
}
