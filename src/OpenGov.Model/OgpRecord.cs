using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenGov.Model;

/// <summary>
/// The base of the records of the model that documents are made of. It keeps the JSON properties that the
/// library does not know, so that reading and writing a document loses nothing.
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

    /// <summary>The unknown properties as the JSON format reads and writes them.</summary>
    [JsonExtensionData]
    [JsonInclude]
    internal AdditionalPropertyBag? ExtensionData
    {
        get => _additionalProperties;
        set => _additionalProperties = value;
    }
}
