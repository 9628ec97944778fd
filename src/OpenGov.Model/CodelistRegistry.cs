using System;
using System.Collections.Generic;

namespace OpenGov.Model;

/// <summary>
/// Where <see cref="Codelist{T}.Default"/> finds the codelist of an enumeration. The codelists are data of
/// the layer above (<c>OpenGov.Model</c>), which registers a factory for each when the assembly
/// loads; each list is built the first time it is asked for.
/// </summary>
internal static class CodelistRegistry
{
    private static readonly Dictionary<Type, Func<object>> Factories = [];
    private static readonly Dictionary<Type, Func<Enum, string?>> Tokens = [];

    /// <summary>Registers the codelist of <typeparamref name="T"/>; called once per enumeration, before any lookup.</summary>
    public static void Add<T>(Func<Codelist<T>> create)
        where T : struct, Enum
    {
        Factories.Add(typeof(T), create);
        Tokens.Add(typeof(T), static value => Codelist<T>.Default.IsDefined((T)value) ? Codelist<T>.Default[(T)value].Token : null);
    }

    /// <summary>Gets whether an enumeration has a codelist.</summary>
    public static bool Has(Type type) => Factories.ContainsKey(type);

    /// <summary>Builds the codelist of <typeparamref name="T"/>.</summary>
    /// <exception cref="NotSupportedException">The enumeration has no codelist.</exception>
    public static Codelist<T> Create<T>()
        where T : struct, Enum =>
        Factories.TryGetValue(typeof(T), out var create)
            ? (Codelist<T>)create()
            : throw new NotSupportedException($"{typeof(T).Name} has no codelist in OpenGov.Model.");

    /// <summary>Gets the token of an enumeration value that has a codelist.</summary>
    public static bool TryGetToken(Enum value, out string token)
    {
        if (Tokens.TryGetValue(value.GetType(), out var lookup) && lookup(value) is { } found)
        {
            token = found;
            return true;
        }

        token = string.Empty;
        return false;
    }
}
