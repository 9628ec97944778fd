namespace OpenGov.Model;

/// <summary>A commitment of the plan in an IRM Results Report: its identity, its cluster, and its results.</summary>
[OgpJsonObject]
public sealed partial record CommitmentResult : OgpRecord
{
    /// <summary>Gets the commitment's identifier.</summary>
    public partial CommitmentId? Id { get; init; }

    /// <summary>Gets the commitment's number in the plan.</summary>
    public partial string? Number { get; init; }

    /// <summary>Gets the commitment's title.</summary>
    public partial string? Title { get; init; }

    /// <summary>Gets the name of the cluster the commitment belongs to, one of the report's <see cref="ResultsReport.Clusters"/>.</summary>
    public partial string? Cluster { get; init; }

    /// <summary>Gets the commitment's results; its completion is given for every commitment.</summary>
    public partial ResultAssessment Results { get; init; }
}
