using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;

namespace OpenGov.Model;

/// <summary>
/// An immutable list that compares by value: two lists are equal when they hold equal items in the
/// same order. Model records use it for every collection, so that two records with the same content
/// are equal. It holds no <see langword="null"/>: creating one with a null item throws <see cref="ArgumentException"/>.
/// </summary>
/// <typeparam name="T">The type of the items.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
[DebuggerDisplay("Count = {Count}")]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;
    private int _hash;

    /// <summary>Gets the empty list.</summary>
    public static ValueList<T> Empty { get; } = new(Array.Empty<T>());

    internal ValueList(T[] items)
    {
        // The model has no null where a value belongs: a list of it holds none either, so that whatever reads a
        // list (validation, the JSON writer, analysis) meets only values.
        if (!typeof(T).IsValueType && Array.IndexOf(items, default) is var index and >= 0)
        {
            throw new ArgumentException($"Item {index} is null: a value list holds no null.", nameof(items));
        }

        _items = items;
    }

    private static void CheckItem(T item)
    {
        if (!typeof(T).IsValueType && item is null)
        {
            throw new ArgumentException("The item is null: a value list holds no null.", nameof(item));
        }
    }

    /// <summary>Gets the number of items.</summary>
    public int Count => _items.Length;

    /// <summary>Gets whether the list has no item.</summary>
    public bool IsEmpty => _items.Length == 0;

    /// <summary>Gets the item at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based position of the item.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public T this[int index] => _items[index];

    /// <summary>Gets the position of the first item equal to <paramref name="item"/>, or -1.</summary>
    /// <param name="item">The item to find.</param>
    public int IndexOf(T item) => Array.IndexOf(_items, item);

    /// <summary>Gets the items as a read-only span, without copying.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>Returns a list with <paramref name="item"/> added at the end; this list is unchanged.</summary>
    /// <param name="item">The item to add.</param>
    public ValueList<T> Add(T item)
    {
        CheckItem(item);
        var items = new T[_items.Length + 1];
        Array.Copy(_items, items, _items.Length);
        items[_items.Length] = item;
        return new ValueList<T>(items);
    }

    /// <summary>Returns a list without the item at <paramref name="index"/>; this list is unchanged.</summary>
    /// <param name="index">The zero-based position of the item to leave out.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public ValueList<T> RemoveAt(int index)
    {
        if ((uint)index >= (uint)_items.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        var items = new T[_items.Length - 1];
        Array.Copy(_items, 0, items, 0, index);
        Array.Copy(_items, index + 1, items, index, _items.Length - index - 1);
        return new ValueList<T>(items);
    }

    /// <summary>Returns a list with the item at <paramref name="index"/> replaced; this list is unchanged.</summary>
    /// <param name="index">The zero-based position of the item to replace.</param>
    /// <param name="item">The new item.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public ValueList<T> SetItem(int index, T item)
    {
        if ((uint)index >= (uint)_items.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        CheckItem(item);
        var items = (T[])_items.Clone();
        items[index] = item;
        return new ValueList<T>(items);
    }

    /// <summary>Returns an enumerator over the items.</summary>
    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            var comparer = EqualityComparer<T>.Default;
            var value = _items.Length;
            foreach (var item in _items)
            {
                value = Hash.Combine(value, item is null ? 0 : comparer.GetHashCode(item));
            }

            _hash = value == 0 ? 1 : value;
        }

        return _hash;
    }

    /// <summary>Returns the items, comma-separated, in brackets.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < _items.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(_items[i]);
        }

        return builder.Append(']').ToString();
    }

    /// <summary>Compares two lists by value.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two lists by value.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !(left == right);

    /// <summary>An allocation-free enumerator over a <see cref="ValueList{T}"/>.</summary>
    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>Gets the current item.</summary>
        public readonly T Current => _items[_index];

        /// <summary>Moves to the next item.</summary>
        /// <returns><see langword="true"/> while there is an item.</returns>
        public bool MoveNext() => ++_index < _items.Length;
    }
}
