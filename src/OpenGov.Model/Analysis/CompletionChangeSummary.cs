namespace OpenGov.Model.Analysis;

/// <summary>
/// How completion changed from the mid-term to the end-of-term assessment, on the progress scale (Not
/// Started, Limited, Substantial, Complete): increased, unchanged, decreased; the commitments where one
/// of the two is Withdrawn, Unclear or No Evidence Available (off the scale); and those where one is
/// missing. The five add up to the group's size.
/// </summary>
[OgpJsonObject]
public sealed partial record CompletionChangeSummary
{
    /// <summary>The shared instance with nothing counted, the default of properties of this type.</summary>
    internal static readonly CompletionChangeSummary Empty = new();

    /// <summary>Gets how many commitments progressed.</summary>
    public partial int Increased { get; init; }

    /// <summary>Gets how many commitments stayed at the same level.</summary>
    public partial int Unchanged { get; init; }

    /// <summary>Gets how many commitments went down a level.</summary>
    public partial int Decreased { get; init; }

    /// <summary>Gets how many commitments have Withdrawn, Unclear or No Evidence Available at one of the two assessments.</summary>
    public partial int OffScale { get; init; }

    /// <summary>Gets how many commitments miss one of the two completions, by the reason of the one that explains more.</summary>
    public partial MissingCounts Missing { get; init; }
}
