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
    private readonly KeyValuePair<TKey, TValue>[] _entries;
    private readonly Dictionary<TKey, int> _index;
    private int _hash;

    /// <summary>Gets the empty dictionary.</summary>
    public static ValueDictionary<TKey, TValue> Empty { get; } = new([]);

    private ValueDictionary(KeyValuePair<TKey, TValue>[] entries)
    {
        _entries = entries;
        _index = new Dictionary<TKey, int>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            _index[entries[i].Key] = i;
        }
    }

    /// <summary>
    /// Creates a dictionary from <paramref name="entries"/>, in their order; a later entry with
    /// the same key replaces the earlier one in place.
    /// </summary>
    /// <param name="entries">The entries.</param>
    public static ValueDictionary<TKey, TValue> Create(IEnumerable<KeyValuePair<TKey, TValue>> entries)
    {
        if (entries is null)
        {
            throw new ArgumentNullException(nameof(entries));
        }

        if (entries is ValueDictionary<TKey, TValue> dictionary)
        {
            return dictionary;
        }

        var list = new List<KeyValuePair<TKey, TValue>>();
        var positions = new Dictionary<TKey, int>();
        foreach (var entry in entries)
        {
            if (positions.TryGetValue(entry.Key, out var position))
            {
                list[position] = entry;
            }
            else
            {
                positions[entry.Key] = list.Count;
                list.Add(entry);
            }
        }

        return list.Count == 0 ? Empty : new ValueDictionary<TKey, TValue>(list.ToArray());
    }

    /// <summary>Gets the number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>Gets the keys, in order.</summary>
    public IEnumerable<TKey> Keys => _entries.Select(e => e.Key);

    /// <summary>Gets the values, in the order of their keys.</summary>
    public IEnumerable<TValue> Values => _entries.Select(e => e.Value);

    /// <summary>Gets the value of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <exception cref="KeyNotFoundException">The dictionary has no such key.</exception>
    public TValue this[TKey key] =>
        _index.TryGetValue(key, out var i) ? _entries[i].Value : throw new KeyNotFoundException($"The key '{key}' is not in the dictionary.");

    /// <summary>Gets whether the dictionary has <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    public bool ContainsKey(TKey key) => _index.ContainsKey(key);

    /// <summary>Gets the value of <paramref name="key"/>, if the dictionary has it.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, or the default when the key is absent.</param>
    /// <returns><see langword="true"/> when the key is present.</returns>
    public bool TryGetValue(TKey key, out TValue value)
    {
        if (_index.TryGetValue(key, out var i))
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
        if (_index.TryGetValue(key, out var i))
        {
            entries[i] = pair;
        }
        else
        {
            entries.Add(pair);
        }

        return new ValueDictionary<TKey, TValue>(entries.ToArray());
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
