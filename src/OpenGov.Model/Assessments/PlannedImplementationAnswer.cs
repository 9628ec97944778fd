namespace OpenGov.Model;

/// <summary>The answer to question 1.3: was the commitment implemented as originally planned?</summary>
[OgpJsonObject]
public sealed partial record PlannedImplementationAnswer : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly PlannedImplementationAnswer Empty = new();

    /// <summary>Gets the option chosen.</summary>
    public partial Recorded<PlannedImplementation> Choice { get; init; }

    /// <summary>Gets the brief explanation of the answer.</summary>
    public partial string? Explanation { get; init; }

    /// <summary>Gets the evidence given for the answer: links or files (up to three files of 10 MB on the form).</summary>
    public partial ValueList<Evidence> Evidence { get; init; }
}
