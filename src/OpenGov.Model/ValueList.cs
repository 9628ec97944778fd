using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenGov.Model;

/// <summary>Creates <see cref="ValueList{T}"/> instances.</summary>
public static class ValueList
{
    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="items">The items; none of them <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) =>
        items.IsEmpty ? ValueList<T>.Empty : new ValueList<T>(items.ToArray());

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="items">The items; none of them <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static ValueList<T> Create<T>(params T[] items)
    {
        ArgumentNullException.ThrowIfNull(items);

        return Create((ReadOnlySpan<T>)items);
    }

    /// <summary>Creates a list holding the items of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="items">The items; none of them <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static ValueList<T> CreateRange<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);

        if (items is ValueList<T> list)
        {
            return list;
        }

        var array = items.ToArray();
        return array.Length == 0 ? ValueList<T>.Empty : new ValueList<T>(array);
    }

    /// <summary>Creates a list holding the items of <paramref name="source"/>.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="source">The items.</param>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> source) => CreateRange(source);
}
