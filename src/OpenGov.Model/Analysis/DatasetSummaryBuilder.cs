using System;
using System.Collections.Generic;
using System.Globalization;
using OpenGov.Model.Mapping;

namespace OpenGov.Model.Analysis;

/// <summary>
/// Builds a <see cref="DatasetSummary"/> one row at a time, so that a dataset of any length is
/// summarized in one pass with memory that grows with the number of groups, not of rows. Not thread-safe.
/// </summary>
public sealed class DatasetSummaryBuilder
{

    private const int FirstCachedYear = 2000;
    private static readonly int[] ScoreValues = [-1, 1, 2, 3, 4];
    private static readonly string[] Years = CreateYears();

    private readonly IndicatorDefinition[] _indicators = Indicators.Catalogue;
    private readonly IndicatorDefinition[] _columns = Indicators.DerivedColumnDefinitions;
    private readonly IndicatorValue<int>[] _values;
    private readonly GroupTally _overall;
    private readonly Dictionary<string, GroupTally> _groups = new(StringComparer.Ordinal);
    private readonly List<(string Key, string Label)> _keys = [];
    private readonly int[][] _coverage;
    private readonly AgreementTally[] _agreement;
    private readonly int[] _indicatorOfColumn;
    private readonly DatasetSummaryOptions _options;
    private readonly RecordFilter[] _filters;
    private Dictionary<(string MemberName, int Number), string>? _planLabels;

    /// <summary>Creates a builder of a summary of every row, overall, under the library's convention.</summary>
    public DatasetSummaryBuilder()
        : this(DatasetSummaryOptions.Default)
    {
    }

    /// <summary>Creates a builder of a summary of every row under the library's convention.</summary>
    /// <param name="groupBy">How to group the commitments.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="groupBy"/> is not a grouping, or is <see cref="SummaryGrouping.Column"/> (which needs a column: use the options).</exception>
    public DatasetSummaryBuilder(SummaryGrouping groupBy)
        : this(new DatasetSummaryOptions { GroupBy = groupBy })
    {
    }

