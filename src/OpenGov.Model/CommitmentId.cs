using System;
using System.Globalization;

namespace OpenGov.Model;

/// <summary>
/// The unique identifier of a commitment in the IRM commitment dataset: two or three upper-case
/// letters and four digits, numbered per member (<c>AL0002</c>, <c>UK0051</c>, <c>BUE0009</c>).
/// </summary>
/// <remarks>
/// The prefix is not an ISO code; treat it as opaque. Reading accepts lower case (as in commitment
/// page addresses) and surrounding spaces; <see cref="ToString()"/> is upper case.
/// </remarks>
public readonly struct CommitmentId : IEquatable<CommitmentId>, IComparable<CommitmentId>, IFormattable
#if NET
    , ISpanParsable<CommitmentId>, ISpanFormattable
#endif
{
    // The identifier packed in a number: its letters (two, or three) as one value, times 10,000, plus its
    // digits. Two letters give 1 to 676, three give 677 to 18,252; 0 is the default, no identifier. An
    // identifier is then four bytes, compared and hashed as a number, and kept by the million without a
    // string each.
    private const int TwoLetters = 26 * 26;

    private static readonly string?[] Prefixes = new string?[TwoLetters + (26 * 26 * 26) + 1];

    private const string Formats = "G (canonical), L (lower case), P (prefix) or N (number)";

    private readonly int _code;

    private CommitmentId(int code) => _code = code;

    /// <summary>Gets the letters before the number, such as <c>AL</c>.</summary>
    public string Prefix => _code == 0 ? string.Empty : PrefixOf(_code / 10000);

    /// <summary>Gets the number after the prefix, such as 2 for <c>AL0002</c>.</summary>
    public int Number => _code % 10000;

    /// <summary>Reads a commitment identifier.</summary>
    /// <param name="text">Two or three letters and four digits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a commitment identifier.</exception>
    public static CommitmentId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return TryParse(text.AsSpan(), out var id)
            ? id
            : throw new FormatException($"'{Excerpt.Of(text)}' is not an OGP commitment identifier: two or three letters and four digits, such as AL0002.");
    }

    /// <summary>Reads a commitment identifier.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="id">The identifier read.</param>
    /// <returns><see langword="true"/> when the text is two or three letters and four digits.</returns>
    public static bool TryParse(string? text, out CommitmentId id)
    {
        id = default;
        return text is not null && TryParse(text.AsSpan(), out id);
    }

    /// <summary>Reads a commitment identifier.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">The identifier read.</param>
    /// <returns><see langword="true"/> when the text is two or three letters and four digits.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out CommitmentId id)
    {
        id = default;
        text = text.Trim();
        if (text.Length is not (6 or 7))
        {
            return false;
        }

        var letters = text.Length - 4;
        var value = 0;
        for (var i = 0; i < letters; i++)
        {
            var c = text[i];
            if (!Ascii.IsLetter(c))
            {
                return false;
            }

            value = (value * 26) + ((c | 0x20) - 'a');
        }

        var number = 0;
        for (var i = letters; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            number = (number * 10) + (text[i] - '0');
        }

        value += letters == 2 ? 1 : TwoLetters + 1;
        id = new CommitmentId((value * 10000) + number);
        return true;
    }

    /// <summary>Creates an identifier from its prefix and number.</summary>
    /// <param name="prefix">Two or three letters.</param>
    /// <param name="number">From 0 to 9999.</param>
    /// <exception cref="ArgumentException">The prefix or the number is out of range.</exception>
    public static CommitmentId Create(string prefix, int number)
    {
        ArgumentNullException.ThrowIfNull(prefix);

        if (number is < 0 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "The number must be from 0 to 9999.");
        }

        return TryParse(prefix + number.ToString("D4", CultureInfo.InvariantCulture), out var id)
            ? id
            : throw new ArgumentException($"'{prefix}' is not two or three letters.", nameof(prefix));
    }

    /// <summary>Returns the identifier in upper case, or an empty string for the default instance.</summary>
    public override string ToString() =>
        _code == 0 ? string.Empty : PrefixOf(_code / 10000) + (_code % 10000).ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the identifier: <c>G</c> (or <c>g</c>, empty, <see langword="null"/>) the canonical text (<c>AL0002</c>),
    /// <c>L</c> (or <c>l</c>) the same in lower case (<c>al0002</c>, as in commitment page addresses); <c>P</c> the prefix (<c>AL</c>) and <c>N</c> the number of four digits (<c>0002</c>). The same in every culture.
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
        var kind = Formatting.IdentifierFormat(format, "PN", Formats);
        var position = 0;
        charsWritten = 0;
        if (_code == 0)
        {
            return true;
        }

        var written = kind switch
        {
            'P' => Formatting.TryCopy(Prefix, destination, out position),
            'N' => Formatting.TryWriteDigits(Number, 4, destination, ref position),
            _ => Formatting.TryCopy(Prefix, destination, out position) && Formatting.TryWriteDigits(Number, 4, destination, ref position),
        };
        if (!written)
        {
            return false;
        }

        if (kind == 'L')
        {
            Formatting.ToLowerAscii(destination.Slice(0, position));
        }

        charsWritten = position;
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
    public static CommitmentId ParseExact(string text, string format)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(format);
        return TryParseExact(text.AsSpan(), format.AsSpan(), out var id)
            ? id
            : throw new FormatException($"'{Excerpt.Of(text)}' is not an OGP commitment identifier in the format '{Excerpt.Of(format)}'.");
    }

    /// <summary>Reads an identifier written exactly in a format, as <see cref="ParseExact"/> does, without throwing on the text.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="format">The format: <c>G</c> or <c>L</c>.</param>
    /// <param name="id">The identifier read.</param>
    /// <returns><see langword="true"/> when the text is an identifier in that format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The format is not <c>G</c> or <c>L</c> (whatever the text).</exception>
    public static bool TryParseExact(string? text, string format, out CommitmentId id)
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
    public static bool TryParseExact(ReadOnlySpan<char> text, ReadOnlySpan<char> format, out CommitmentId id) =>
        Formatting.TryParseExact(text, format, "PN", Formats, TryParse, out id);

