using System;
using System.Collections.Generic;

namespace OpenGov.Model;

/// <summary>A column of the IRM commitment dataset: its header, where its value lives in the model, and how it reads and writes.</summary>
internal abstract class DatasetColumn
{
    protected DatasetColumn(string header, string path, bool identity)
    {
        Header = header;
        Path = path;
        Key = DatasetColumnCatalogue.KeyOf(header);
        IsIdentity = identity;
    }

    /// <summary>Gets the header as the canonical list spells it.</summary>
    public string Header { get; }

    /// <summary>Gets the header's key: its letters and digits, upper-cased, and a leading underscore kept (<c>_Specificity</c> is not <c>Specificity</c>).</summary>
    public string Key { get; }

    /// <summary>Gets the JSON Pointer of the value within a dataset record, such as <c>/commitment/title</c>.</summary>
    public string Path { get; }

    /// <summary>Gets whether the column identifies the commitment (a file without it cannot be read as the dataset).</summary>
    public bool IsIdentity { get; }

    /// <summary>Reads a cell into the row; returns false when the text could not be read into the model's field.</summary>
    public abstract bool Read(DatasetRowState row, string text, out bool writesBack);

    /// <summary>Writes the column's cell of a record.</summary>
    public abstract string Write(DatasetRecord record);

    /// <summary>Gets whether <paramref name="text"/> reads as the record's value of this column: a cell kept as it was read still says what the record says.</summary>
    public abstract bool Holds(DatasetRecord record, string text);

    /// <summary>Gets what the column's cell of a record holds: a value or a kind of missing.</summary>
    public abstract RecordedState StateOf(DatasetRecord record);

    /// <summary>Gets whether two records hold the same value in this column, whatever text each was read from (<c>1/1/2024</c> and <c>2024-01-01</c>, <c>Completed</c> and <c>Complete</c>).</summary>
    public abstract bool SameValue(DatasetRecord a, DatasetRecord b);
}

internal sealed class DatasetColumn<T> : DatasetColumn
{
    private readonly CellKind<T> _kind;
    private readonly Func<DatasetRecord, T> _get;
    private readonly Action<DatasetRowState, T> _set;

    public DatasetColumn(string header, string path, CellKind<T> kind, Func<DatasetRecord, T> get, Action<DatasetRowState, T> set, bool identity = false)
        : base(header, path, identity)
    {
        _kind = kind;
        _get = get;
        _set = set;
    }

    public override bool Read(DatasetRowState row, string text, out bool writesBack)
    {
        var read = Normalize(text);
        var value = _kind.Read(read, out var failed);
        _set(row, value);
        writesBack = !failed && ReferenceEquals(read, text) && _kind.WritesBack(value, text);
        return !failed;
    }

    public override string Write(DatasetRecord record) => _kind.Write(_get(record));

    public override bool Holds(DatasetRecord record, string text)
    {
        // A cell that could not be read holds when the record has no value either: the kept text is all there is.
        var value = _kind.Read(Normalize(text), out _);
        return EqualityComparer<T>.Default.Equals(value, _get(record));
    }

    /// <summary>A blank cell (white space of any kind) reads as an empty one; a value is read without the blanks around it, except in free text.</summary>
    private string Normalize(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        if (Blank.Is(text))
        {
            return string.Empty;
        }

        if (!_kind.TrimsBlanks || !(Blank.IsBlankChar(text[0]) || Blank.IsBlankChar(text[text.Length - 1])))
        {
            return text;
        }

        return Blank.Trim(text.AsSpan()).ToString();
    }

    public override RecordedState StateOf(DatasetRecord record) => _kind.StateOf(_get(record));

    public override bool SameValue(DatasetRecord a, DatasetRecord b)
    {
        var (x, y) = (_get(a), _get(b));
        if (x is Recorded<PartialDate> first && y is Recorded<PartialDate> second)
        {
            // A date is its value, whatever text it was read from; the same text is the same date, even where the rest of each file reads an ambiguous one differently.
            return first.State == second.State && (first.TryGetValue(out var d1) && second.TryGetValue(out var d2)
                ? d1.WithoutSourceText() == d2.WithoutSourceText() || (d1.SourceText is { } text && text == d2.SourceText)
                : first == second);
        }

        return EqualityComparer<T>.Default.Equals(x, y);
    }
}

