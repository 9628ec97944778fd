using System;
using System.Globalization;

namespace OpenGov.Model;

/// <summary>
/// The identifier of an action plan in the IRM commitment dataset: <c>AP_</c>, the member code and
/// the plan's number of at least two digits (<c>AP_ALB01</c>, <c>AP_ARBA02</c>).
/// </summary>
public readonly struct ActionPlanId : IEquatable<ActionPlanId>, IComparable<ActionPlanId>, IFormattable
#if NET
    , ISpanParsable<ActionPlanId>, ISpanFormattable
#endif
{
    private const string Formats = "G (canonical), L (lower case), M (member code) or N (plan number)";

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
    /// Formats the identifier: <c>G</c> (or <c>g</c>, empty, <see langword="null"/>) the canonical text (<c>AP_ALB01</c>),
    /// <c>L</c> (or <c>l</c>) the same in lower case (<c>ap_alb01</c>); <c>M</c> the member code (<c>ALB</c>) and <c>N</c> the plan number of two digits at least (<c>01</c>). The same in every culture.
    /// </summary>
    /// <param name="format">The format, or <see langword="null"/> for the canonical text.</param>
    /// <param name="formatProvider">Not used: the text is the same in every culture.</param>
    /// <returns>The formatted identifier; an empty string for the default instance.</returns>
    /// <exception cref="FormatException">The format is not one of those.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (string.IsNullOrEmpty(format) || format is "G" or "g")
        {
            return ToString();
        }

        Span<char> buffer = stackalloc char[16];
        _ = TryFormat(buffer, out var written, format.AsSpan(), formatProvider);
        return buffer.Slice(0, written).ToString();
    }

    /// <summary>
    /// Writes the identifier in a format of <see cref="ToString(string?, IFormatProvider?)"/> into a span of
    /// characters without allocating.
    /// </summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the text does not fit.</param>
    /// <param name="format">The format; empty for the canonical text.</param>
    /// <param name="provider">Not used: the text is the same in every culture.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException">The format is not one of those of <see cref="ToString(string?, IFormatProvider?)"/>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        var kind = Formatting.IdentifierFormat(format, "MN", Formats);
        charsWritten = 0;
        var position = 0;
        switch (kind)
        {
            case 'M':
                return Formatting.TryCopy(Member.ToString(), destination, out charsWritten);
            case 'N':
                if (_value is null)
                {
                    return true;
                }

                if (!Formatting.TryWriteDigits(Number, 2, destination, ref position))
                {
                    return false;
                }

                charsWritten = position;
                return true;
            default:
                if (!Formatting.TryCopy(ToString(), destination, out charsWritten))
                {
                    return false;
                }

                if (kind == 'L')
                {
                    Formatting.ToLowerAscii(destination.Slice(0, charsWritten));
                }

                return true;
        }
    }

    /// <summary>
    /// Reads an identifier written exactly in a format: <c>G</c> the canonical upper-case text, <c>L</c> the
    /// lower-case text, with no spaces around it. (<see cref="Parse"/> reads either case and trims spaces.)
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="format">The format: <c>G</c> or <c>L</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="format"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not an identifier in that format, or the format writes a part that cannot be read back.</exception>
    public static ActionPlanId ParseExact(string text, string format)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(format);
        return TryParseExact(text.AsSpan(), format.AsSpan(), out var id)
            ? id
            : throw new FormatException($"'{Excerpt.Of(text)}' is not an OGP action plan identifier in the format '{Excerpt.Of(format)}'.");
    }

    /// <summary>Reads an identifier written exactly in a format, as <see cref="ParseExact"/> does, without throwing on the text.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="format">The format: <c>G</c> or <c>L</c>.</param>
    /// <param name="id">The identifier read.</param>
    /// <returns><see langword="true"/> when the text is an identifier in that format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The format is not <c>G</c> or <c>L</c> (whatever the text).</exception>
    public static bool TryParseExact(string? text, string format, out ActionPlanId id)
    {
        ArgumentNullException.ThrowIfNull(format);
        id = default;
        return text is not null && TryParseExact(text.AsSpan(), format.AsSpan(), out id);
    }

    /// <summary>Reads an identifier written exactly in a format, as <see cref="ParseExact"/> does, without throwing on the text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="format">The format: <c>G</c> or <c>L</c>.</param>
    /// <param name="id">The identifier read.</param>
    /// <returns><see langword="true"/> when the text is an identifier in that format.</returns>
    /// <exception cref="FormatException">The format is not <c>G</c> or <c>L</c> (whatever the text).</exception>
    public static bool TryParseExact(ReadOnlySpan<char> text, ReadOnlySpan<char> format, out ActionPlanId id) =>
        Formatting.TryParseExact(text, format, "MN", Formats, TryParse, out id);

#if NET
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
