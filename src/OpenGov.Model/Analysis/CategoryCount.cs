namespace OpenGov.Model.Analysis;

/// <summary>How many items hold one value of a scale.</summary>
[OgpJsonObject]
public sealed partial record CategoryCount
{
    /// <summary>Gets the value's token, such as <c>substantial</c> or, for the IRM-based score, <c>4</c>.</summary>
    public partial string Token { get; init; }

    /// <summary>Gets the value's label, such as <c>Substantial</c>.</summary>
    public partial string Label { get; init; }

    /// <summary>Gets how many items hold the value.</summary>
    public partial int Count { get; init; }
}
