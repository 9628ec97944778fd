using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace OpenGov.Model;

/// <summary>
/// The unknown JSON properties of a record. A dictionary because System.Text.Json fills extension
/// data through one; it compares by value (JSON deep equality) so that records stay value-equal.
/// </summary>
internal sealed class AdditionalPropertyBag : Dictionary<string, JsonElement>, IReadOnlyDictionary<string, JsonElement>
{
    public static readonly IReadOnlyDictionary<string, JsonElement> Empty = new AdditionalPropertyBag();

    public AdditionalPropertyBag()
        : base(StringComparer.Ordinal)
    {
    }

    public static AdditionalPropertyBag? From(IReadOnlyDictionary<string, JsonElement>? properties)
    {
        if (properties is null || properties.Count == 0)
        {
            return null;
        }

        var bag = new AdditionalPropertyBag();
        foreach (var pair in properties)
        {
            bag.Add(pair.Key, pair.Value.Clone());
        }

        return bag;
    }

    public override bool Equals(object? obj)
    {
        if (ReferenceEquals(this, obj))
        {
            return true;
        }

        if (obj is not AdditionalPropertyBag other || other.Count != Count)
        {
            return false;
        }

        foreach (var pair in this)
        {
            if (!other.TryGetValue(pair.Key, out var value) || !JsonElement.DeepEquals(pair.Value, value))
            {
                return false;
            }
        }

        return true;
    }

    public override int GetHashCode()
    {
        var hash = Count;
        foreach (var key in Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            hash = Hash.Combine(hash, StringComparer.Ordinal.GetHashCode(key));
        }

        return hash;
    }
}