#if NET
    /// <inheritdoc />
    static CommitmentId IParsable<CommitmentId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<CommitmentId>.TryParse(string? s, IFormatProvider? provider, out CommitmentId result) => TryParse(s, out result);

    /// <inheritdoc />
    static CommitmentId ISpanParsable<CommitmentId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => TryParse(s, out var value) ? value : Parse(s.ToString());

    /// <inheritdoc />
    static bool ISpanParsable<CommitmentId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CommitmentId result) => TryParse(s, out result);
#endif

    /// <inheritdoc />
    public bool Equals(CommitmentId other) => _code == other._code;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CommitmentId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _code;

    /// <inheritdoc />
    public int CompareTo(CommitmentId other) => _code == other._code ? 0 : string.CompareOrdinal(ToString(), other.ToString());

    /// <summary>Compares two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    public static bool operator ==(CommitmentId left, CommitmentId right) => left.Equals(right);

    /// <summary>Compares two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    public static bool operator !=(CommitmentId left, CommitmentId right) => !left.Equals(right);

    /// <summary>Orders two identifiers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator <(CommitmentId left, CommitmentId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two identifiers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator <=(CommitmentId left, CommitmentId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two identifiers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator >(CommitmentId left, CommitmentId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two identifiers.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator >=(CommitmentId left, CommitmentId right) => left.CompareTo(right) >= 0;

    /// <summary>The letters of a prefix value, made once each.</summary>
    private static string PrefixOf(int value)
    {
        var prefix = Prefixes[value];
        if (prefix is not null)
        {
            return prefix;
        }

        var letters = value <= TwoLetters
            ? new[] { (char)('A' + ((value - 1) / 26)), (char)('A' + ((value - 1) % 26)) }
            : new[] { (char)('A' + ((value - TwoLetters - 1) / 676)), (char)('A' + ((value - TwoLetters - 1) / 26 % 26)), (char)('A' + ((value - TwoLetters - 1) % 26)) };
        return Prefixes[value] = new string(letters);
    }
}
