namespace OpenGov.Model;

/// <summary>The answer to question 1.1: the overall level of progress at the time of the assessment.</summary>
[OgpJsonObject]
public sealed partial record CompletionAnswer : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly CompletionAnswer Empty = new();

    /// <summary>Gets the level chosen.</summary>
    public partial Recorded<CompletionLevel> Level { get; init; }

    /// <summary>Gets the brief explanation of the answer.</summary>
    public partial string? Explanation { get; init; }
}
