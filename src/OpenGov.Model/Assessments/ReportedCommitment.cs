namespace OpenGov.Model;

/// <summary>The commitment an End of Commitment Report assesses, as the report states it.</summary>
[OgpJsonObject]
public sealed partial record ReportedCommitment : OgpRecord
{
    /// <summary>The shared instance with nothing answered, the default of properties of this type.</summary>
    internal static readonly ReportedCommitment Empty = new();

    /// <summary>Gets the commitment's identifier, when the report names it.</summary>
    public partial CommitmentId? Id { get; init; }

    /// <summary>Gets the commitment's title.</summary>
    public partial string? Title { get; init; }

    /// <summary>
    /// Gets the commitment's short title, when the report gives one besides <see cref="Title"/>: a page whose heading
    /// names the commitment otherwise than its title block does keeps both.
    /// </summary>
    public partial string? ShortTitle { get; init; }

    /// <summary>Gets the commitment's objective: what the commitment is.</summary>
    public partial string? Objective { get; init; }

    /// <summary>Gets the public problem the commitment addresses.</summary>
    public partial string? Problem { get; init; }
}
