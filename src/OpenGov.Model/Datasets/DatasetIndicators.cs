using System.Text.Json.Serialization;

namespace OpenGov.Model.Datasets;

/// <summary>The indicator columns the IRM commitment dataset derives from its assessments, as recorded in the dataset (not recomputed): high completion, high ambition, the IRM-based score and the bookkeeping columns beside them.</summary>
public sealed record DatasetIndicators : OgpRecord
{
    /// <summary>The shared instance with nothing recorded, the default of properties of this type.</summary>
    internal static readonly DatasetIndicators Empty = new();

    /// <summary>Gets the "Commitment Dummy" column: 1 on every commitment row.</summary>
    [JsonIgnore]
    public Recorded<int> CommitmentDummy { get => _commitmentDummy; init => _commitmentDummy = value; }

    [JsonInclude, JsonPropertyName("commitmentDummy")]
    internal Recorded<int> _commitmentDummy;

    /// <summary>Gets "Most Recently Assessed": whether this is the commitment's latest assessment.</summary>
    [JsonIgnore]
    public Recorded<bool> MostRecentlyAssessed { get => _mostRecentlyAssessed; init => _mostRecentlyAssessed = value; }

    [JsonInclude, JsonPropertyName("mostRecentlyAssessed")]
    internal Recorded<bool> _mostRecentlyAssessed;

    /// <summary>Gets "Star - Most Recently Assessed".</summary>
    [JsonIgnore]
    public Recorded<bool> StarMostRecentlyAssessed { get => _starMostRecentlyAssessed; init => _starMostRecentlyAssessed = value; }

    [JsonInclude, JsonPropertyName("starMostRecentlyAssessed")]
    internal Recorded<bool> _starMostRecentlyAssessed;

    /// <summary>Gets "IRM Assessed": whether the IRM has assessed the commitment.</summary>
    [JsonIgnore]
    public Recorded<bool> IrmAssessed { get => _irmAssessed; init => _irmAssessed = value; }

    [JsonInclude, JsonPropertyName("irmAssessed")]
    internal Recorded<bool> _irmAssessed;

    /// <summary>Gets "Updated? (Website)": 0, or the date the commitment's web page was updated, as written.</summary>
    [JsonIgnore]
    public Recorded<string> UpdatedOnWebsite { get => _updatedOnWebsite; init => _updatedOnWebsite = value; }

    [JsonInclude, JsonPropertyName("updatedOnWebsite")]
    internal Recorded<string> _updatedOnWebsite;

    /// <summary>Gets "Active Commitment".</summary>
    [JsonIgnore]
    public Recorded<bool> ActiveCommitment { get => _activeCommitment; init => _activeCommitment = value; }

    [JsonInclude, JsonPropertyName("activeCommitment")]
    internal Recorded<bool> _activeCommitment;

    /// <summary>Gets "Max star": whether the commitment was starred in any assessment.</summary>
    [JsonIgnore]
    public Recorded<bool> MaxStar { get => _maxStar; init => _maxStar = value; }

    [JsonInclude, JsonPropertyName("maxStar")]
    internal Recorded<bool> _maxStar;

    /// <summary>Gets "Ambition Assessed".</summary>
    [JsonIgnore]
    public Recorded<bool> AmbitionAssessed { get => _ambitionAssessed; init => _ambitionAssessed = value; }

    [JsonInclude, JsonPropertyName("ambitionAssessed")]
    internal Recorded<bool> _ambitionAssessed;

    /// <summary>Gets "Comp Assessed".</summary>
    [JsonIgnore]
    public Recorded<bool> CompletionAssessed { get => _completionAssessed; init => _completionAssessed = value; }

    [JsonInclude, JsonPropertyName("completionAssessed")]
    internal Recorded<bool> _completionAssessed;

    /// <summary>Gets "DIOG Assessed".</summary>
    [JsonIgnore]
    public Recorded<bool> OpenGovernmentAssessed { get => _openGovernmentAssessed; init => _openGovernmentAssessed = value; }

    [JsonInclude, JsonPropertyName("openGovernmentAssessed")]
    internal Recorded<bool> _openGovernmentAssessed;

    /// <summary>Gets "Midterm Only": whether only a mid-term assessment exists.</summary>
    [JsonIgnore]
    public Recorded<bool> MidtermOnly { get => _midtermOnly; init => _midtermOnly = value; }

    [JsonInclude, JsonPropertyName("midtermOnly")]
    internal Recorded<bool> _midtermOnly;

    /// <summary>Gets "Max Completion": the highest completion recorded, from 0 (not started) to 3 (complete).</summary>
    [JsonIgnore]
    public Recorded<int> MaxCompletion { get => _maxCompletion; init => _maxCompletion = value; }

    [JsonInclude, JsonPropertyName("maxCompletion")]
    internal Recorded<int> _maxCompletion;

    /// <summary>Gets "Raw Completion": the latest completion as its dataset code.</summary>
    [JsonIgnore]
    public Recorded<int> RawCompletion { get => _rawCompletion; init => _rawCompletion = value; }

    [JsonInclude, JsonPropertyName("rawCompletion")]
    internal Recorded<int> _rawCompletion;

