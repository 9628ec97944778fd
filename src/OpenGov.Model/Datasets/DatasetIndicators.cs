namespace OpenGov.Model;

/// <summary>The indicator columns the IRM commitment dataset derives from its assessments, as recorded in the dataset (not recomputed): high completion, high ambition, the IRM-based score and the bookkeeping columns beside them.</summary>
[OgpJsonObject]
public sealed partial record DatasetIndicators : OgpRecord
{
    /// <summary>The shared instance with nothing recorded, the default of properties of this type.</summary>
    internal static readonly DatasetIndicators Empty = new();

    /// <summary>Gets the "Commitment Dummy" column: 1 on every commitment row.</summary>
    public partial Recorded<int> CommitmentDummy { get; init; }

    /// <summary>Gets "Most Recently Assessed": whether this is the commitment's latest assessment.</summary>
    public partial Recorded<bool> MostRecentlyAssessed { get; init; }

    /// <summary>Gets "Star - Most Recently Assessed".</summary>
    public partial Recorded<bool> StarMostRecentlyAssessed { get; init; }

    /// <summary>Gets "IRM Assessed": whether the IRM has assessed the commitment.</summary>
    public partial Recorded<bool> IrmAssessed { get; init; }

    /// <summary>Gets "Updated? (Website)": 0, or the date the commitment's web page was updated, as written.</summary>
    public partial Recorded<string> UpdatedOnWebsite { get; init; }

    /// <summary>Gets "Active Commitment".</summary>
    public partial Recorded<bool> ActiveCommitment { get; init; }

    /// <summary>Gets "Max star": whether the commitment was starred in any assessment.</summary>
    public partial Recorded<bool> MaxStar { get; init; }

    /// <summary>Gets "Ambition Assessed".</summary>
    public partial Recorded<bool> AmbitionAssessed { get; init; }

    /// <summary>Gets "Comp Assessed".</summary>
    public partial Recorded<bool> CompletionAssessed { get; init; }

    /// <summary>Gets "DIOG Assessed".</summary>
    public partial Recorded<bool> OpenGovernmentAssessed { get; init; }

    /// <summary>Gets "Midterm Only": whether only a mid-term assessment exists.</summary>
    public partial Recorded<bool> MidtermOnly { get; init; }

    /// <summary>Gets "Max Completion": the highest completion recorded, from 0 (not started) to 3 (complete).</summary>
    public partial Recorded<int> MaxCompletion { get; init; }

    /// <summary>Gets "Raw Completion": the latest completion as its dataset code.</summary>
    public partial Recorded<int> RawCompletion { get; init; }

    /// <summary>Gets "High Completion": completion Substantial or Complete.</summary>
    public partial Recorded<bool> HighCompletion { get; init; }

    /// <summary>Gets "High Ambition": potential impact Moderate or Transformative, or potential for results Substantial.</summary>
    public partial Recorded<bool> HighAmbition { get; init; }

    /// <summary>Gets "High DIOG": "Did it Open Government?" Major or Outstanding.</summary>
    public partial Recorded<bool> HighOpenGovernment { get; init; }

    /// <summary>Gets "Ambitious and complete, or DIOG".</summary>
    public partial Recorded<bool> AmbitiousAndCompleteOrOpenedGovernment { get; init; }

    /// <summary>Gets "Ambitious but not complete".</summary>
    public partial Recorded<bool> AmbitiousButNotComplete { get; init; }

    /// <summary>Gets "Complete but not ambitious".</summary>
    public partial Recorded<bool> CompleteButNotAmbitious { get; init; }

    /// <summary>Gets "Not complete or ambitious".</summary>
    public partial Recorded<bool> NotCompleteOrAmbitious { get; init; }

    /// <summary>Gets "Not reviewed": 1 when the IRM has not reviewed the commitment.</summary>
    public partial Recorded<bool> NotReviewed { get; init; }

    /// <summary>Gets "CHECKSUM": the dataset's own check of its indicator columns.</summary>
    public partial Recorded<int> Checksum { get; init; }

    /// <summary>Gets "IRM-Based Score": 4 ambitious and complete or strong results, 3 ambitious but not complete, 2 complete but not ambitious, 1 neither, -1 not reviewed.</summary>
    public partial Recorded<int> IrmBasedScore { get; init; }

    /// <summary>Gets "Binding constraint": what keeps the commitment from a higher score, such as PotImp, Cmpl, Spec, Rel, STAR or FALSE.</summary>
    public partial Recorded<string> BindingConstraint { get; init; }

    /// <summary>Gets "Latest IRM Report": the year of the latest IRM report on the commitment.</summary>
    public partial Recorded<int> LatestIrmReport { get; init; }

    /// <summary>Gets "Subnational in NAPs": a subnational commitment in a national action plan.</summary>
    public partial Recorded<bool> SubnationalInNationalPlans { get; init; }

    /// <summary>Gets the "id" column: the row's identifier in the source spreadsheet.</summary>
    public partial Recorded<int> RowId { get; init; }
}
