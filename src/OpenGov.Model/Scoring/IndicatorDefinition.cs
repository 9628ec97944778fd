using System;

namespace OpenGov.Model.Analysis;

/// <summary>
/// An indicator of the catalogue (<see cref="Indicators.All"/>): its name, what it means, the OGP source
/// it rests on, and the column of the IRM commitment dataset that records it, if one does. The typed
/// definitions (<see cref="IndicatorDefinition{T}"/>) evaluate a commitment; this base evaluates it as
/// the number the dataset writes (1 or 0 for yes/no).
/// </summary>
public abstract class IndicatorDefinition
{
    private readonly Func<DatasetRecord, Recorded<int>>? _recorded;
    private readonly Func<DatasetRecord, IndicatorValue<int>>? _datasetFormula;
    private readonly Func<DatasetRecord, IndicatorValue<int>>? _strictRecord;
    private readonly string[] _inputs;

    private protected IndicatorDefinition(string name, string title, string description, string source, string? recordedColumn, string? recordedPath, Func<DatasetRecord, Recorded<int>>? recorded, Func<DatasetRecord, IndicatorValue<int>>? datasetFormula, Func<DatasetRecord, IndicatorValue<int>>? strictRecord, bool isStarred, string[] inputs)
    {
        _datasetFormula = datasetFormula;
        _strictRecord = strictRecord;
        Name = name;
        Title = title;
        Description = description;
        Source = source;
        RecordedColumn = recordedColumn;
        RecordedPath = recordedPath;
        IsStarred = isStarred;
        _recorded = recorded;
        _inputs = inputs;
    }

    /// <summary>Gets the indicator's name, a kebab-case token such as <c>high-completion</c>.</summary>
    public string Name { get; }

    /// <summary>Gets a short title, such as "High completion".</summary>
    public string Title { get; }

    /// <summary>Gets what the indicator means and how it is computed.</summary>
    public string Description { get; }

    /// <summary>Gets the OGP source the indicator rests on.</summary>
    public string Source { get; }

    /// <summary>Gets whether the indicator is yes/no (1 or 0); the IRM-based score is not.</summary>
    public abstract bool IsYesNo { get; }

    /// <summary>Gets the header of the IRM commitment dataset's column that records the indicator, such as <c>High Completion</c>; <see langword="null"/> when the dataset has none.</summary>
    public string? RecordedColumn { get; }

    /// <summary>
    /// Gets whether the indicator has a formula of its own under <see cref="IndicatorConvention.Dataset"/>:
    /// the dataset's formula for its column. An indicator without one evaluates the same under both conventions.
    /// </summary>
    public bool HasDatasetFormula => _datasetFormula is not null;

    /// <summary>Gets where the recorded value lives within a dataset record, for findings.</summary>
    internal string? RecordedPath { get; }

    /// <summary>Gets whether the indicator is one of the starred formulas, whose disagreement is a finding of its own.</summary>
    internal bool IsStarred { get; }

    /// <summary>Computes the indicator for <paramref name="commitment"/> as the dataset writes it: 1 or 0 for a yes/no indicator, the score for the IRM-based score.</summary>
    /// <param name="commitment">The commitment.</param>
    /// <returns>The number, or "cannot tell" with the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is <see langword="null"/>.</exception>
    public abstract IndicatorValue<int> EvaluateAsNumber(Commitment commitment);

    /// <summary>
    /// Computes the indicator for one dataset row under a convention, as the dataset writes it: under
    /// <see cref="IndicatorConvention.Strict"/> the same as <see cref="EvaluateAsNumber(Commitment)"/>; under
    /// <see cref="IndicatorConvention.Dataset"/> the dataset's own formula, whose missing markers come back as
    /// "cannot tell" with the marker as the reason.
    /// </summary>
    /// <param name="record">The dataset row.</param>
    /// <param name="convention">The convention.</param>
    /// <returns>The number, or "cannot tell" with the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public IndicatorValue<int> Evaluate(DatasetRecord record, IndicatorConvention convention)
    {
        ArgumentNullException.ThrowIfNull(record);
        return convention == IndicatorConvention.Dataset && _datasetFormula is not null ? _datasetFormula(record)
            : _strictRecord is not null ? _strictRecord(record)
            : EvaluateAsNumber(record.Commitment);
    }

    /// <summary>Writes a value of the indicator as the dataset's cell: the number, or for <see cref="Indicators.BindingConstraint"/> its token (<c>PotImp</c>, <c>STAR</c>, …).</summary>
    /// <param name="value">The value as a number.</param>
    /// <returns>The cell's text.</returns>
    public virtual string FormatValue(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Gets the value the dataset records for the indicator (1 or 0 for a yes/no indicator); <see cref="RecordedState.NotAnswered"/> when the dataset has no such column.</summary>
    /// <param name="record">The dataset row.</param>
    /// <returns>The recorded value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public Recorded<int> GetRecorded(DatasetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _recorded is null ? Recorded<int>.NotAnswered : _recorded(record);
    }

    /// <summary>Compares the computed and the recorded value of the indicator for one dataset row.</summary>
    /// <param name="record">The dataset row.</param>
    /// <returns>Both values and how they compare.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public IndicatorCheck Check(DatasetRecord record) => Check(record, IndicatorConvention.Strict);

    /// <summary>Compares the value computed under a convention with the recorded value for one dataset row. Under <see cref="IndicatorConvention.Dataset"/> a missing marker is a value too: <c>ND</c> computed and <c>ND</c> recorded agree.</summary>
    /// <param name="record">The dataset row.</param>
    /// <param name="convention">The convention.</param>
    /// <returns>Both values and how they compare.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public IndicatorCheck Check(DatasetRecord record, IndicatorConvention convention)
    {
        var recorded = GetRecorded(record);
        var computed = Evaluate(record, convention);
        return new IndicatorCheck
        {
            Indicator = Name,
            Computed = computed,
            Recorded = recorded,
            Agreement = Compare(computed, recorded, convention),
        };
    }

    /// <summary>Returns the indicator's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <summary>Describes the inputs of the indicator for one commitment, for messages: "potential impact Moderate, completion (end of term) Limited".</summary>
    internal string DescribeInputs(Commitment commitment)
    {
        var parts = new string[_inputs.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = _inputs[i] + " " + Indicators.DescribeInput(commitment, _inputs[i]);
        }

        return string.Join(", ", parts);
    }

    internal static IndicatorAgreement Compare(IndicatorValue<int> computed, Recorded<int> recorded, IndicatorConvention convention = IndicatorConvention.Strict)
    {
        if (computed.TryGetValue(out var value) && recorded.TryGetValue(out var written))
        {
            return value == written ? IndicatorAgreement.Agree : IndicatorAgreement.Disagree;
        }

        // Under the dataset's convention a marker is a value: a marker and a number differ, and two markers agree when they are the same.
        var computedMarker = computed.Reason is CannotTellReason.NoData or CannotTellReason.NotReviewed or CannotTellReason.NotApplicable;
        var recordedMarker = IsMarker(recorded.State);
        if (convention != IndicatorConvention.Dataset || !(computed.IsKnown || computedMarker) || !(recorded.HasValue || recordedMarker))
        {
            return IndicatorAgreement.NotComparable;
        }

        return computedMarker && recordedMarker && computed.Reason!.Value == Indicators.ReasonOf(recorded.State) ? IndicatorAgreement.Agree : IndicatorAgreement.Disagree;

        static bool IsMarker(RecordedState state) => state is RecordedState.NoData or RecordedState.NotReviewed or RecordedState.NotApplicable;
    }
}
