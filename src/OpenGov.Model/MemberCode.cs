using System;

namespace OpenGov.Model;

/// <summary>
/// The code of an OGP member: the ISO 3166-1 alpha-3 code of a country (<c>ALB</c>, <c>CHL</c>), or
/// four letters for a local member (<c>ARBA</c>, <c>MXJL</c>).
/// </summary>
/// <remarks>Reading accepts lower case and surrounding spaces; <see cref="ToString"/> is upper case.</remarks>
public readonly struct MemberCode : IEquatable<MemberCode>, IComparable<MemberCode>
#if NET
    , ISpanParsable<MemberCode>, ISpanFormattable
#endif
{
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
