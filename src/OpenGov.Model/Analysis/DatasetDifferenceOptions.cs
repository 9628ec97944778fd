using System.Collections.Generic;

namespace OpenGov.Model.Analysis;

/// <summary>The names and columns of the two releases a <see cref="DatasetDifference"/> compares.</summary>
/// <remarks>
/// The options bind from a host's configuration (<c>configuration.GetSection("...").Get&lt;DatasetDifferenceOptions&gt;()</c>):
/// <c>OldColumns</c> and <c>NewColumns</c> as arrays of headers.
/// The configuration binder's source generator (<c>EnableConfigurationBindingGenerator</c>) sets no
/// <see langword="init"/> property as of .NET 10, and so binds none of these options: bind them with the binder's
/// reflection, or build them in code.
/// </remarks>
public sealed record DatasetDifferenceOptions
{
    /// <summary>Options with no names, comparing every column the library maps and every other column either release's rows have.</summary>
    /// <remarks>
    /// A field, not a property: a configuration binder binds every property it can read, static ones too, and a
    /// <c>Default</c> key in a host's configuration would otherwise be bound into this shared instance.
    /// </remarks>
    public static readonly DatasetDifferenceOptions Default = new();

    /// <summary>Gets what the old release is, such as a file name.</summary>
    public string? OldName { get; init; }

    /// <summary>Gets what the new release is, such as a file name.</summary>
    public string? NewName { get; init; }

    /// <summary>
    /// Gets the old release's column headers, such as a reader's <see cref="OgpInput.Columns"/>. With both
    /// releases' headers, only the columns both have are compared and the others are listed; without them,
    /// every column is compared.
    /// </summary>
    /// <remarks>Any list given is copied into a <see cref="ValueList{T}"/>, so that options with the same headers are equal.</remarks>
    public IReadOnlyList<string>? OldColumns { get; init => field = value is null ? null : ValueList.CreateRange(value); }

    /// <summary>Gets the new release's column headers (see <see cref="OldColumns"/>).</summary>
    /// <remarks>Any list given is copied into a <see cref="ValueList{T}"/>, so that options with the same headers are equal.</remarks>
    public IReadOnlyList<string>? NewColumns { get; init => field = value is null ? null : ValueList.CreateRange(value); }
}
