namespace OpenGov.Model;

/// <summary>The answer to one of questions 2.1.1 to 2.1.3: did the commitment open government for one OGP value?</summary>
[OgpJsonObject]
public sealed partial record OpenGovernmentAnswer : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly OpenGovernmentAnswer Empty = new();

    /// <summary>Gets the immediate results ticked; text that names no known result is kept as unrecognized.</summary>
    public partial ValueList<Recorded<ImmediateResult>> ImmediateResults { get; init; }

    /// <summary>Gets the degree of result, or <see cref="RecordedState.NotApplicable"/> when the commitment did not result in any of the immediate results.</summary>
    public partial Recorded<OpenGovernmentResult> Degree { get; init; }

    /// <summary>Gets the explanation: in narrative form, the impact on people or practice.</summary>
    public partial string? Explanation { get; init; }
}
