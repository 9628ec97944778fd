namespace OpenGov.Model;

/// <summary>A commitment of a <see cref="SelfAssessmentReport"/>, as the government describes and assesses it.</summary>
[OgpJsonObject]
public sealed partial record SelfAssessedCommitment : OgpRecord
{
    /// <summary>Gets the commitment's identifier.</summary>
    public partial CommitmentId? Id { get; init; }

    /// <summary>Gets the commitment's number in the plan.</summary>
    public partial string? Number { get; init; }

    /// <summary>Gets the commitment's title.</summary>
    public partial string? Title { get; init; }

    /// <summary>Gets when the commitment starts.</summary>
    public partial Recorded<PartialDate> Start { get; init; }

    /// <summary>Gets when the commitment ends.</summary>
    public partial Recorded<PartialDate> End { get; init; }

    /// <summary>Gets the agency that leads it.</summary>
    public partial string? LeadAgency { get; init; }

    /// <summary>Gets the problem the commitment addresses.</summary>
    public partial string? Problem { get; init; }

    /// <summary>Gets what the commitment is: its description and expected results.</summary>
    public partial string? Description { get; init; }

    /// <summary>Gets how the government relates the commitment to the OGP values.</summary>
    public partial string? Relevance { get; init; }

    /// <summary>Gets further information: budget, links to other programmes or to the Sustainable Development Goals.</summary>
    public partial string? FurtherInformation { get; init; }

    /// <summary>Gets the completion the government reports, on the IRM's scale.</summary>
    public partial Recorded<CompletionLevel> Completion { get; init; }

    /// <summary>Gets the description of the results.</summary>
    public partial string? Results { get; init; }

    /// <summary>Gets the next steps.</summary>
    public partial string? NextSteps { get; init; }

    /// <summary>Gets the milestones, each with its dates and completion.</summary>
    public partial ValueList<Milestone> Milestones { get; init; }
}
