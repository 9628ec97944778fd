using OpenGov.Model.Scoring;

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
public sealed record DatasetSummaryOptions
{
    /// <summary>Gets the options of a summary of every commitment, overall, under the library's convention.</summary>
    public static DatasetSummaryOptions Default { get; } = new();

    /// <summary>Gets how the commitments are grouped; <see cref="SummaryGrouping.Overall"/> by default.</summary>
    public SummaryGrouping GroupBy { get; init; }

    /// <summary>Gets the header of the column to group by when <see cref="GroupBy"/> is <see cref="SummaryGrouping.Column"/>.</summary>
    public string? GroupColumn { get; init; }

    /// <summary>Gets the convention the indicators are computed under; <see cref="IndicatorConvention.Strict"/> by default.</summary>
    public IndicatorConvention Convention { get; init; }

    /// <summary>Gets the filters a commitment must all meet to be counted; none by default.</summary>
    public ValueList<RecordFilter> Filters { get; init; } = ValueList<RecordFilter>.Empty;

    /// <summary>Gets what is summarized, such as a file name.</summary>
    public string? Subject { get; init; }
}
