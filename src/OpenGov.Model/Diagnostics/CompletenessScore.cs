using System.Text.Json.Serialization;

namespace OpenGov.Model.Validation;

/// <summary>How complete an End of Commitment Report is: the required items answered out of the required items.</summary>
[OgpJsonObject]
public sealed partial record CompletenessScore
{
    /// <summary>Gets <see cref="Answered"/> divided by <see cref="Required"/>, from 0 to 1 (1 when nothing is required).</summary>
    [JsonPropertyName("ratio")]
    public double Ratio => Required == 0 ? 1 : (double)Answered / Required;

    /// <summary>Gets how many required items are answered.</summary>
    public partial int Answered { get; init; }

    /// <summary>Gets how many items the report must answer (fewer when a degree of result is Not Applicable, which needs no immediate result).</summary>
    public partial int Required { get; init; }
}
