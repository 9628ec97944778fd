using System;
using System.Globalization;

namespace OpenGov.Model;

/// <summary>
/// The identifier of an action plan in the IRM commitment dataset: <c>AP_</c>, the member code and
/// the plan's number of at least two digits (<c>AP_ALB01</c>, <c>AP_ARBA02</c>).
/// </summary>
public readonly struct ActionPlanId : IEquatable<ActionPlanId>, IComparable<ActionPlanId>
#if NET
    , ISpanParsable<ActionPlanId>, ISpanFormattable
#endif
{
    private readonly string? _value;

    private ActionPlanId(MemberCode member, int number)
    {
        Member = member;
        Number = number;
        _value = "AP_" + member.ToString() + number.ToString("D2", CultureInfo.InvariantCulture);
    }

    /// <summary>Gets the code of the member whose plan this is.</summary>
    public MemberCode Member { get; }

    /// <summary>Gets the number of the plan: 1 for the member's first plan.</summary>
    public int Number { get; }

    /// <summary>Creates the identifier of a member's nth plan.</summary>
    /// <param name="member">The member.</param>
    /// <param name="number">The plan's number, from 0 to 9999.</param>
    /// <exception cref="ArgumentException">The member code is the default instance, or the number is out of range.</exception>
    public static ActionPlanId Create(MemberCode member, int number)
    {
        if (member == default)
        {
            throw new ArgumentException("The member code is empty.", nameof(member));
        }

        if (number is < 0 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "The number must be from 0 to 9999.");
        }

        return new ActionPlanId(member, number);
    }

    /// <summary>Reads an action plan identifier.</summary>
    /// <param name="text">Such as <c>AP_ALB01</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an action plan identifier.</exception>
    public static ActionPlanId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return TryParse(text.AsSpan(), out var id)
            ? id
            : throw new FormatException($"'{Excerpt.Of(text)}' is not an OGP action plan identifier: AP_, a member code and a number, such as AP_ALB01.");
    }

    /// <summary>Reads an action plan identifier.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="id">The identifier read.</param>
    /// <returns><see langword="true"/> when the text is an action plan identifier.</returns>
    public static bool TryParse(string? text, out ActionPlanId id)
    {
        id = default;
        return text is not null && TryParse(text.AsSpan(), out id);
    }

    /// <summary>Reads an action plan identifier.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">The identifier read.</param>
    /// <returns><see langword="true"/> when the text is an action plan identifier.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ActionPlanId id)
    {
        id = default;
        text = text.Trim();
        if (text.Length < 8 || char.ToUpperInvariant(text[0]) != 'A' || char.ToUpperInvariant(text[1]) != 'P' || text[2] != '_')
        {
            return false;
        }

        var rest = text.Slice(3);
        var letters = 0;
        while (letters < rest.Length && Ascii.IsLetter(rest[letters]))
        {
            letters++;
        }

        var digits = rest.Slice(letters);
        if (letters is not (3 or 4) || digits.Length is < 2 or > 4)
        {
            return false;
        }

        var number = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        // The canonical form pads to two digits; "AP_ALB001" is not canonical and is refused.
        if (digits.Length > 2 && digits[0] == '0')
        {
            return false;
        }

        if (!MemberCode.TryParse(rest.Slice(0, letters), out var member))
        {
            return false;
        }

        id = new ActionPlanId(member, number);
        return true;
    }

    /// <summary>Returns the identifier, such as <c>AP_ALB01</c>, or an empty string for the default instance.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>
    /// Writes the canonical text, as <see cref="ToString()"/> gives it, into a span of characters without
    /// allocating.
    /// </summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the text does not fit.</param>
    /// <param name="format">Empty or <c>G</c>: the canonical text is the only form.</param>
    /// <param name="provider">Not used: the canonical text is the same in every culture.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        Formatting.CheckFormat(format);
        return Formatting.TryCopy(ToString(), destination, out charsWritten);
    }

#if NET
    /// <inheritdoc />
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider)
    {
        Formatting.CheckFormat(format.AsSpan());
        return ToString();
    }

    /// <inheritdoc />
    static ActionPlanId IParsable<ActionPlanId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<ActionPlanId>.TryParse(string? s, IFormatProvider? provider, out ActionPlanId result) => TryParse(s, out result);

    /// <inheritdoc />
    static ActionPlanId ISpanParsable<ActionPlanId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => TryParse(s, out var value) ? value : Parse(s.ToString());

    /// <inheritdoc />
    static bool ISpanParsable<ActionPlanId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ActionPlanId result) => TryParse(s, out result);
#endif

    /// <inheritdoc />
    public bool Equals(ActionPlanId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ActionPlanId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(ActionPlanId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Compares two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    public static bool operator ==(ActionPlanId left, ActionPlanId right) => left.Equals(right);

    /// <summary>Compares two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    public static bool operator !=(ActionPlanId left, ActionPlanId right) => !left.Equals(right);

    /// <summary>Orders two identifiers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator <(ActionPlanId left, ActionPlanId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two identifiers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator <=(ActionPlanId left, ActionPlanId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two identifiers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator >(ActionPlanId left, ActionPlanId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two identifiers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator >=(ActionPlanId left, ActionPlanId right) => left.CompareTo(right) >= 0;
}
