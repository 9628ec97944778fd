using System;

namespace OpenGov.Model;

/// <summary>
/// Marks a partial record as an object of the library's JSON format: the source generator writes the field
/// and accessors of each of its partial properties and the metadata that reads and writes it. With a
/// <see cref="DocumentKind"/>, the record is a root document of that kind.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class OgpJsonObjectAttribute : Attribute
{
    /// <summary>Gets or sets the kind of document, one of <see cref="DocumentKinds"/>, when the record is a root document.</summary>
    public string? DocumentKind { get; set; }
}
