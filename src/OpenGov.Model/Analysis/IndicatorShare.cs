using System.Text.Json.Serialization;

namespace OpenGov.Model.Analysis;

/// <summary>
/// The share of a group's commitments for which a yes/no indicator is yes: <see cref="Numerator"/> ÷
/// <see cref="Denominator"/>, where the denominator counts the commitments the indicator could tell about
/// and <see cref="Excluded"/> says why the others were left out. Numerator ≤ denominator, and denominator
/// plus excluded is the group's size.
/// </summary>
[OgpJsonObject]
public sealed partial record IndicatorShare
{
    /// <summary>Gets the indicator's name, such as <c>high-completion</c>.</summary>
    public partial string Indicator { get; init; }

    /// <summary>Gets how many commitments the indicator says yes for.</summary>
    public partial int Numerator { get; init; }

    /// <summary>Gets how many commitments the indicator could tell about.</summary>
    public partial int Denominator { get; init; }

    /// <summary>
    /// Gets the share, numerator ÷ denominator, in [0, 1]; <see langword="null"/> when the denominator is 0.
    /// Written in JSON for readers of the format; when read, it is computed again from the counts.
    /// </summary>
    [JsonPropertyName("share")]
    public double? Share => Denominator == 0 ? null : (double)Numerator / Denominator;

    /// <summary>Gets how many commitments were left out because the indicator cannot tell, by reason.</summary>
    public partial MissingCounts Excluded { get; init; }
}
