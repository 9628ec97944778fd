using System;

namespace OpenGov.Model;

/// <summary>
/// Shares the strings of short, repeated cells (<c>0</c>, <c>1</c>, <c>ND</c>, <c>Substantial</c>, a
/// member's name): a table of a fixed size, keyed by the characters' hash; a collision replaces the entry.
/// Reading a dataset then allocates a string for a flag cell once, not once a row.
/// </summary>
internal sealed class StringPool
{
    /// <summary>The longest text shared; longer text gets its own string.</summary>
    public const int MaxLength = 48;

    private const int Size = 4096;

    private readonly string?[] _entries = new string?[Size];

    /// <summary>Gets the string of <paramref name="chars"/>, shared when it is short.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 0)
        {
            return string.Empty;
        }

        if (chars.Length > MaxLength)
        {
            return chars.ToString();
        }

        uint hash = 2166136261;
        foreach (var c in chars)
        {
            hash = (hash ^ c) * 16777619;
        }

        ref var entry = ref _entries[hash & (Size - 1)];
        if (entry is not null && chars.SequenceEqual(entry.AsSpan()))
        {
            return entry;
        }

        return entry = chars.ToString();
    }
}
