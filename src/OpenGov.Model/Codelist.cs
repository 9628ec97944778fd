using System;
using System.Collections.Generic;

namespace OpenGov.Model;

/// <summary>
/// A closed list of values of OGP data (a scale such as completion, or a list such as regions) with,
/// for each value, its canonical label, JSON token, the aliases seen in the wild, its dataset code,
/// its ordinal and its definition. Reading a label is total: any text gives a value, a missing kind,
/// or the text kept as unrecognized.
/// </summary>
/// <typeparam name="T">The enumeration of the values.</typeparam>
public sealed class Codelist<T>
    where T : struct, Enum
{
    private readonly CodelistEntry<T>[] _entries;
    private readonly (string Key, int Entry)[] _keys;
    private readonly Dictionary<T, int> _byValue;
    private readonly byte[][] _utf8Tokens;

    internal Codelist(string name, string title, string definition, string? source, bool isOrdered, CodelistEntry<T>[] entries)
    {
        Name = name;
        Title = title;
        Definition = definition;
        Source = source;
        IsOrdered = isOrdered;
        _entries = entries;
        Entries = ValueList.Create(entries);
        _byValue = new Dictionary<T, int>(entries.Length);
        var keys = new List<(string, int)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            _byValue.Add(entries[i].Value, i);
            AddKey(entries[i].Token, i);
            AddKey(entries[i].Label, i);
            foreach (var alias in entries[i].Aliases)
            {
                AddKey(alias, i);
            }

            foreach (var translation in entries[i].Translations)
            {
                AddKey(translation, i);
            }
        }

        _keys = keys.ToArray();
        _utf8Tokens = Array.ConvertAll(entries, e => System.Text.Encoding.UTF8.GetBytes(e.Token));

        void AddKey(string text, int entry)
        {
            var key = LabelKey.Create(text);
            if (seen.TryGetValue(key, out var other))
            {
                if (other != entry)
                {
                    throw new InvalidOperationException($"Codelist '{name}': '{text}' names two values.");
                }

                return;
            }

            seen.Add(key, entry);
            keys.Add((key, entry));
        }
    }

    /// <summary>Gets the codelist of <typeparamref name="T"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not an enumeration of this library.</exception>
    public static Codelist<T> Default { get; } = CodelistRegistry.Create<T>();

    /// <summary>Gets the kebab-case name of the list, such as <c>completion</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the title of the list, such as <c>Completion</c>.</summary>
    public string Title { get; }

    /// <summary>Gets what the list measures or names.</summary>
    public string Definition { get; }

    /// <summary>Gets the address of the OGP source the list rests on, where there is one.</summary>
    public string? Source { get; }

    /// <summary>Gets whether the values are ordered (a scale), so that <see cref="CodelistEntry{T}.Ordinal"/> compares them.</summary>
    public bool IsOrdered { get; }

    /// <summary>Gets the values, in order.</summary>
    public ValueList<CodelistEntry<T>> Entries { get; }

    /// <summary>Gets the entry of <paramref name="value"/>.</summary>
    /// <param name="value">A value of the list.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public CodelistEntry<T> this[T value] =>
        _byValue.TryGetValue(value, out var i)
            ? _entries[i]
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a value of the {Name} list.");

    /// <summary>Gets whether <paramref name="value"/> is a defined value of the list.</summary>
    /// <param name="value">The value.</param>
    public bool IsDefined(T value) => _byValue.ContainsKey(value);

    /// <summary>
    /// Reads a label, alias or token: case, spaces and punctuation do not matter. Allocates nothing.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value read.</param>
    /// <returns><see langword="true"/> when the text names a value of the list.</returns>
    public bool TryParse(ReadOnlySpan<char> text, out T value)
    {
        foreach (var (key, entry) in _keys)
        {
            if (LabelKey.Equals(text, key))
            {
                value = _entries[entry].Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Reads exactly a canonical token in UTF-8, the JSON format's fast path; allocates nothing.</summary>
    internal bool TryParseToken(ReadOnlySpan<byte> utf8, out T value)
    {
        for (var i = 0; i < _utf8Tokens.Length; i++)
        {
            if (utf8.SequenceEqual(_utf8Tokens[i]))
            {
                value = _entries[i].Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Reads any text: empty text is <see cref="RecordedState.NotAnswered"/>; a label, alias or token is
    /// the value; <c>ND</c>, <c>NR</c>, <c>NA</c> (and their spelled-out forms) are the missing kinds;
    /// anything else is kept as <see cref="RecordedState.Unrecognized"/> text. Never throws.
    /// </summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The value, the missing kind, or the text kept as unrecognized.</returns>
    public Recorded<T> Read(string? text)
    {
        if (text is null || IsBlank(text))
        {
            return Recorded<T>.NotAnswered;
        }

        if (TryParse(text.AsSpan(), out var value))
        {
            return Recorded<T>.Of(value);
        }

        return MissingTokens.TryParse(text.AsSpan(), out var state)
            ? Recorded<T>.Missing(state)
            : Recorded<T>.Unrecognized(text);
    }

    /// <summary>
    /// Reads text as <see cref="Read"/> does, and also a label or alias cut short, as narrow spreadsheet columns
    /// and trackers publish them (<c>Not Sta</c>, <c>Complet</c>): text of at least three letters or digits that
    /// starts the labels or aliases of one value only. Text that starts those of two values is kept as
    /// unrecognized. Never throws.
    /// </summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The value, the missing kind, or the text kept as unrecognized.</returns>
    public Recorded<T> ReadAbbreviated(string? text)
    {
        var read = Read(text);
        if (read.State != RecordedState.Unrecognized)
        {
            return read;
        }

        var key = LabelKey.Create(text!);
        if (key.Length < 3)
        {
            return read;
        }

        int? found = null;
        foreach (var (candidate, entry) in _keys)
        {
            if (candidate.StartsWith(key, StringComparison.Ordinal))
            {
                if (found is { } other && other != entry)
                {
                    return read;
                }

                found = entry;
            }
        }

        return found is { } index ? Recorded<T>.Of(_entries[index].Value) : read;
    }

    /// <summary>Reads a label, alias or token of the list; case, spaces and punctuation do not matter.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text names no value of the list (a missing token such as <c>ND</c> included: see <see cref="Read"/>).</exception>
    public T Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text.AsSpan(), out var value)
            ? value
            : throw new FormatException($"'{Excerpt.Of(text)}' is not a value of the {Name} list.");
    }

    /// <summary>Gets the value that has the dataset code <paramref name="code"/>.</summary>
    /// <param name="code">A numeric code of the IRM commitment dataset.</param>
    /// <param name="value">The first value with that code.</param>
    /// <returns><see langword="true"/> when a value has that code.</returns>
    public bool TryFromDatasetCode(int code, out T value)
    {
        foreach (var entry in _entries)
        {
            if (entry.DatasetCode == code)
            {
                value = entry.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Describes a recorded value for people: the label of a value, else the missing kind or the kept text.</summary>
    internal string Describe(Recorded<T> value) => value.TryGetValue(out var v) && IsDefined(v) ? this[v].Label : value.ToString();

    /// <summary>Returns the title of the list.</summary>
    public override string ToString() => Title;

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
