using System;
using System.Collections.Generic;

namespace OpenGov.Model.Analysis;

/// <summary>
/// The answer of an indicator: a value, or "cannot tell" with the reason and the input that was missing.
/// Indicators never guess: a commitment the IRM has not reviewed is not counted as "not high completion".
/// </summary>
/// <typeparam name="T">The type of the value: <see cref="bool"/> for the yes/no indicators, <see cref="int"/> for the IRM-based score.</typeparam>
/// <remarks>The default instance cannot tell, for the reason <see cref="CannotTellReason.NotAnswered"/> and no named input.</remarks>
public readonly struct IndicatorValue<T> : IEquatable<IndicatorValue<T>>
    where T : struct
{
    private readonly T _value;
    private readonly CannotTellReason _reason;
    private readonly string? _input;
    private readonly bool _isKnown;

    private IndicatorValue(bool isKnown, T value, CannotTellReason reason, string? input)
    {
        _isKnown = isKnown;
        _value = value;
        _reason = reason;
        _input = input;
    }

    /// <summary>Gets whether the indicator could tell: <see cref="Value"/> holds its answer.</summary>
    public bool IsKnown => _isKnown;

    /// <summary>Gets the indicator's value.</summary>
    /// <exception cref="InvalidOperationException">The indicator cannot tell (<see cref="IsKnown"/> is false).</exception>
    public T Value => _isKnown
        ? _value
        : throw new InvalidOperationException($"The indicator cannot tell ({Describe(_reason)}{(_input is null ? string.Empty : " " + _input)}); check IsKnown or use TryGetValue.");

    /// <summary>Gets why the indicator cannot tell; <see langword="null"/> when it can.</summary>
    public CannotTellReason? Reason => _isKnown ? null : _reason;

    /// <summary>
    /// Gets the input that was missing when the indicator cannot tell, as a JSON Pointer into the
    /// commitment (such as <c>/assessment/implementation/completionEndOfTerm</c>); <see langword="null"/> when it can tell.
    /// </summary>
    public string? Input => _isKnown ? null : _input;

    /// <summary>Creates the answer of an indicator that could tell.</summary>
    /// <param name="value">The value.</param>
    public static IndicatorValue<T> Known(T value) => new(true, value, default, null);

    /// <summary>Creates the answer of an indicator that cannot tell.</summary>
    /// <param name="reason">Why: the kind of missing of the input.</param>
    /// <param name="input">The missing input, as a JSON Pointer into the commitment.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public static IndicatorValue<T> CannotTell(CannotTellReason reason, string input) =>
        new(false, default, reason, input ?? throw new ArgumentNullException(nameof(input)));

    /// <summary>Gets the value, if the indicator could tell.</summary>
    /// <param name="value">The value, or the default of <typeparamref name="T"/>.</param>
    /// <returns><see langword="true"/> when the indicator could tell.</returns>
    public bool TryGetValue(out T value)
    {
        value = _value;
        return _isKnown;
    }

    /// <summary>Gets the value, or <paramref name="fallback"/> when the indicator cannot tell.</summary>
    /// <param name="fallback">The value to use when the indicator cannot tell.</param>
    public T GetValueOrDefault(T fallback) => _isKnown ? _value : fallback;

    /// <summary>Maps a known value, keeping a "cannot tell" as it is.</summary>
    /// <typeparam name="TResult">The type of the mapped value.</typeparam>
    /// <param name="selector">The mapping.</param>
    public IndicatorValue<TResult> Select<TResult>(Func<T, TResult> selector)
        where TResult : struct
    {
        ArgumentNullException.ThrowIfNull(selector);

        return _isKnown ? IndicatorValue<TResult>.Known(selector(_value)) : IndicatorValue<TResult>.CannotTellInternal(_reason, _input);
    }

    /// <inheritdoc />
    public bool Equals(IndicatorValue<T> other) =>
        _isKnown == other._isKnown
        && (_isKnown
            ? EqualityComparer<T>.Default.Equals(_value, other._value)
            : _reason == other._reason && string.Equals(_input, other._input, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndicatorValue<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _isKnown
        ? Hash.Combine(1, EqualityComparer<T>.Default.GetHashCode(_value))
        : Hash.Combine(0, (int)_reason, _input is null ? 0 : StringComparer.Ordinal.GetHashCode(_input));

    /// <summary>Returns the value (<c>true</c>, <c>3</c>), or "cannot tell" with the reason and the input, such as <c>cannot tell: not-reviewed /assessment/design/potentialImpact</c>.</summary>
    public override string ToString() => _isKnown
        ? _value is bool flag ? (flag ? "true" : "false") : _value.ToString() ?? string.Empty
        : "cannot tell: " + Describe(_reason) + (_input is null ? string.Empty : " " + _input);

    /// <summary>Compares two answers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator ==(IndicatorValue<T> left, IndicatorValue<T> right) => left.Equals(right);

    /// <summary>Compares two answers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator !=(IndicatorValue<T> left, IndicatorValue<T> right) => !left.Equals(right);

    /// <summary>A "cannot tell" that may have no input (the default instance mapped).</summary>
    internal static IndicatorValue<T> CannotTellInternal(CannotTellReason reason, string? input) => new(false, default, reason, input);

    internal static string Describe(CannotTellReason reason) => reason switch
    {
        CannotTellReason.NoData => "no-data",
        CannotTellReason.NotReviewed => "not-reviewed",
        CannotTellReason.NotApplicable => "not-applicable",
        CannotTellReason.Unrecognized => "unrecognized",
        _ => "not-answered",
    };
}
