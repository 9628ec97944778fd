using System;
using System.Collections.Generic;

namespace OpenGov.Model;

/// <summary>
/// A recorded fact of OGP data: a value, a kind of missing (not answered, no data, not reviewed,
/// not applicable), or text that is not a known value and is kept as it was written.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>
/// <para>The default instance is <see cref="RecordedState.NotAnswered"/>. A value converts implicitly:
/// <c>Recorded&lt;CompletionLevel&gt; c = CompletionLevel.Complete;</c>.</para>
/// <para>In JSON a value is written as itself, <see cref="RecordedState.NotAnswered"/> as <c>null</c>,
/// the other missing kinds as the tokens <c>"no-data"</c>, <c>"not-reviewed"</c> and
/// <c>"not-applicable"</c>, and unrecognized text as the string it was.</para>
/// </remarks>
public readonly struct Recorded<T> : IEquatable<Recorded<T>>
{
    private readonly T _value;
    private readonly string? _text;

    private Recorded(RecordedState state, T value, string? text)
    {
        State = state;
        _value = value;
        _text = text;
    }

    /// <summary>Gets nothing recorded: not answered, or an empty cell.</summary>
    public static Recorded<T> NotAnswered => default;

    /// <summary>Gets "no data" (<c>ND</c>).</summary>
    public static Recorded<T> NoData => new(RecordedState.NoData, default!, null);

    /// <summary>Gets "not reviewed" (<c>NR</c>).</summary>
    public static Recorded<T> NotReviewed => new(RecordedState.NotReviewed, default!, null);

    /// <summary>Gets "not applicable" (<c>NA</c>).</summary>
    public static Recorded<T> NotApplicable => new(RecordedState.NotApplicable, default!, null);

    /// <summary>Creates a recorded value.</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static Recorded<T> Of(T value)
    {
        ArgumentNullException.ThrowIfNull(value);

        return new Recorded<T>(RecordedState.Value, value, null);
    }

    /// <summary>Creates a recorded text that is not a known value; the text is kept unchanged.</summary>
    /// <param name="text">The text as it was written; not blank, since blank text means <see cref="RecordedState.NotAnswered"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space.</exception>
    public static Recorded<T> Unrecognized(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("Blank text is not answered, not unrecognized.", nameof(text));
        }

        return new Recorded<T>(RecordedState.Unrecognized, default!, text);
    }

    /// <summary>Creates the missing kind <paramref name="state"/>.</summary>
    /// <param name="state">One of <see cref="RecordedState.NotAnswered"/>, <see cref="RecordedState.NoData"/>,
    /// <see cref="RecordedState.NotReviewed"/> or <see cref="RecordedState.NotApplicable"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a missing kind.</exception>
    public static Recorded<T> Missing(RecordedState state) => state switch
    {
        RecordedState.NotAnswered => NotAnswered,
        RecordedState.NoData => NoData,
        RecordedState.NotReviewed => NotReviewed,
        RecordedState.NotApplicable => NotApplicable,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Only a missing kind can be created without a value."),
    };

    /// <summary>Gets what this instance holds.</summary>
    public RecordedState State { get; }

    /// <summary>Gets whether a value was recorded.</summary>
    public bool HasValue => State == RecordedState.Value;

    /// <summary>Gets whether this is one of the missing kinds, <see cref="RecordedState.NotAnswered"/> included.</summary>
    public bool IsMissing => State is RecordedState.NotAnswered or RecordedState.NoData or RecordedState.NotReviewed or RecordedState.NotApplicable;

    /// <summary>Gets whether text was recorded that is not a known value.</summary>
    public bool IsUnrecognized => State == RecordedState.Unrecognized;

    /// <summary>Gets the value.</summary>
    /// <exception cref="InvalidOperationException">No value was recorded.</exception>
    public T Value => State == RecordedState.Value
        ? _value
        : throw new InvalidOperationException($"No value was recorded ({this}).");

    /// <summary>Gets the unrecognized text, or <see langword="null"/> when this is not <see cref="RecordedState.Unrecognized"/>.</summary>
    public string? UnrecognizedText => _text;

    /// <summary>Gets the value if one was recorded.</summary>
    /// <param name="value">The value, or the default of <typeparamref name="T"/>.</param>
    /// <returns><see langword="true"/> when a value was recorded.</returns>
    public bool TryGetValue(out T value)
    {
        value = _value;
        return State == RecordedState.Value;
    }

    /// <summary>Gets the value if one was recorded, else <paramref name="fallback"/>.</summary>
    /// <param name="fallback">The result when no value was recorded.</param>
    public T GetValueOrDefault(T fallback) => State == RecordedState.Value ? _value : fallback;

    /// <summary>Maps the value, keeping any other state as it is.</summary>
    /// <typeparam name="TResult">The type of the result.</typeparam>
    /// <param name="selector">The mapping of the value.</param>
    public Recorded<TResult> Select<TResult>(Func<T, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(selector);

        return State switch
        {
            RecordedState.Value => Recorded<TResult>.Of(selector(_value)),
            RecordedState.Unrecognized => Recorded<TResult>.Unrecognized(_text!),
            _ => Recorded<TResult>.Missing(State),
        };
    }

    /// <summary>Converts a value to a recorded value.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Recorded<T>(T value) => Of(value);

    /// <inheritdoc />
    public bool Equals(Recorded<T> other) =>
        State == other.State
        && EqualityComparer<T>.Default.Equals(_value, other._value)
        && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Recorded<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Hash.Combine(
        (int)State,
        State == RecordedState.Value ? EqualityComparer<T>.Default.GetHashCode(_value!) : 0,
        _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text));

    /// <summary>Returns the value, the token of the missing kind, or the unrecognized text in quotes.</summary>
    public override string ToString() => State switch
    {
        RecordedState.Value => _value is Enum e && CodelistRegistry.TryGetToken(e, out var token) ? token : _value?.ToString() ?? string.Empty,
        RecordedState.Unrecognized => "\"" + _text + "\"",
        _ => MissingTokens.Token(State),
    };

    /// <summary>Compares two recorded facts.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator ==(Recorded<T> left, Recorded<T> right) => left.Equals(right);

    /// <summary>Compares two recorded facts.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator !=(Recorded<T> left, Recorded<T> right) => !left.Equals(right);
}