    /// <summary>Gets "High Completion": completion Substantial or Complete.</summary>
    [JsonIgnore]
    public Recorded<bool> HighCompletion { get => _highCompletion; init => _highCompletion = value; }

    [JsonInclude, JsonPropertyName("highCompletion")]
    internal Recorded<bool> _highCompletion;

    /// <summary>Gets "High Ambition": potential impact Moderate or Transformative, or potential for results Substantial.</summary>
    [JsonIgnore]
    public Recorded<bool> HighAmbition { get => _highAmbition; init => _highAmbition = value; }

    [JsonInclude, JsonPropertyName("highAmbition")]
    internal Recorded<bool> _highAmbition;

    /// <summary>Gets "High DIOG": "Did it Open Government?" Major or Outstanding.</summary>
    [JsonIgnore]
    public Recorded<bool> HighOpenGovernment { get => _highOpenGovernment; init => _highOpenGovernment = value; }

    [JsonInclude, JsonPropertyName("highOpenGovernment")]
    internal Recorded<bool> _highOpenGovernment;

    /// <summary>Gets "Ambitious and complete, or DIOG".</summary>
    [JsonIgnore]
    public Recorded<bool> AmbitiousAndCompleteOrOpenedGovernment { get => _ambitiousAndCompleteOrOpenedGovernment; init => _ambitiousAndCompleteOrOpenedGovernment = value; }

    [JsonInclude, JsonPropertyName("ambitiousAndCompleteOrOpenedGovernment")]
    internal Recorded<bool> _ambitiousAndCompleteOrOpenedGovernment;

    /// <summary>Gets "Ambitious but not complete".</summary>
    [JsonIgnore]
    public Recorded<bool> AmbitiousButNotComplete { get => _ambitiousButNotComplete; init => _ambitiousButNotComplete = value; }

    [JsonInclude, JsonPropertyName("ambitiousButNotComplete")]
    internal Recorded<bool> _ambitiousButNotComplete;

    /// <summary>Gets "Complete but not ambitious".</summary>
    [JsonIgnore]
    public Recorded<bool> CompleteButNotAmbitious { get => _completeButNotAmbitious; init => _completeButNotAmbitious = value; }

    [JsonInclude, JsonPropertyName("completeButNotAmbitious")]
    internal Recorded<bool> _completeButNotAmbitious;

    /// <summary>Gets "Not complete or ambitious".</summary>
    [JsonIgnore]
    public Recorded<bool> NotCompleteOrAmbitious { get => _notCompleteOrAmbitious; init => _notCompleteOrAmbitious = value; }

    [JsonInclude, JsonPropertyName("notCompleteOrAmbitious")]
    internal Recorded<bool> _notCompleteOrAmbitious;

    /// <summary>Gets "Not reviewed": 1 when the IRM has not reviewed the commitment.</summary>
    [JsonIgnore]
    public Recorded<bool> NotReviewed { get => _notReviewed; init => _notReviewed = value; }

    [JsonInclude, JsonPropertyName("notReviewed")]
    internal Recorded<bool> _notReviewed;

    /// <summary>Gets "CHECKSUM": the dataset's own check of its indicator columns.</summary>
    [JsonIgnore]
    public Recorded<int> Checksum { get => _checksum; init => _checksum = value; }

    [JsonInclude, JsonPropertyName("checksum")]
    internal Recorded<int> _checksum;

    /// <summary>Gets "IRM-Based Score": 4 ambitious and complete or strong results, 3 ambitious but not complete, 2 complete but not ambitious, 1 neither, -1 not reviewed.</summary>
    [JsonIgnore]
    public Recorded<int> IrmBasedScore { get => _irmBasedScore; init => _irmBasedScore = value; }

    [JsonInclude, JsonPropertyName("irmBasedScore")]
    internal Recorded<int> _irmBasedScore;

    /// <summary>Gets "Binding constraint": what keeps the commitment from a higher score, such as PotImp, Cmpl, Spec, Rel, STAR or FALSE.</summary>
    [JsonIgnore]
    public Recorded<string> BindingConstraint { get => _bindingConstraint; init => _bindingConstraint = value; }

    [JsonInclude, JsonPropertyName("bindingConstraint")]
    internal Recorded<string> _bindingConstraint;

    /// <summary>Gets "Latest IRM Report": the year of the latest IRM report on the commitment.</summary>
    [JsonIgnore]
    public Recorded<int> LatestIrmReport { get => _latestIrmReport; init => _latestIrmReport = value; }

    [JsonInclude, JsonPropertyName("latestIrmReport")]
    internal Recorded<int> _latestIrmReport;

    /// <summary>Gets "Subnational in NAPs": a subnational commitment in a national action plan.</summary>
    [JsonIgnore]
    public Recorded<bool> SubnationalInNationalPlans { get => _subnationalInNationalPlans; init => _subnationalInNationalPlans = value; }

    [JsonInclude, JsonPropertyName("subnationalInNationalPlans")]
    internal Recorded<bool> _subnationalInNationalPlans;

    /// <summary>Gets the "id" column: the row's identifier in the source spreadsheet.</summary>
    [JsonIgnore]
    public Recorded<int> RowId { get => _rowId; init => _rowId = value; }

    [JsonInclude, JsonPropertyName("rowId")]
    internal Recorded<int> _rowId;
}
