using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OpenGov.Model.Analysis;

/// <summary>
/// A summary of a commitment dataset: for the whole dataset and for each group (member, action plan,
/// region, submission year or kind of member), the share of each indicator with its numerator,
/// denominator and exclusions, the distribution of the IRM-based score and of every scale, and the change
/// in completion; the coverage of every field; and, when the dataset records its own derived columns,
/// how they agree with the computed indicators. It is a root document of the JSON format (kind
/// <c>dataset-summary</c>); the reporting namespace renders it for people (Markdown, HTML, text).
/// </summary>
[OgpJsonObject(DocumentKind = DocumentKinds.DatasetSummary)]
public sealed partial record DatasetSummary : OgpDocument
{
    /// <summary>Where the assessment's fields live in a dataset record.</summary>
    private const string AssessmentPrefix = "/commitment/assessment/";

    /// <summary>Gets what was summarized, such as a file name.</summary>
    public partial string? Subject { get; init; }

    /// <summary>Gets how the commitments are grouped.</summary>
    public partial SummaryGrouping GroupedBy { get; init; }

    /// <summary>Gets the header of the column the commitments are grouped by, when <see cref="GroupedBy"/> is <see cref="SummaryGrouping.Column"/>.</summary>
    public partial string? GroupColumn { get; init; }

    /// <summary>Gets the convention the indicators were computed under.</summary>
    public partial IndicatorConvention Convention { get; init; }

    /// <summary>Gets the filters every commitment counted meets, described for people; empty when all were counted.</summary>
    public partial ValueList<string> Filters { get; init; }

    /// <summary>Gets how many rows the filters left out.</summary>
    public partial int FilteredOut { get; init; }

    /// <summary>Gets the number of commitments summarized.</summary>
    public partial int CommitmentCount { get; init; }

    /// <summary>Gets the summary of the whole dataset.</summary>
    public partial GroupSummary Overall { get; init; }

    /// <summary>Gets the summary of each group, by key in ordinal order; empty when <see cref="GroupedBy"/> is <see cref="SummaryGrouping.Overall"/>.</summary>
    public partial ValueList<GroupSummary> Groups { get; init; }

    /// <summary>Gets the coverage of every column of the IRM commitment dataset, in the dataset's order.</summary>
    public partial ValueList<FieldCoverage> Coverage { get; init; }

    /// <summary>Gets how each indicator the dataset records agrees with the computed one; empty when the dataset records none.</summary>
    public partial ValueList<IndicatorAgreementSummary> Agreement { get; init; }

    /// <summary>Summarizes dataset rows in one pass.</summary>
    /// <param name="records">The rows, such as a reader's records; read once.</param>
    /// <param name="groupBy">How to group the commitments.</param>
    /// <param name="subject">What is summarized, such as a file name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public static DatasetSummary Create(IEnumerable<DatasetRecord> records, SummaryGrouping groupBy = SummaryGrouping.Overall, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(records);

        var builder = new DatasetSummaryBuilder(groupBy);
        foreach (var record in records)
        {
            builder.Add(record);
        }

