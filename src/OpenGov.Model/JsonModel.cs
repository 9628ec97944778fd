using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OpenGov.Model;

/// <summary>
/// The JSON metadata of the library's records, as the source generator writes it for each namespace
/// (<c>PlansJsonMetadata</c>, …), registered here when the assembly loads; and the helpers that metadata
/// calls. The JSON format (<see cref="OgpJson"/>) combines the registered metadata with the
/// converters of the values.
/// </summary>
internal static class JsonModel
{
    private static readonly List<IJsonTypeInfoResolver> RegisteredResolvers = [];
    private static readonly Dictionary<string, Type> TypesByKind = new(StringComparer.Ordinal);
    private static readonly Dictionary<Type, string> KindsByType = [];

    /// <summary>Gets the metadata of every namespace, as registered.</summary>
    public static IReadOnlyList<IJsonTypeInfoResolver> Resolvers => RegisteredResolvers;

    /// <summary>Gets the document types by kind.</summary>
    public static IReadOnlyDictionary<string, Type> DocumentTypes => TypesByKind;

    /// <summary>Registers the metadata of a namespace and the documents it declares.</summary>
    public static void Register(IJsonTypeInfoResolver resolver, params (string Kind, Type Type)[] documents)
    {
        RegisteredResolvers.Add(resolver);
        foreach (var (kind, type) in documents)
        {
            TypesByKind.Add(kind, type);
            KindsByType.Add(type, kind);
        }
    }

    /// <summary>Gets the kind of a document type, or <see langword="null"/>.</summary>
    public static string? KindOf(Type type) => KindsByType.TryGetValue(type, out var kind) ? kind : null;

    /// <summary>
    /// Gets or sets how the JSON format reads the model under options other than its own; the format sets it when it
    /// loads (this layer does not know the format).
    /// </summary>
    public static IHosting? Hosting { get; set; }

    /// <summary>
    /// The metadata of a record of the model: its own (read through its fields) for the JSON format's options; for any
    /// other options (a host's, with the format's resolver chained), a value read and written through the format's
    /// metadata, so that a host reads a model type as the format does: the same nulls, duplicate properties, kind,
    /// schema version and case of property names refused, with the same reasons.
    /// </summary>
    public static JsonTypeInfo Object<T>(JsonSerializerOptions options, Func<JsonSerializerOptions, JsonTypeInfo<T>> create) =>
        Hosting is not { } hosting || hosting.IsFormat(options)
            ? create(options)
            : JsonMetadataServices.CreateValueInfo<T>(options, hosting.Converter<T>());

    /// <summary>How the JSON format reads the model under a host's options.</summary>
    internal interface IHosting
    {
        /// <summary>Whether the options are the format's own.</summary>
        bool IsFormat(JsonSerializerOptions options);

        /// <summary>The converter of a record of the model under other options.</summary>
        JsonConverter<T> Converter<T>();
    }

    /// <summary>The metadata of one property: read and written through the delegates the generator writes over the record's field.</summary>
    public static JsonPropertyInfo Property<T>(
        JsonSerializerOptions options,
        Type declaringType,
        string name,
        string jsonName,
        Func<object, T?> getter,
        Action<object, T?>? setter,
        bool notNullable,
        bool isExtensionData,
        Func<ICustomAttributeProvider?> attributes)
    {
        var property = JsonMetadataServices.CreatePropertyInfo(options, new JsonPropertyInfoValues<T>
        {
            IsProperty = true,
            IsPublic = true,
            IsVirtual = false,
            DeclaringType = declaringType,
            Getter = getter,
            Setter = setter,
            HasJsonInclude = true,
            IsExtensionData = isExtensionData,
            PropertyName = name,
            JsonPropertyName = jsonName,
            AttributeProviderFactory = () => attributes()!,
        });

        // A null where the model has none is an error with its path (the options respect the annotations).
        if (default(T) is null)
        {
            property.IsGetNullable = !notNullable;
            property.IsSetNullable = !notNullable;
        }

        return property;
    }

    /// <summary>The metadata of a value-equal list: read as a JSON array; an item that is null is an error.</summary>
    public static JsonTypeInfo<ValueList<T>> List<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateImmutableEnumerableInfo<ValueList<T>, T>(options, new JsonCollectionInfoValues<ValueList<T>>(), Checked);

    private static ValueList<T> Checked<T>(IEnumerable<T> items)
    {
        var array = items.ToArray();
        if (!typeof(T).IsValueType && Array.IndexOf(array, default) is var index and >= 0)
        {
            throw new NullItemException(index);
        }

        return array.Length == 0 ? ValueList<T>.Empty : new ValueList<T>(array);
    }
}

/// <summary>A list of the JSON format holds a null item; the JSON format names its index in the path.</summary>
internal sealed class NullItemException(int index)
    : JsonException($"Item {index} of the list is null; the lists of the format hold no null.")
{
    /// <summary>Gets the index of the null item.</summary>
    public int Index { get; } = index;
}
