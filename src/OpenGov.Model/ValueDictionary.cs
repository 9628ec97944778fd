using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace OpenGov.Model;

/// <summary>
/// An immutable dictionary that keeps the order in which its entries were added and compares by
/// value: two dictionaries are equal when they hold the same keys with equal values, whatever the order.
/// </summary>
/// <typeparam name="TKey">The type of the keys.</typeparam>
/// <typeparam name="TValue">The type of the values.</typeparam>
[DebuggerDisplay("Count = {Count}")]
public sealed class ValueDictionary<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IEquatable<ValueDictionary<TKey, TValue>>
    where TKey : notnull
{
    // Small dictionaries (the usual case: a commitment's policy areas) are searched in order;
    // larger ones get a hash index.
    private const int IndexThreshold = 8;

    private readonly KeyValuePair<TKey, TValue>[] _entries;
    private Dictionary<TKey, int>? _index;
    private int _hash;

    /// <summary>Gets the empty dictionary.</summary>
    public static ValueDictionary<TKey, TValue> Empty { get; } = new([], null);

    private ValueDictionary(KeyValuePair<TKey, TValue>[] entries, Dictionary<TKey, int>? index)
    {
        _entries = entries;
        _index = entries.Length > IndexThreshold ? index : null;
    }

    /// <summary>Makes a dictionary that owns <paramref name="entries"/>, whose keys the caller knows to be unique.</summary>
    internal static ValueDictionary<TKey, TValue> FromUnique(KeyValuePair<TKey, TValue>[] entries) =>
        entries.Length == 0 ? Empty : new ValueDictionary<TKey, TValue>(entries, null);

    private static Dictionary<TKey, int> CreateIndex(KeyValuePair<TKey, TValue>[] entries)
    {
        var index = new Dictionary<TKey, int>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            index[entries[i].Key] = i;
        }

        return index;
    }

    private int IndexOf(TKey key)
    {
        if (_entries.Length > IndexThreshold)
        {
            // Built on the first lookup: a dictionary read and written whole never needs it. Racing
            // threads build equal indexes; either may win.
            var index = _index ??= CreateIndex(_entries);
            return index.TryGetValue(key, out var i) ? i : -1;
        }

        var comparer = EqualityComparer<TKey>.Default;
        for (var i = 0; i < _entries.Length; i++)
        {
            if (comparer.Equals(_entries[i].Key, key))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Creates a dictionary from <paramref name="entries"/>, in their order; a later entry with
    /// the same key replaces the earlier one in place.
    /// </summary>
    /// <param name="entries">The entries.</param>
    public static ValueDictionary<TKey, TValue> Create(IEnumerable<KeyValuePair<TKey, TValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);

        if (entries is ValueDictionary<TKey, TValue> dictionary)
        {
            return dictionary;
        }

        var list = new List<KeyValuePair<TKey, TValue>>(entries is ICollection<KeyValuePair<TKey, TValue>> c ? c.Count : 4);
        list.AddRange(entries);
        return FromList(list);
    }

    /// <summary>Makes a dictionary of <paramref name="list"/>, which it may reorder in place; a later duplicate key replaces the earlier entry.</summary>
    internal static ValueDictionary<TKey, TValue> FromList(List<KeyValuePair<TKey, TValue>> list)
    {
        if (list.Count == 0)
        {
            return Empty;
        }

        if (list.Count <= IndexThreshold)
        {
            var comparer = EqualityComparer<TKey>.Default;
            for (var i = 1; i < list.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (comparer.Equals(list[j].Key, list[i].Key))
                    {
                        list[j] = list[i];
                        list.RemoveAt(i--);
                        break;
                    }
                }
            }

            return new ValueDictionary<TKey, TValue>(list.ToArray(), null);
        }

        var unique = new List<KeyValuePair<TKey, TValue>>(list.Count);
        var positions = new Dictionary<TKey, int>(list.Count);
        foreach (var entry in list)
        {
            if (positions.TryGetValue(entry.Key, out var position))
            {
                unique[position] = entry;
            }
            else
            {
                positions[entry.Key] = unique.Count;
                unique.Add(entry);
            }
        }

        return new ValueDictionary<TKey, TValue>(unique.ToArray(), positions);
    }

    /// <summary>Gets the number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>The entries in order, for passes that walk them without a lookup per key.</summary>
    internal ReadOnlySpan<KeyValuePair<TKey, TValue>> Entries => _entries;

    /// <summary>Gets the keys, in order.</summary>
    public IEnumerable<TKey> Keys => _entries.Select(e => e.Key);

    /// <summary>Gets the values, in the order of their keys.</summary>
    public IEnumerable<TValue> Values => _entries.Select(e => e.Value);

    /// <summary>Gets the value of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <exception cref="KeyNotFoundException">The dictionary has no such key.</exception>
    public TValue this[TKey key] =>
        IndexOf(key) is >= 0 and var i ? _entries[i].Value : throw new KeyNotFoundException($"The key '{key}' is not in the dictionary.");

    /// <summary>Gets whether the dictionary has <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    public bool ContainsKey(TKey key) => IndexOf(key) >= 0;

    /// <summary>Gets the value of <paramref name="key"/>, if the dictionary has it.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, or the default when the key is absent.</param>
    /// <returns><see langword="true"/> when the key is present.</returns>
    public bool TryGetValue(TKey key, out TValue value)
    {
        var i = IndexOf(key);
        if (i >= 0)
        {
            value = _entries[i].Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Returns a dictionary where <paramref name="key"/> has <paramref name="value"/>; this dictionary is unchanged.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    public ValueDictionary<TKey, TValue> SetItem(TKey key, TValue value)
    {
        var entries = _entries.ToList();
        var pair = new KeyValuePair<TKey, TValue>(key, value);
        var i = IndexOf(key);
        if (i >= 0)
        {
            entries[i] = pair;
        }
        else
        {
            entries.Add(pair);
        }

        return new ValueDictionary<TKey, TValue>(entries.ToArray(), null);
    }

    /// <summary>Returns the entries, in order.</summary>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<TKey, TValue>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueDictionary<TKey, TValue>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._entries.Length != _entries.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<TValue>.Default;
        foreach (var entry in _entries)
        {
            if (!other.TryGetValue(entry.Key, out var value) || !comparer.Equals(entry.Value, value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueDictionary<TKey, TValue>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            // Order-independent: equal dictionaries in another order have the same hash.
            var keys = EqualityComparer<TKey>.Default;
            var values = EqualityComparer<TValue>.Default;
            var value = _entries.Length;
            foreach (var entry in _entries)
            {
                value ^= Hash.Combine(keys.GetHashCode(entry.Key), entry.Value is null ? 0 : values.GetHashCode(entry.Value));
            }

            _hash = value == 0 ? 1 : value;
        }

        return _hash;
    }

    /// <summary>Returns the entries as <c>{key: value, …}</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder("{");
        for (var i = 0; i < _entries.Length; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(_entries[i].Key).Append(": ").Append(_entries[i].Value);
        }

        return builder.Append('}').ToString();
    }

    /// <summary>Compares two dictionaries by value.</summary>
    /// <param name="left">The first dictionary.</param>
    /// <param name="right">The second dictionary.</param>
    public static bool operator ==(ValueDictionary<TKey, TValue>? left, ValueDictionary<TKey, TValue>? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two dictionaries by value.</summary>
    /// <param name="left">The first dictionary.</param>
    /// <param name="right">The second dictionary.</param>
    public static bool operator !=(ValueDictionary<TKey, TValue>? left, ValueDictionary<TKey, TValue>? right) => !(left == right);
}
