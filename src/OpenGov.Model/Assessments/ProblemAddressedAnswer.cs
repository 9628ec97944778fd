namespace OpenGov.Model;

/// <summary>The answer to question 2.2: did the commitment address the public policy problem it intended to address?</summary>
[OgpJsonObject]
public sealed partial record ProblemAddressedAnswer : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly ProblemAddressedAnswer Empty = new();

    /// <summary>Gets the option chosen.</summary>
    public partial Recorded<ProblemAddressed> Choice { get; init; }

    /// <summary>Gets the brief explanation of the answer.</summary>
    public partial string? Explanation { get; init; }
}
