using System;

namespace OpenGov.Model.Analysis;

/// <summary>
/// How a <see cref="DatasetDifference"/> names a row: the commitment's identifier (<c>AL0002</c>), or the text
/// of the identifier cell when it holds no identifier; the second and later rows of one identifier are named
/// <c>AL0002#2</c>, <c>AL0002#3</c> … (with one more <c>#</c> at the end where that text is itself the name of
/// another row). <see cref="Id"/> gives the typed identifier; the JSON format writes the name as a string.
/// </summary>
/// <remarks>Names compare by their text, ordinally. The default value has an empty text and no identifier.</remarks>
public readonly struct DatasetRowName : IEquatable<DatasetRowName>, IComparable<DatasetRowName>, IComparable
{
    private readonly string? _text;

    /// <summary>Creates the name from its text, as a difference writes it.</summary>
    /// <param name="text">The name: an identifier or a cell's text, with <c>#</c> and the row's place among the rows of that identifier when it is not the first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty.</exception>
    public DatasetRowName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            throw new ArgumentException("A row's name is not empty.", nameof(text));
        }

        _text = text;
        (Id, Occurrence) = Split(text);
    }

    /// <summary>Gets the name as written.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>Gets the commitment's identifier, or null when the row's identifier cell holds text that is not one.</summary>
    public CommitmentId? Id { get; }

    /// <summary>Gets which of the rows with this identifier the row is: 1 for the first, 2 for the second ….</summary>
    public int Occurrence { get; }

    /// <summary>Tells whether two names are equal.</summary>
    /// <param name="left">A name.</param>
    /// <param name="right">Another name.</param>
    /// <returns>Whether their texts are equal.</returns>
    public static bool operator ==(DatasetRowName left, DatasetRowName right) => left.Equals(right);

    /// <summary>Tells whether two names differ.</summary>
    /// <param name="left">A name.</param>
    /// <param name="right">Another name.</param>
    /// <returns>Whether their texts differ.</returns>
    public static bool operator !=(DatasetRowName left, DatasetRowName right) => !left.Equals(right);

    /// <summary>Tells whether a name sorts before another.</summary>
    /// <param name="left">A name.</param>
    /// <param name="right">Another name.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(DatasetRowName left, DatasetRowName right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether a name sorts after another.</summary>
    /// <param name="left">A name.</param>
    /// <param name="right">Another name.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(DatasetRowName left, DatasetRowName right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether a name sorts before another or equals it.</summary>
    /// <param name="left">A name.</param>
    /// <param name="right">Another name.</param>
    /// <returns>Whether <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(DatasetRowName left, DatasetRowName right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether a name sorts after another or equals it.</summary>
    /// <param name="left">A name.</param>
    /// <param name="right">Another name.</param>
    /// <returns>Whether <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(DatasetRowName left, DatasetRowName right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(DatasetRowName other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DatasetRowName other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <inheritdoc />
    public int CompareTo(DatasetRowName other) => string.CompareOrdinal(Text, other.Text);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        DatasetRowName other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a DatasetRowName.", nameof(obj)),
    };

    /// <summary>Gets the name as written.</summary>
    /// <returns>The name's text.</returns>
    public override string ToString() => Text;

    /// <summary>The identifier and the place of a row from its name: <c>TEXT</c>, or <c>TEXT#N</c> with any further <c>#</c>.</summary>
    private static (CommitmentId? Id, int Occurrence) Split(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] == '#')
        {
            end--;
        }

        var digits = end;
        while (digits > 0 && text[digits - 1] is >= '0' and <= '9')
        {
            digits--;
        }

        var place = 0L;
        for (var i = digits; i < end && place <= int.MaxValue; i++)
        {
            place = (place * 10) + (text[i] - '0');
        }

        var occurrence = 1;
        var identifier = text;
        if (digits < end && digits > 1 && text[digits - 1] == '#' && place is >= 2 and <= int.MaxValue)
        {
            occurrence = (int)place;
            identifier = text.Substring(0, digits - 1);
        }

        return (CommitmentId.TryParse(identifier, out var id) ? id : null, occurrence);
    }
}
