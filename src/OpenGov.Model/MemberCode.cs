using System;

namespace OpenGov.Model;

/// <summary>
/// The code of an OGP member: the ISO 3166-1 alpha-3 code of a country (<c>ALB</c>, <c>CHL</c>), or
/// four letters for a local member (<c>ARBA</c>, <c>MXJL</c>).
/// </summary>
/// <remarks>Reading accepts lower case and surrounding spaces; <see cref="ToString()"/> is upper case.</remarks>
public readonly struct MemberCode : IEquatable<MemberCode>, IComparable<MemberCode>, IFormattable
#if NET
    , ISpanParsable<MemberCode>, ISpanFormattable
#endif
{
    private const string Formats = "G (canonical) or L (lower case)";

    private readonly string? _value;

    private MemberCode(string value) => _value = value;

    /// <summary>Gets whether the code has four letters, the form of local members.</summary>
    public bool IsLocal => _value?.Length == 4;

    /// <summary>Reads a member code.</summary>
    /// <param name="text">Three or four letters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a member code.</exception>
    public static MemberCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return TryParse(text.AsSpan(), out var code)
            ? code
            : throw new FormatException($"'{Excerpt.Of(text)}' is not an OGP member code: three or four letters, such as ALB or ARBA.");
    }

    /// <summary>Reads a member code.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="code">The code read.</param>
    /// <returns><see langword="true"/> when the text is three or four letters.</returns>
    public static bool TryParse(string? text, out MemberCode code)
    {
        code = default;
        return text is not null && TryParse(text.AsSpan(), out code);
    }

    /// <summary>Reads a member code.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code read.</param>
    /// <returns><see langword="true"/> when the text is three or four letters.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out MemberCode code)
    {
        code = default;
        text = text.Trim();
        if (text.Length is not (3 or 4))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!Ascii.IsLetter(c))
            {
                return false;
            }
        }

        code = new MemberCode(Ascii.ToUpper(text));
        return true;
    }

    /// <summary>Returns the code in upper case, or an empty string for the default instance.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>
    /// Formats the identifier: <c>G</c> (or <c>g</c>, empty, <see langword="null"/>) the canonical text (<c>ALB</c>),
    /// <c>L</c> (or <c>l</c>) the same in lower case (<c>alb</c>). The same in every culture.
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
        var kind = Formatting.IdentifierFormat(format, "", Formats);
        var text = ToString();
        if (!Formatting.TryCopy(text, destination, out charsWritten))
        {
            return false;
        }

        if (kind == 'L')
        {
            Formatting.ToLowerAscii(destination.Slice(0, charsWritten));
        }

        return true;
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
    public static MemberCode ParseExact(string text, string format)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(format);
        return TryParseExact(text.AsSpan(), format.AsSpan(), out var code)
            ? code
            : throw new FormatException($"'{Excerpt.Of(text)}' is not an OGP member code in the format '{Excerpt.Of(format)}'.");
    }

    /// <summary>Reads an identifier written exactly in a format, as <see cref="ParseExact"/> does, without throwing on the text.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="format">The format: <c>G</c> or <c>L</c>.</param>
    /// <param name="code">The identifier read.</param>
    /// <returns><see langword="true"/> when the text is an identifier in that format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The format is not <c>G</c> or <c>L</c> (whatever the text).</exception>
    public static bool TryParseExact(string? text, string format, out MemberCode code)
    {
        ArgumentNullException.ThrowIfNull(format);
        code = default;
        return text is not null && TryParseExact(text.AsSpan(), format.AsSpan(), out code);
    }

    /// <summary>Reads an identifier written exactly in a format, as <see cref="ParseExact"/> does, without throwing on the text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="format">The format: <c>G</c> or <c>L</c>.</param>
    /// <param name="code">The identifier read.</param>
    /// <returns><see langword="true"/> when the text is an identifier in that format.</returns>
    /// <exception cref="FormatException">The format is not <c>G</c> or <c>L</c> (whatever the text).</exception>
    public static bool TryParseExact(ReadOnlySpan<char> text, ReadOnlySpan<char> format, out MemberCode code) =>
        Formatting.TryParseExact(text, format, "", Formats, TryParse, out code);

#if NET
    /// <inheritdoc />
    static MemberCode IParsable<MemberCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<MemberCode>.TryParse(string? s, IFormatProvider? provider, out MemberCode result) => TryParse(s, out result);

    /// <inheritdoc />
    static MemberCode ISpanParsable<MemberCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => TryParse(s, out var value) ? value : Parse(s.ToString());

    /// <inheritdoc />
    static bool ISpanParsable<MemberCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out MemberCode result) => TryParse(s, out result);
#endif

    /// <inheritdoc />
    public bool Equals(MemberCode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MemberCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(MemberCode other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator ==(MemberCode left, MemberCode right) => left.Equals(right);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator !=(MemberCode left, MemberCode right) => !left.Equals(right);

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator <(MemberCode left, MemberCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator <=(MemberCode left, MemberCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator >(MemberCode left, MemberCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator >=(MemberCode left, MemberCode right) => left.CompareTo(right) >= 0;
}