    /// <summary>Creates a builder.</summary>
    /// <param name="options">The grouping, filters and convention.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' grouping is not a grouping, or is <see cref="SummaryGrouping.Column"/> without a column.</exception>
    /// <exception cref="ArgumentException">A filter is <see langword="null"/>, or is a text bound from configuration that is not <c>COLUMN=VALUE</c>.</exception>
    public DatasetSummaryBuilder(DatasetSummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.GroupBy < SummaryGrouping.Overall || options.GroupBy > SummaryGrouping.Column)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.GroupBy, "Not a grouping of commitments.");
        }

        if (options.GroupBy == SummaryGrouping.Column && string.IsNullOrWhiteSpace(options.GroupColumn))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.GroupBy, "Grouping by column needs the column's header (GroupColumn).");
        }

        foreach (var filter in options.Filters)
        {
            if (filter is null || filter.Unreadable is not null)
            {
                throw new ArgumentException(filter is null ? "A filter of the options is null." : filter.Unreadable, nameof(options));
            }
        }

        _options = options;
        _filters = [.. options.Filters];
        GroupedBy = options.GroupBy;
        _values = new IndicatorValue<int>[_indicators.Length];
        _overall = new GroupTally("overall", "All commitments", _indicators);
        _coverage = new int[DatasetColumnCatalogue.All.Length][];
        for (var i = 0; i < _coverage.Length; i++)
        {
            _coverage[i] = new int[6];
        }

        _agreement = new AgreementTally[_columns.Length];
        _indicatorOfColumn = new int[_columns.Length];
        for (var i = 0; i < _columns.Length; i++)
        {
            _agreement[i] = new AgreementTally();

            // A column that is also an indicator reuses the row's value of it.
            _indicatorOfColumn[i] = Array.IndexOf(_indicators, _columns[i]);
        }
    }

    /// <summary>Gets how the commitments are grouped.</summary>
    public SummaryGrouping GroupedBy { get; }

    /// <summary>Gets the number of rows counted: the rows added that meet every filter.</summary>
    public int Count => _overall.Count;

    /// <summary>Gets the number of rows added that some filter left out.</summary>
    public int FilteredOut { get; private set; }

    /// <summary>Adds a row; a row that does not meet every filter is only counted in <see cref="FilteredOut"/>.</summary>
    /// <param name="record">The row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public void Add(DatasetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);

        foreach (var filter in _filters)
        {
            if (!filter.Matches(record))
            {
                FilteredOut++;
                return;
            }
        }

        var convention = _options.Convention;
        for (var i = 0; i < _indicators.Length; i++)
        {
            _values[i] = _indicators[i].Evaluate(record, convention);
        }

        _overall.Add(record, _values);
        if (GroupedBy != SummaryGrouping.Overall)
        {
            _keys.Clear();
            GroupsOf(record, _keys);
            foreach (var (key, label) in _keys)
            {
                if (!_groups.TryGetValue(key, out var group))
                {
                    group = new GroupTally(key, label, _indicators);
                    _groups.Add(key, group);
                }
                else if (string.CompareOrdinal(label, group.Label) < 0)
                {
                    // Rows of one key may name it differently; the least label wins, whatever the rows' order.
                    group.Label = label;
                }

                group.Add(record, _values);
            }
        }

        var columns = DatasetColumnCatalogue.All;
        for (var i = 0; i < columns.Length; i++)
        {
            _coverage[i][Slot(columns[i].StateOf(record))]++;
        }

        for (var i = 0; i < _columns.Length; i++)
        {
            var column = _columns[i];
            var recorded = column.GetRecorded(record);
            if (recorded.State == RecordedState.NotAnswered)
            {
                _agreement[i].Add(IndicatorAgreement.NotComparable, recorded: false, record.Commitment.Id);
                continue;
            }

            var index = _indicatorOfColumn[i];
            var computed = index >= 0 ? _values[index] : column.Evaluate(record, convention);
            _agreement[i].Add(IndicatorDefinition.Compare(computed, recorded, convention), recorded: true, record.Commitment.Id);
        }
    }

    /// <summary>Makes the summary of the rows added so far.</summary>
    /// <param name="subject">What is summarized, such as a file name.</param>
    public DatasetSummary ToSummary(string? subject = null)
    {
        subject ??= _options.Subject;
        var keys = new List<string>(_groups.Keys);
        keys.Sort(StringComparer.Ordinal);
        var groups = new GroupSummary[keys.Count];
        for (var i = 0; i < groups.Length; i++)
        {
            groups[i] = _groups[keys[i]].ToSummary();
        }

        var columns = DatasetColumnCatalogue.All;
        var coverage = new FieldCoverage[columns.Length];
        for (var i = 0; i < coverage.Length; i++)
        {
            var tally = _coverage[i];
            coverage[i] = new FieldCoverage
            {
                Column = columns[i].Header,
                Field = columns[i].Path,
                Values = tally[5],
                Missing = MissingCounts.From(tally),
            };
        }

        var agreement = new List<IndicatorAgreementSummary>();
        for (var i = 0; i < _columns.Length; i++)
        {
            if (_agreement[i] is { RecordedSeen: true } tally)
            {
                agreement.Add(tally.ToSummary(_columns[i]));
            }
        }

        return new DatasetSummary
        {
            Subject = subject,
            GroupedBy = GroupedBy,
            GroupColumn = GroupedBy == SummaryGrouping.Column ? _options.GroupColumn : null,
            Convention = _options.Convention,
            Filters = ValueList.CreateRange(Array.ConvertAll(_filters, f => f.Description)),
            FilteredOut = FilteredOut,
            CommitmentCount = _overall.Count,
            Overall = _overall.ToSummary(),
            Groups = new ValueList<GroupSummary>(groups),
            Coverage = new ValueList<FieldCoverage>(coverage),
            Agreement = ValueList.CreateRange(agreement),
        };
    }

    /// <summary>The slot of a tally of six: the five reasons by <see cref="CannotTellReason"/>, then values.</summary>
    private static int Slot(RecordedState state) => state == RecordedState.Value ? 5 : (int)Indicators.ReasonOf(state);

    private static string[] CreateYears()
    {
        var years = new string[100];
        for (var i = 0; i < years.Length; i++)
        {
            years[i] = (FirstCachedYear + i).ToString(CultureInfo.InvariantCulture);
        }

        return years;
    }

    /// <summary>The text of a year; the years OGP plans have are kept, so that a row costs no string.</summary>
    private static string YearText(int year) =>
        year - FirstCachedYear is var i && i >= 0 && i < Years.Length ? Years[i] : year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Albania, plan 1", made once per member name and plan number: memory grows with the plans, not the rows.</summary>
    private string PlanLabel(string memberName, int number)
    {
        _planLabels ??= [];
        if (!_planLabels.TryGetValue((memberName, number), out var label))
        {
            label = memberName + ", plan " + number.ToString(CultureInfo.InvariantCulture);
            _planLabels.Add((memberName, number), label);
        }

        return label;
    }

    private void GroupsOf(DatasetRecord record, List<(string Key, string Label)> keys)
    {
        switch (GroupedBy)
        {
            case SummaryGrouping.PolicyArea:
                foreach (var area in record.Commitment.PolicyAreas)
                {
                    if (area.Value.TryGetValue(out var flagged) && flagged)
                    {
                        keys.Add((area.Key.ToString(), area.Key.Label));
                    }
                }

                if (keys.Count == 0)
                {
                    keys.Add(("none", "(no policy area)"));
                }

                return;
            case SummaryGrouping.OgpValue:
                var relevance = record.Commitment.Assessment?.Design.Relevance;
                AddValue(keys, relevance?.AccessToInformation ?? default, OgpValue.AccessToInformation);
                AddValue(keys, relevance?.CivicParticipation ?? default, OgpValue.CivicParticipation);
                AddValue(keys, relevance?.PublicAccountability ?? default, OgpValue.PublicAccountability);
                AddValue(keys, relevance?.TechnologyAndInnovation ?? default, OgpValue.TechnologyAndInnovation);
                if (keys.Count == 0)
                {
                    keys.Add(("none", "(no OGP value)"));
                }

                return;
            case SummaryGrouping.Theme:
            case SummaryGrouping.Column:
                // Keyed by the cell as written, so that no text can fall into another group; a row without the column has an empty cell.
                keys.Add(Text(DatasetCells.TryGetCell(record, GroupedBy == SummaryGrouping.Theme ? "Theme" : _options.GroupColumn!, out var cell) ? cell : null));
                return;
            default:
                keys.Add(GroupOf(record));
                return;
        }

        static void AddValue(List<(string, string)> keys, Recorded<bool> flag, OgpValue value)
        {
            if (flag.TryGetValue(out var set) && set)
            {
                var entry = Codelist<OgpValue>.Default[value];
                keys.Add((entry.Token, entry.Label));
            }
        }

        static (string, string) Text(string? text)
        {
            var trimmed = Blank.Trim((text ?? string.Empty).AsSpan()).ToString();
            return trimmed.Length == 0 ? (string.Empty, "(empty cell)")
                : MissingTokens.TryParse(trimmed.AsSpan(), out var state) ? (trimmed, MissingKey(state).Label)
                : (trimmed, trimmed);
        }
    }

    private (string Key, string Label) GroupOf(DatasetRecord record)
    {
        var member = record.Member;
        switch (GroupedBy)
        {
            case SummaryGrouping.Member:
                return member.Code is { } code
                    ? (code.ToString(), member.Name ?? code.ToString())
                    : ("not-answered", "(no member code)");
            case SummaryGrouping.ActionPlan:
                var plan = record.ActionPlan;
                if (plan.Id is not { } id)
                {
                    return ("not-answered", "(no action plan identifier)");
                }

                return (id.ToString(), member.Name is { } name && plan.Number.TryGetValue(out var number) ? PlanLabel(name, number) : id.ToString());
            case SummaryGrouping.Region:
                return Key(member.Region);
            case SummaryGrouping.SubmissionYear:
                if (record.ActionPlan.SubmissionYear.TryGetValue(out var year))
                {
                    var text = YearText(year);
                    return (text, text);
                }

                return Missing(record.ActionPlan.SubmissionYear);
            default:
                return Key(member.Kind);
        }

        static (string, string) Key<T>(Recorded<T> value)
            where T : struct, Enum =>
            value.TryGetValue(out var v) ? (Codelist<T>.Default[v].Token, Codelist<T>.Default[v].Label) : Missing(value);

        static (string, string) Missing<T>(Recorded<T> value) =>
            value.State == RecordedState.Unrecognized ? (value.UnrecognizedText!, value.UnrecognizedText!) : MissingKey(value.State);
    }

    private static (string Key, string Label) MissingKey(RecordedState state) => state switch
    {
        RecordedState.NoData => ("no-data", "(no data)"),
        RecordedState.NotReviewed => ("not-reviewed", "(not reviewed)"),
        RecordedState.NotApplicable => ("not-applicable", "(not applicable)"),
        _ => ("not-answered", "(not recorded)"),
    };

    /// <summary>The counts of one group.</summary>
    private sealed class GroupTally
    {
        private readonly IndicatorDefinition[] _indicators;
        private readonly int[][] _indicatorTallies;
        private readonly int[] _scores = new int[ScoreValues.Length];
        private readonly int[] _scoreMissing = new int[5];
        private readonly ScaleTally[] _scales = ScaleTally.CreateAll();
        private readonly int[] _change = new int[4];
        private readonly int[] _changeMissing = new int[5];

        public GroupTally(string key, string label, IndicatorDefinition[] indicators)
        {
            Key = key;
            Label = label;
            _indicators = indicators;
            _indicatorTallies = new int[indicators.Length][];
            for (var i = 0; i < indicators.Length; i++)
            {
                // The five reasons, then no, then yes.
                _indicatorTallies[i] = new int[7];
            }
        }

        public string Key { get; }

        public string Label { get; set; }

        public int Count { get; private set; }

        public void Add(DatasetRecord record, IndicatorValue<int>[] values)
        {
            Count++;
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                if (_indicators[i].IsYesNo)
                {
                    _indicatorTallies[i][value.TryGetValue(out var flag) ? 5 + flag : (int)value.Reason!.Value]++;
                }
                else if (value.TryGetValue(out var score) && Array.IndexOf(ScoreValues, score) is var index and >= 0)
                {
                    _scores[index]++;
                }
                else
                {
                    _scoreMissing[(int)(value.Reason ?? CannotTellReason.Unrecognized)]++;
                }
            }

            var implementation = record.Commitment.Assessment?.Implementation;
            foreach (var scale in _scales)
            {
                scale.Add(record);
            }

            AddChange(implementation?.CompletionMidterm ?? default, implementation?.CompletionEndOfTerm ?? default);
        }

        public GroupSummary ToSummary()
        {
            var shares = new List<IndicatorShare>(_indicators.Length);
            for (var i = 0; i < _indicators.Length; i++)
            {
                if (_indicators[i].IsYesNo)
                {
                    var tally = _indicatorTallies[i];
                    shares.Add(new IndicatorShare
                    {
                        Indicator = _indicators[i].Name,
                        Numerator = tally[6],
                        Denominator = tally[5] + tally[6],
                        Excluded = MissingCounts.From(tally),
                    });
                }
            }

            var scores = new CategoryCount[ScoreValues.Length];
            for (var i = 0; i < scores.Length; i++)
            {
                var token = ScoreValues[i].ToString(CultureInfo.InvariantCulture);
                scores[i] = new CategoryCount { Token = token, Label = token, Count = _scores[i] };
            }

            var distributions = new Distribution[_scales.Length];
            for (var i = 0; i < distributions.Length; i++)
            {
                distributions[i] = _scales[i].ToDistribution();
            }

            return new GroupSummary
            {
                Key = Key,
                Label = Label,
                CommitmentCount = Count,
                Shares = ValueList.CreateRange(shares),
                Scores = new Distribution { Scale = Indicators.IrmBasedScore.Name, Title = Indicators.IrmBasedScore.Title, Counts = new ValueList<CategoryCount>(scores), Missing = MissingCounts.From(_scoreMissing) },
                Distributions = new ValueList<Distribution>(distributions),
                CompletionChange = new CompletionChangeSummary
                {
                    Increased = _change[0],
                    Unchanged = _change[1],
                    Decreased = _change[2],
                    OffScale = _change[3],
                    Missing = MissingCounts.From(_changeMissing),
                },
            };
        }

        private void AddChange(Recorded<CompletionLevel> midterm, Recorded<CompletionLevel> end)
        {
            if (midterm.TryGetValue(out var from) && end.TryGetValue(out var to))
            {
                if (Progress(from) is { } a && Progress(to) is { } b)
                {
                    _change[a < b ? 0 : a == b ? 1 : 2]++;
                }
                else
                {
                    _change[3]++;
                }

                return;
            }

            // The reason of the missing one; of two missing, the one that explains more.
            var reason = midterm.HasValue ? Indicators.ReasonOf(end.State)
                : end.HasValue ? Indicators.ReasonOf(midterm.State)
                : Worse(Indicators.ReasonOf(end.State), Indicators.ReasonOf(midterm.State));
            _changeMissing[(int)reason]++;
        }

        private static CannotTellReason Worse(CannotTellReason a, CannotTellReason b) => Indicators.Rank(b) > Indicators.Rank(a) ? b : a;

        private static int? Progress(CompletionLevel level) => level switch
        {
            CompletionLevel.NotStarted => 0,
            CompletionLevel.Limited => 1,
            CompletionLevel.Substantial => 2,
            CompletionLevel.Complete => 3,
            _ => null,
        };
    }

    /// <summary>The counts of one scale in one group.</summary>
    private sealed class ScaleTally
    {
        private readonly AssessmentScale _scale;
        private readonly int[] _counts;
        private readonly int[] _missing = new int[5];

        private ScaleTally(AssessmentScale scale)
        {
            _scale = scale;
            _counts = new int[scale.Categories.Count];
        }

        public static ScaleTally[] CreateAll()
        {
            var tallies = new ScaleTally[AssessmentScales.All.Count];
            for (var i = 0; i < tallies.Length; i++)
            {
                tallies[i] = new ScaleTally(AssessmentScales.All[i]);
            }

            return tallies;
        }

        public void Add(DatasetRecord record)
        {
            var index = _scale.IndexOf(record.Commitment, out var state);
            if (index >= 0)
            {
                _counts[index]++;
                return;
            }

            _missing[Slot(state) is var slot && slot < 5 ? slot : (int)CannotTellReason.Unrecognized]++;
        }

        public Distribution ToDistribution()
        {
            var categories = _scale.Categories;
            var counts = new CategoryCount[categories.Count];
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] = new CategoryCount { Token = categories[i].Token, Label = categories[i].Label, Count = _counts[i] };
            }

            return new Distribution { Scale = _scale.Name, Title = _scale.Title, Counts = new ValueList<CategoryCount>(counts), Missing = MissingCounts.From(_missing) };
        }
    }

    /// <summary>The agreement of one recorded indicator column.</summary>
    private sealed class AgreementTally
    {
        private readonly SortedSet<string> _disagreeing = new(StringComparer.Ordinal);

        public bool RecordedSeen { get; private set; }

        public int Agree { get; private set; }

        public int Disagree { get; private set; }

        public int NotComparable { get; private set; }

        public void Add(IndicatorAgreement agreement, bool recorded, CommitmentId? id)
        {
            RecordedSeen |= recorded;
            switch (agreement)
            {
                case IndicatorAgreement.Agree:
                    Agree++;
                    break;
                case IndicatorAgreement.Disagree:
                    Disagree++;
                    _disagreeing.Add(id?.ToString() ?? "(no identifier)");
                    if (_disagreeing.Count > IndicatorAgreementSummary.MaxIdentifiers)
                    {
                        _disagreeing.Remove(_disagreeing.Max!);
                    }

                    break;
                default:
                    NotComparable++;
                    break;
            }
        }

        public IndicatorAgreementSummary ToSummary(IndicatorDefinition indicator) => new()
        {
            Indicator = indicator.Name,
            Column = indicator.RecordedColumn!,
            Agree = Agree,
            Disagree = Disagree,
            NotComparable = NotComparable,
            Disagreeing = ValueList.CreateRange(_disagreeing),
        };
    }
}
