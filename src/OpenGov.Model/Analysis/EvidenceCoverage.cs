namespace OpenGov.Model.Analysis;

/// <summary>How many sub-commitments and milestones of a tracker give evidence (a link or a document) in any update.</summary>
[OgpJsonObject]
public sealed partial record EvidenceCoverage
{
    /// <summary>Gets the number of sub-commitments and milestones.</summary>
    public partial int Items { get; init; }

    /// <summary>Gets how many give evidence.</summary>
    public partial int WithEvidence { get; init; }

    /// <summary>Gets how many are complete in their latest update.</summary>
    public partial int Complete { get; init; }

    /// <summary>Gets how many of the complete ones give evidence.</summary>
    public partial int CompleteWithEvidence { get; init; }
}
