using System;

namespace OpenGov.Model.Analysis;

/// <summary>An indicator whose value has the type <typeparamref name="T"/>: <see cref="bool"/> for a yes/no indicator, <see cref="int"/> for the IRM-based score.</summary>
/// <typeparam name="T">The type of the indicator's value.</typeparam>
/// <example><code>
/// IndicatorValue&lt;bool&gt; high = Indicators.HighCompletion.Evaluate(commitment);
/// </code></example>
public sealed class IndicatorDefinition<T> : IndicatorDefinition
    where T : struct
{
    private readonly Func<Commitment, IndicatorValue<T>> _evaluate;
    private readonly Func<T, int> _toNumber;

    internal IndicatorDefinition(string name, string title, string description, string source, Func<Commitment, IndicatorValue<T>> evaluate, Func<T, int> toNumber, string? recordedColumn = null, string? recordedPath = null, Func<DatasetRecord, Recorded<int>>? recorded = null, Func<DatasetRecord, IndicatorValue<int>>? datasetFormula = null, Func<DatasetRecord, IndicatorValue<int>>? strictRecord = null, bool isStarred = false, params string[] inputs)
        : base(name, title, description, source, recordedColumn, recordedPath, recorded, datasetFormula, strictRecord, isStarred, inputs)
    {
        _evaluate = evaluate;
        _toNumber = toNumber;
    }

    /// <inheritdoc />
    public override bool IsYesNo => typeof(T) == typeof(bool);

    /// <summary>Computes the indicator for <paramref name="commitment"/>.</summary>
    /// <param name="commitment">The commitment.</param>
    /// <returns>The value, or "cannot tell" with the reason and the missing input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is <see langword="null"/>.</exception>
    public IndicatorValue<T> Evaluate(Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return _evaluate(commitment);
    }

    /// <inheritdoc />
    public override string FormatValue(int value) =>
        typeof(T) == typeof(BindingConstraint) ? Indicators.TokenOf((BindingConstraint)value) : base.FormatValue(value);

    /// <inheritdoc />
    public override IndicatorValue<int> EvaluateAsNumber(Commitment commitment) => Evaluate(commitment).Select(_toNumber);
}
