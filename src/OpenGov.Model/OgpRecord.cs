using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenGov.Model.Serialization;

namespace OpenGov.Model;

/// <summary>
/// The base of every record of the model. It keeps the JSON properties that the library does not
/// know, so that reading and writing a document loses nothing.
/// </summary>
public abstract record OgpRecord
{
    private AdditionalPropertyBag? _additionalProperties;

    /// <summary>
    /// Gets the JSON properties of this object that the library does not know, in the order they were
    /// read; they are written back unchanged. Empty for an object made in code.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties
    {
        get => (IReadOnlyDictionary<string, JsonElement>?)_additionalProperties ?? AdditionalPropertyBag.Empty;
        init => _additionalProperties = AdditionalPropertyBag.From(value);
    }

    [JsonExtensionData]
    [JsonInclude]
    internal AdditionalPropertyBag? ExtensionData
    {
        get => _additionalProperties;
        set => _additionalProperties = value;
    }

    /// <summary>Called by the JSON reader when it has created the object, before it reads the properties.</summary>
    internal virtual void OnReading()
    {
    }

    /// <summary>
    /// Called by the JSON reader after it has read the properties: a property written as <c>null</c>
    /// that has a default (an empty list, an empty answer) gets its default, as in the property's init.
    /// </summary>
    internal virtual void Normalize()
    {
    }
}
