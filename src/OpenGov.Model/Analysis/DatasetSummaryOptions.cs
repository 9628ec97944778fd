using System.Collections.Generic;

namespace OpenGov.Model.Analysis;

/// <summary>What a <see cref="DatasetSummary"/> counts and how: its grouping, its filters and the convention of its indicators.</summary>
/// <example><code>
/// var options = new DatasetSummaryOptions
/// {
///     GroupBy = SummaryGrouping.PolicyArea,
///     Convention = IndicatorConvention.Dataset,
///     Filters = [RecordFilter.Region(Region.Europe)],
/// };
/// DatasetSummary summary = DatasetSummary.Create(records, options);
/// </code></example>
/// <remarks>
/// The options bind from a host's configuration (<c>configuration.GetSection("...").Get&lt;DatasetSummaryOptions&gt;()</c>):
/// <c>GroupBy</c> and <c>Convention</c> by the names of their members, <c>Filters</c> as an array of
/// <c>COLUMN=VALUE</c> strings (<see cref="RecordFilter.Parse"/>).
/// The configuration binder's source generator (<c>EnableConfigurationBindingGenerator</c>) sets no
/// <see langword="init"/> property as of .NET 10, and so binds none of these options: bind them with the binder's
/// reflection, or build them in code.
/// </remarks>
public sealed record DatasetSummaryOptions
{
    /// <summary>The options of a summary of every commitment, overall, under the library's convention.</summary>
    /// <remarks>
    /// A field, not a property: a configuration binder binds every property it can read, static ones too, and a
    /// <c>Default</c> key in a host's configuration would otherwise be bound into this shared instance.
    /// </remarks>
    public static readonly DatasetSummaryOptions Default = new();

    /// <summary>Gets how the commitments are grouped; <see cref="SummaryGrouping.Overall"/> by default.</summary>
    public SummaryGrouping GroupBy { get; init; }

    /// <summary>Gets the header of the column to group by when <see cref="GroupBy"/> is <see cref="SummaryGrouping.Column"/>.</summary>
    public string? GroupColumn { get; init; }

    /// <summary>Gets the convention the indicators are computed under; <see cref="IndicatorConvention.Strict"/> by default.</summary>
    public IndicatorConvention Convention { get; init; }

    /// <summary>Gets the filters a commitment must all meet to be counted; none by default.</summary>
    /// <remarks>
    /// In a host's configuration each filter is a string <c>COLUMN=VALUE</c>, as <see cref="RecordFilter.Parse"/>
    /// reads it. Any list given is copied into a <see cref="ValueList{T}"/>; <see langword="null"/> is read as none.
    /// </remarks>
    public IReadOnlyList<RecordFilter> Filters { get; init => field = value is null ? ValueList<RecordFilter>.Empty : ValueList.CreateRange(value); } = ValueList<RecordFilter>.Empty;

    /// <summary>Gets what is summarized, such as a file name.</summary>
    public string? Subject { get; init; }
}
