using System.Text.Json.Serialization;
using OpenGov.Model.Serialization;

namespace OpenGov.Model;

/// <summary>
/// A root document of the library's JSON format. Every document carries its <see cref="Kind"/> (the
/// <c>kind</c> property) and its <see cref="SchemaVersion"/>; read and write documents with <see cref="OgpJson"/>.
/// </summary>
public abstract record OgpDocument : OgpRecord
{
    private protected OgpDocument()
    {
        // Kind is a constant of each document type, safe to read here.
        _kind = Kind;
    }

    /// <summary>The "kind" property as written in JSON; <see cref="OgpJson"/> checks it against <see cref="Kind"/>.</summary>
    [JsonInclude, JsonPropertyName("kind"), JsonPropertyOrder(-2), JsonConverter(typeof(DocumentKindConverter))]
    internal string? _kind;

    /// <summary>Gets the kind of document, such as <c>end-of-commitment-report</c>: one of <see cref="DocumentKinds"/>.</summary>
    [JsonIgnore]
    public abstract string Kind { get; }

    /// <summary>
    /// Gets the version of the JSON format the document follows, <c>major.minor</c>. A document without
    /// one (or with <c>null</c>) is read as <see cref="OgpJson.DefaultSchemaVersion"/>; documents made in
    /// code have <see cref="OgpJson.CurrentSchemaVersion"/>.
    /// </summary>
    [JsonIgnore]
    public string SchemaVersion { get => _schemaVersion ?? OgpJson.DefaultSchemaVersion; init => _schemaVersion = value ?? OgpJson.DefaultSchemaVersion; }

    [JsonInclude, JsonPropertyName("schemaVersion"), JsonPropertyOrder(-1)]
    internal string? _schemaVersion = OgpJson.CurrentSchemaVersion;

    /// <summary>A document read without a version has the default version, not the current one.</summary>
    internal override void OnReading()
    {
        base.OnReading();
        _kind = null;
        _schemaVersion = null;
    }

    internal override void Normalize()
    {
        base.Normalize();
        _schemaVersion ??= OgpJson.DefaultSchemaVersion;
    }
}
