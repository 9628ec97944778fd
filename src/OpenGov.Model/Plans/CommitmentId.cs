using System;
using System.Globalization;

namespace OpenGov.Model.Plans;

/// <summary>
/// The unique identifier of a commitment in the IRM commitment dataset: two or three upper-case
/// letters and four digits, numbered per member (<c>AL0002</c>, <c>UK0051</c>, <c>BUE0009</c>).
/// </summary>
/// <remarks>
/// The prefix is not an ISO code; treat it as opaque. Reading accepts lower case (as in commitment
/// page addresses) and surrounding spaces; <see cref="ToString"/> is upper case.
/// </remarks>
public readonly struct CommitmentId : IEquatable<CommitmentId>, IComparable<CommitmentId>
{
    private readonly string? _value;

    private CommitmentId(string value) => _value = value;

    /// <summary>Gets the letters before the number, such as <c>AL</c>.</summary>
    public string Prefix => _value is null ? string.Empty : _value.Substring(0, _value.Length - 4);

    /// <summary>Gets the number after the prefix, such as 2 for <c>AL0002</c>.</summary>
    public int Number
    {
        get
        {
            if (_value is null)
            {
                return 0;
            }

            var number = 0;
            for (var i = _value.Length - 4; i < _value.Length; i++)
            {
                number = (number * 10) + (_value[i] - '0');
            }

            return number;
        }
    }

    /// <summary>Reads a commitment identifier.</summary>
    /// <param name="text">Two or three letters and four digits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a commitment identifier.</exception>
    public static CommitmentId Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return TryParse(text.AsSpan(), out var id)
            ? id
            : throw new FormatException($"'{text}' is not an OGP commitment identifier: two or three letters and four digits, such as AL0002.");
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
        for (var i = 0; i < text.Length; i++)
        {
            if (i < letters ? !Ascii.IsLetter(text[i]) : text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        id = new CommitmentId(Ascii.ToUpper(text));
        return true;
    }

    /// <summary>Creates an identifier from its prefix and number.</summary>
    /// <param name="prefix">Two or three letters.</param>
    /// <param name="number">From 0 to 9999.</param>
    /// <exception cref="ArgumentException">The prefix or the number is out of range.</exception>
    public static CommitmentId Create(string prefix, int number)
    {
        if (prefix is null)
        {
            throw new ArgumentNullException(nameof(prefix));
        }

        if (number is < 0 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "The number must be from 0 to 9999.");
        }

        return TryParse(prefix + number.ToString("D4", CultureInfo.InvariantCulture), out var id)
            ? id
            : throw new ArgumentException($"'{prefix}' is not two or three letters.", nameof(prefix));
    }

    /// <summary>Returns the identifier in upper case, or an empty string for the default instance.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(CommitmentId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CommitmentId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(CommitmentId other) => string.CompareOrdinal(_value, other._value);

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
}
