using System.Text.Json.Serialization;
using OpenGov.Model.Assessments;
using OpenGov.Model.Plans;
using OpenGov.Model.Serialization;

namespace OpenGov.Model;

/// <summary>
/// A root document of the library's JSON format. Every document carries its <see cref="Kind"/> (the
/// <c>kind</c> property) and its <see cref="SchemaVersion"/>; read and write documents with <see cref="OgpJson"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ActionPlan), DocumentKinds.ActionPlan)]
[JsonDerivedType(typeof(EndOfCommitmentReport), DocumentKinds.EndOfCommitmentReport)]
public abstract record OgpDocument : OgpRecord
{
    private protected OgpDocument()
    {
    }

    /// <summary>Gets the kind of document, such as <c>end-of-commitment-report</c>: one of <see cref="DocumentKinds"/>.</summary>
    [JsonIgnore]
    public abstract string Kind { get; }

    /// <summary>
    /// Gets the version of the JSON format the document follows, <c>major.minor</c>. A document without
    /// one (or with <c>null</c>) is read as <see cref="OgpJson.DefaultSchemaVersion"/>; documents made in
    /// code have <see cref="OgpJson.CurrentSchemaVersion"/>.
    /// </summary>
    [JsonPropertyOrder(-1)]
    public string SchemaVersion { get; init => field = value ?? OgpJson.DefaultSchemaVersion; } = OgpJson.CurrentSchemaVersion;
}