/// <summary>The values of one row while it is read; <see cref="Build"/> makes the record.</summary>
internal sealed class DatasetRowState
{
#pragma warning disable SA1401, CA1051 // A bag of fields the column definitions fill in; internal to the mapper.
    public MemberCode? MemberCode;
    public string? MemberName;
    public Recorded<MemberKind> MemberKind;
    public Recorded<Region> Region;
    public ActionPlanId? PlanId;
    public Recorded<int> PlanNumber;
    public Recorded<int> SubmissionYear;
    public Recorded<int> EndYear;
    public Recorded<int> DurationYears;
    public CommitmentId? CommitmentId;
    public string? CommitmentNumber;
    public string? Theme;
    public string? Title;
    public string? ShortTitle;
    public string? FullText;
    public Recorded<PartialDate> Start;
    public Recorded<PartialDate> End;
    public string? LeadInstitution;
    public string? SupportingInstitutions;
    public string? Url;
    public KeyValuePair<PolicyArea, Recorded<bool>>[] PolicyAreas = [];
    public int PolicyAreaCount;
    public Recorded<int> MidtermReportYear;
    public Recorded<int> EndOfTermReportYear;
    public Recorded<bool> Compound;
    public Recorded<string> Cluster;
    public Recorded<Specificity> Specificity;
    public Recorded<Verifiability> Verifiable;
    public Recorded<bool> AccessToInformation;
    public Recorded<bool> CivicParticipation;
    public Recorded<bool> PublicAccountability;
    public Recorded<bool> TechnologyAndInnovation;
    public Recorded<bool> Relevant;
    public Recorded<PotentialImpact> PotentialImpact;
    public Recorded<CompletionLevel> CompletionMidterm;
    public Recorded<bool> StarredPre2015Formula;
    public Recorded<bool> StarredMidterm;
    public Recorded<PotentialForResults> PotentialForResults;
    public Recorded<bool> Clustered;
    public Recorded<ValueList<CommitmentId>> ClusterCommitments;
    public Recorded<CompletionLevel> CompletionEndOfTerm;
    public Recorded<CompletionChange> CompletionChange;
    public Recorded<EarlyResultsLevel> EarlyResults;
    public Recorded<OpenGovernmentResult> OpenGovernment;
    public Recorded<OpenGovernmentResult> OpenGovernmentAccessToInformation;
    public Recorded<OpenGovernmentResult> OpenGovernmentCivicParticipation;
    public Recorded<OpenGovernmentResult> OpenGovernmentPublicAccountability;
    public Recorded<bool> StarredEndOfTerm;
    public Recorded<bool> CarriedForward;
    public DatasetCodesState Codes;
    public DatasetIndicatorsState Indicators;
    public List<KeyValuePair<string, string>>? Extra;
#pragma warning restore SA1401, CA1051

    /// <summary>Keeps a cell as it was written.</summary>
    public void Keep(string column, string text) => (Extra ??= []).Add(new(column, text));

    public DatasetRecord Build() => new()
    {
        Member = new Member { Code = MemberCode, Name = MemberName, Kind = MemberKind, Region = Region },
        ActionPlan = new PlanReference { Id = PlanId, Number = PlanNumber, SubmissionYear = SubmissionYear, EndYear = EndYear, DurationYears = DurationYears },
        Commitment = new Commitment
        {
            Id = CommitmentId,
            Number = CommitmentNumber,
            Theme = Theme,
            Title = Title,
            ShortTitle = ShortTitle,
            FullText = FullText,
            Start = Start,
            End = End,
            LeadInstitution = LeadInstitution,
            SupportingInstitutions = SupportingInstitutions,
            Url = Url,
            PolicyAreas = PolicyAreaCount == PolicyAreas.Length
                ? ValueDictionary<PolicyArea, Recorded<bool>>.FromUnique(PolicyAreas)
                : ValueDictionary<PolicyArea, Recorded<bool>>.FromUnique(PolicyAreas.AsSpan(0, PolicyAreaCount).ToArray()),
            Assessment = new IrmAssessment
            {
                MidtermReportYear = MidtermReportYear,
                EndOfTermReportYear = EndOfTermReportYear,
                Design = new DesignAssessment
                {
                    Specificity = Specificity,
                    Verifiable = Verifiable,
                    Relevance = new OgpValueRelevance
                    {
                        AccessToInformation = AccessToInformation,
                        CivicParticipation = CivicParticipation,
                        PublicAccountability = PublicAccountability,
                        TechnologyAndInnovation = TechnologyAndInnovation,
                        Relevant = Relevant,
                    },
                    PotentialImpact = PotentialImpact,
                    PotentialForResults = PotentialForResults,
                    Compound = Compound,
                    Cluster = Cluster,
                    Clustered = Clustered,
                    ClusterCommitments = ClusterCommitments,
                },
                Implementation = new ImplementationAssessment
                {
                    CompletionMidterm = CompletionMidterm,
                    CompletionEndOfTerm = CompletionEndOfTerm,
                    CompletionChange = CompletionChange,
                    OpenGovernment = OpenGovernment,
                    OpenGovernmentAccessToInformation = OpenGovernmentAccessToInformation,
                    OpenGovernmentCivicParticipation = OpenGovernmentCivicParticipation,
                    OpenGovernmentPublicAccountability = OpenGovernmentPublicAccountability,
                    EarlyResults = EarlyResults,
                    StarredPre2015Formula = StarredPre2015Formula,
                    StarredMidterm = StarredMidterm,
                    StarredEndOfTerm = StarredEndOfTerm,
                    CarriedForward = CarriedForward,
                },
            },
        },
        Codes = Codes.Build(),
        Indicators = Indicators.Build(),
        ExtraColumns = Extra is null ? ValueDictionary<string, string>.Empty : ValueDictionary<string, string>.FromList(Extra),
    };
}

