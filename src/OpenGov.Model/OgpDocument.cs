using System.Text.Json.Serialization;

namespace OpenGov.Model;

/// <summary>
/// A root document of the library's JSON format. Every document carries its <see cref="Kind"/> (the
/// <c>kind</c> property) and its <see cref="SchemaVersion"/>; read and write documents with
/// <see cref="OgpJson"/>.
/// </summary>
public abstract record OgpDocument : OgpRecord
{
    private protected OgpDocument()
    {
        // Kind is a constant of each document type, safe to read here.
        KindAsRead = Kind;
    }

    /// <summary>Gets the kind of document, such as <c>end-of-commitment-report</c>: one of <see cref="DocumentKinds"/>.</summary>
    [JsonIgnore]
    public abstract string Kind { get; }

    /// <summary>
    /// Gets the version of the JSON format the document follows, <c>major.minor</c>. A document without
    /// one (or with <c>null</c>) is read as <see cref="OgpJson.DefaultSchemaVersion"/>;
    /// documents made in code have <see cref="OgpJson.CurrentSchemaVersion"/>.
    /// </summary>
    [JsonIgnore]
    public string SchemaVersion { get => SchemaVersionAsRead ?? FormatVersion.Default; init => SchemaVersionAsRead = value ?? FormatVersion.Default; }

    /// <summary>The "kind" property as written in JSON; the JSON format checks it against <see cref="Kind"/>.</summary>
    [JsonInclude, JsonPropertyName("kind")]
    internal string? KindAsRead { get; set; }

    /// <summary>
    /// The version of the JSON format the document follows, major.minor, as written in JSON: a document without
    /// one (or with null) is read as OgpJson.DefaultSchemaVersion; documents made in code have OgpJson.CurrentSchemaVersion.
    /// </summary>
    [JsonInclude, JsonPropertyName("schemaVersion")]
    internal string? SchemaVersionAsRead { get; set; } = FormatVersion.Current;

    /// <summary>Called by the JSON reader when it has created the document, before it reads the properties: what the input does not say is not taken from the defaults of a document made in code.</summary>
    internal void OnReading()
    {
        KindAsRead = null;
        SchemaVersionAsRead = null;
    }
}
