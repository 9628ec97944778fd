namespace OpenGov.Model;

/// <summary>An OGP member: a national government, or a local one (a city, state, province or region).</summary>
[OgpJsonObject]
public sealed partial record Member : OgpRecord
{
    /// <summary>The shared empty instance, the default of properties of this type.</summary>
    internal static readonly Member Empty = new();

    /// <summary>Gets the member's code, such as <c>ALB</c> or <c>MXJL</c>.</summary>
    public partial MemberCode? Code { get; init; }

    /// <summary>Gets the member's name; a local member's reads <c>{Locality}, {Country}</c>, such as <c>Mexico State, Mexico</c>.</summary>
    public partial string? Name { get; init; }

    /// <summary>Gets whether the member is national or local.</summary>
    public partial Recorded<MemberKind> Kind { get; init; }

    /// <summary>Gets the country: the member itself for a national member, the country of a local one.</summary>
    public partial string? Country { get; init; }

    /// <summary>Gets the member's OGP region.</summary>
    public partial Recorded<Region> Region { get; init; }
}