internal struct DatasetCodesState
{
#pragma warning disable SA1401, CA1051
    public Recorded<int> Specificity;
    public Recorded<int> PotentialImpact;
    public Recorded<int> CompletionMidterm;
    public Recorded<int> PotentialForResults;
    public Recorded<int> CompletionEndOfTerm;
    public Recorded<int> ChangeInCompletion;
    public Recorded<int> EarlyResults;
    public Recorded<int> OpenGovernment;
    public Recorded<int> OpenGovernmentAccessToInformation;
    public Recorded<int> OpenGovernmentCivicParticipation;
    public Recorded<int> OpenGovernmentPublicAccountability;
#pragma warning restore SA1401, CA1051

    public readonly DatasetCodes Build() => new()
    {
        Specificity = Specificity,
        PotentialImpact = PotentialImpact,
        CompletionMidterm = CompletionMidterm,
        PotentialForResults = PotentialForResults,
        CompletionEndOfTerm = CompletionEndOfTerm,
        ChangeInCompletion = ChangeInCompletion,
        EarlyResults = EarlyResults,
        OpenGovernment = OpenGovernment,
        OpenGovernmentAccessToInformation = OpenGovernmentAccessToInformation,
        OpenGovernmentCivicParticipation = OpenGovernmentCivicParticipation,
        OpenGovernmentPublicAccountability = OpenGovernmentPublicAccountability,
    };
}

internal struct DatasetIndicatorsState
{
#pragma warning disable SA1401, CA1051
    public Recorded<int> CommitmentDummy;
    public Recorded<bool> MostRecentlyAssessed;
    public Recorded<bool> StarMostRecentlyAssessed;
    public Recorded<bool> IrmAssessed;
    public Recorded<string> UpdatedOnWebsite;
    public Recorded<bool> ActiveCommitment;
    public Recorded<bool> MaxStar;
    public Recorded<bool> AmbitionAssessed;
    public Recorded<bool> CompletionAssessed;
    public Recorded<bool> OpenGovernmentAssessed;
    public Recorded<bool> MidtermOnly;
    public Recorded<int> MaxCompletion;
    public Recorded<int> RawCompletion;
    public Recorded<bool> HighCompletion;
    public Recorded<bool> HighAmbition;
    public Recorded<bool> HighOpenGovernment;
    public Recorded<bool> AmbitiousAndCompleteOrOpenedGovernment;
    public Recorded<bool> AmbitiousButNotComplete;
    public Recorded<bool> CompleteButNotAmbitious;
    public Recorded<bool> NotCompleteOrAmbitious;
    public Recorded<bool> NotReviewed;
    public Recorded<int> Checksum;
    public Recorded<int> IrmBasedScore;
    public Recorded<string> BindingConstraint;
    public Recorded<int> LatestIrmReport;
    public Recorded<bool> SubnationalInNationalPlans;
    public Recorded<int> RowId;
#pragma warning restore SA1401, CA1051

    public readonly DatasetIndicators Build() => new()
    {
        CommitmentDummy = CommitmentDummy,
        MostRecentlyAssessed = MostRecentlyAssessed,
        StarMostRecentlyAssessed = StarMostRecentlyAssessed,
        IrmAssessed = IrmAssessed,
        UpdatedOnWebsite = UpdatedOnWebsite,
        ActiveCommitment = ActiveCommitment,
        MaxStar = MaxStar,
        AmbitionAssessed = AmbitionAssessed,
        CompletionAssessed = CompletionAssessed,
        OpenGovernmentAssessed = OpenGovernmentAssessed,
        MidtermOnly = MidtermOnly,
        MaxCompletion = MaxCompletion,
        RawCompletion = RawCompletion,
        HighCompletion = HighCompletion,
        HighAmbition = HighAmbition,
        HighOpenGovernment = HighOpenGovernment,
        AmbitiousAndCompleteOrOpenedGovernment = AmbitiousAndCompleteOrOpenedGovernment,
        AmbitiousButNotComplete = AmbitiousButNotComplete,
        CompleteButNotAmbitious = CompleteButNotAmbitious,
        NotCompleteOrAmbitious = NotCompleteOrAmbitious,
        NotReviewed = NotReviewed,
        Checksum = Checksum,
        IrmBasedScore = IrmBasedScore,
        BindingConstraint = BindingConstraint,
        LatestIrmReport = LatestIrmReport,
        SubnationalInNationalPlans = SubnationalInNationalPlans,
        RowId = RowId,
    };
}