        return builder.ToSummary(subject);
    }

    /// <summary>Summarizes dataset rows in one pass, with a grouping, filters and a convention.</summary>
    /// <param name="records">The rows, such as a reader's records; read once.</param>
    /// <param name="options">What to count and how.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options group by column without naming one.</exception>
    /// <exception cref="ArgumentException">A filter of the options is <see langword="null"/>, or a text bound from configuration that is not <c>COLUMN=VALUE</c>.</exception>
    public static DatasetSummary Create(IEnumerable<DatasetRecord> records, DatasetSummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(records);

        var builder = new DatasetSummaryBuilder(options);
        foreach (var record in records)
        {
            builder.Add(record);
        }

        return builder.ToSummary();
    }

    /// <summary>
    /// Summarizes the dataset an input holds (a CSV, JSON rows or a commitment-dataset document), reading it once; the
    /// input's name is the summary's subject. What reading finds stays in <see cref="OgpInput.Findings"/>.
    /// </summary>
    /// <param name="input">The input, not read yet, such as <c>OgpReader.OpenFile(path)</c>.</param>
    /// <param name="groupBy">How to group the commitments.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The input holds no commitment dataset.</exception>
    /// <exception cref="OgpReadException">The input cannot be read, or reading it stopped before its end.</exception>
    public static DatasetSummary Create(OgpInput input, SummaryGrouping groupBy)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Create(input.DatasetRecords(nameof(input)), groupBy, input.InputName);
    }

    /// <summary>Summarizes the dataset an input holds, reading it once, with a grouping, filters and a convention; see <see cref="Create(OgpInput, SummaryGrouping)"/>.</summary>
    /// <param name="input">The input, not read yet.</param>
    /// <param name="options">What to count and how; without a subject of their own, the input's name is the subject.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The input holds no commitment dataset, or a filter of the options cannot be read.</exception>
    /// <exception cref="OgpReadException">The input cannot be read, or reading it stopped before its end.</exception>
    public static DatasetSummary Create(OgpInput input, DatasetSummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return Create(input.DatasetRecords(nameof(input)), options.Subject is null ? options with { Subject = input.InputName } : options);
    }

    /// <summary>Summarizes the dataset an input holds as it arrives; see <see cref="Create(OgpInput, DatasetSummaryOptions)"/>.</summary>
    /// <param name="input">The input, not read yet.</param>
    /// <param name="options">What to count and how; without a subject of their own, the input's name is the subject.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The input holds no commitment dataset, or a filter of the options cannot be read.</exception>
    /// <exception cref="OgpReadException">The input cannot be read, or reading it stopped before its end.</exception>
    public static ValueTask<DatasetSummary> CreateAsync(OgpInput input, DatasetSummaryOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return CreateAsync(input.DatasetRecordsAsync(nameof(input), cancellationToken), options.Subject is null ? options with { Subject = input.InputName } : options, cancellationToken);
    }

    /// <summary>Summarizes dataset rows in one pass, as they arrive, with a grouping, filters and a convention.</summary>
    /// <param name="records">The rows, such as a reader's records; read once.</param>
    /// <param name="options">What to count and how.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options group by column without naming one.</exception>
    /// <exception cref="ArgumentException">A filter of the options is <see langword="null"/>, or a text bound from configuration that is not <c>COLUMN=VALUE</c>.</exception>
    public static ValueTask<DatasetSummary> CreateAsync(IAsyncEnumerable<DatasetRecord> records, DatasetSummaryOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return SummarizeAsync(records, new DatasetSummaryBuilder(options), null, cancellationToken);
    }

    /// <summary>Summarizes dataset rows in one pass, as they arrive.</summary>
    /// <param name="records">The rows, such as a reader's records; read once.</param>
    /// <param name="groupBy">How to group the commitments.</param>
    /// <param name="subject">What is summarized, such as a file name.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public static async ValueTask<DatasetSummary> CreateAsync(IAsyncEnumerable<DatasetRecord> records, SummaryGrouping groupBy = SummaryGrouping.Overall, string? subject = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return await SummarizeAsync(records, new DatasetSummaryBuilder(groupBy), subject, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DatasetSummary> SummarizeAsync(IAsyncEnumerable<DatasetRecord> records, DatasetSummaryBuilder builder, string? subject, CancellationToken cancellationToken)
    {
        var enumerator = records.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (await enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                builder.Add(enumerator.Current);
            }
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }

        return builder.ToSummary(subject);
    }

    /// <summary>Gets the coverage of the columns of the IRM's assessment (design and implementation), in <see cref="Coverage"/>'s order.</summary>
    /// <returns>The coverage of those columns.</returns>
    public ValueList<FieldCoverage> GetAssessmentCoverage()
    {
        var kept = new List<FieldCoverage>();
        foreach (var field in Coverage)
        {
            if (field.Field.StartsWith(AssessmentPrefix, StringComparison.Ordinal))
            {
                kept.Add(field);
            }
        }

        return ValueList.CreateRange(kept);
    }
}
