using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using OpenGov.Model.Datasets;

namespace OpenGov.Model.Analysis;

/// <summary>
/// A summary of a commitment dataset: for the whole dataset and for each group (member, action plan,
/// region, submission year or kind of member), the share of each indicator with its numerator,
/// denominator and exclusions, the distribution of the IRM-based score and of every scale, and the change
/// in completion; the coverage of every field; and, when the dataset records its own derived columns,
/// how they agree with the computed indicators. It is a root document of the JSON format (kind
/// <c>dataset-summary</c>); <see cref="ToMarkdown"/> and <see cref="ToHtml"/> render it for people.
/// </summary>
public sealed record DatasetSummary : OgpDocument
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => DocumentKinds.DatasetSummary;

    /// <summary>Gets what was summarized, such as a file name.</summary>
    [JsonIgnore]
    public string? Subject { get => _subject; init => _subject = value; }

    [JsonInclude, JsonPropertyName("subject")]
    internal string? _subject;

    /// <summary>Gets how the commitments are grouped.</summary>
    [JsonIgnore]
    public SummaryGrouping GroupedBy { get => _groupedBy; init => _groupedBy = value; }

    [JsonInclude, JsonPropertyName("groupedBy")]
    internal SummaryGrouping _groupedBy;

    /// <summary>Gets the number of commitments summarized.</summary>
    [JsonIgnore]
    public int CommitmentCount { get => _commitmentCount; init => _commitmentCount = value; }

    [JsonInclude, JsonPropertyName("commitmentCount")]
    internal int _commitmentCount;

    /// <summary>Gets the summary of the whole dataset.</summary>
    [JsonIgnore]
    public GroupSummary Overall { get => _overall; init => _overall = value ?? GroupSummary.Empty; }

    [JsonInclude, JsonPropertyName("overall")]
    internal GroupSummary _overall = GroupSummary.Empty;

    /// <summary>Gets the summary of each group, by key in ordinal order; empty when <see cref="GroupedBy"/> is <see cref="SummaryGrouping.Overall"/>.</summary>
    [JsonIgnore]
    public ValueList<GroupSummary> Groups { get => _groups; init => _groups = value ?? ValueList<GroupSummary>.Empty; }

    [JsonInclude, JsonPropertyName("groups")]
    internal ValueList<GroupSummary> _groups = ValueList<GroupSummary>.Empty;

    /// <summary>Gets the coverage of every column of the IRM commitment dataset, in the dataset's order.</summary>
    [JsonIgnore]
    public ValueList<FieldCoverage> Coverage { get => _coverage; init => _coverage = value ?? ValueList<FieldCoverage>.Empty; }

    [JsonInclude, JsonPropertyName("coverage")]
    internal ValueList<FieldCoverage> _coverage = ValueList<FieldCoverage>.Empty;

    /// <summary>Gets how each indicator the dataset records agrees with the computed one; empty when the dataset records none.</summary>
    [JsonIgnore]
    public ValueList<IndicatorAgreementSummary> Agreement { get => _agreement; init => _agreement = value ?? ValueList<IndicatorAgreementSummary>.Empty; }

    [JsonInclude, JsonPropertyName("agreement")]
    internal ValueList<IndicatorAgreementSummary> _agreement = ValueList<IndicatorAgreementSummary>.Empty;

    /// <summary>Summarizes dataset rows in one pass.</summary>
    /// <param name="records">The rows, such as a reader's records; read once.</param>
    /// <param name="groupBy">How to group the commitments.</param>
    /// <param name="subject">What is summarized, such as a file name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public static DatasetSummary Create(IEnumerable<DatasetRecord> records, SummaryGrouping groupBy = SummaryGrouping.Overall, string? subject = null)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        var builder = new DatasetSummaryBuilder(groupBy);
        foreach (var record in records)
        {
            builder.Add(record);
        }

        return builder.ToSummary(subject);
    }

    /// <summary>Summarizes dataset rows in one pass, as they arrive.</summary>
    /// <param name="records">The rows, such as a reader's records; read once.</param>
    /// <param name="groupBy">How to group the commitments.</param>
    /// <param name="subject">What is summarized, such as a file name.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public static async Task<DatasetSummary> CreateAsync(IAsyncEnumerable<DatasetRecord> records, SummaryGrouping groupBy = SummaryGrouping.Overall, string? subject = null, CancellationToken cancellationToken = default)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        var builder = new DatasetSummaryBuilder(groupBy);
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

    /// <summary>Renders the summary as Markdown: tables of shares, distributions, change in completion, agreement and coverage.</summary>
    public string ToMarkdown() => SummaryMarkdown.Render(this);

    /// <summary>
    /// Renders the summary as one self-contained HTML page: inline SVG charts of the completion and
    /// "Did it Open Government?" distributions and of the indicator shares per group, and the tables of
    /// <see cref="ToMarkdown"/>. It has no script and loads nothing.
    /// </summary>
    public string ToHtml() => SummaryHtml.Render(this);

    internal override void Normalize()
    {
        base.Normalize();
        _overall ??= GroupSummary.Empty;
        _groups ??= ValueList<GroupSummary>.Empty;
        _coverage ??= ValueList<FieldCoverage>.Empty;
        _agreement ??= ValueList<IndicatorAgreementSummary>.Empty;
    }
}

/// <summary>The summary of one group of commitments (or of the whole dataset).</summary>
public sealed record GroupSummary : OgpRecord
{
    /// <summary>The shared instance with nothing counted, the default of properties of this type.</summary>
    internal static readonly GroupSummary Empty = new();

    /// <summary>Gets the group's key: a member code, an action plan identifier, a region or kind token, a year; <c>overall</c> for the whole dataset; a missing token (<c>no-data</c>) for commitments without one.</summary>
    [JsonIgnore]
    public string Key { get => _key; init => _key = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("key")]
    internal string _key = string.Empty;

    /// <summary>Gets a label for people, such as the member's name or the region's label.</summary>
    [JsonIgnore]
    public string Label { get => _label; init => _label = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("label")]
    internal string _label = string.Empty;

    /// <summary>Gets the number of commitments in the group.</summary>
    [JsonIgnore]
    public int CommitmentCount { get => _commitmentCount; init => _commitmentCount = value; }

    [JsonInclude, JsonPropertyName("commitmentCount")]
    internal int _commitmentCount;

    /// <summary>Gets the share of each yes/no indicator of <see cref="Indicators.All"/>, in that order.</summary>
    [JsonIgnore]
    public ValueList<IndicatorShare> Shares { get => _shares; init => _shares = value ?? ValueList<IndicatorShare>.Empty; }

    [JsonInclude, JsonPropertyName("shares")]
    internal ValueList<IndicatorShare> _shares = ValueList<IndicatorShare>.Empty;

    /// <summary>Gets the distribution of the IRM-based score (-1, 1, 2, 3, 4).</summary>
    [JsonIgnore]
    public Distribution Scores { get => _scores; init => _scores = value ?? Distribution.Empty; }

    [JsonInclude, JsonPropertyName("scores")]
    internal Distribution _scores = Distribution.Empty;

    /// <summary>Gets the distribution of each scale: specificity, verifiable, potential impact, potential for results, completion at mid-term and at end of term, "Did it Open Government?", early results.</summary>
    [JsonIgnore]
    public ValueList<Distribution> Distributions { get => _distributions; init => _distributions = value ?? ValueList<Distribution>.Empty; }

    [JsonInclude, JsonPropertyName("distributions")]
    internal ValueList<Distribution> _distributions = ValueList<Distribution>.Empty;

    /// <summary>Gets the change in completion from mid-term to end of term.</summary>
    [JsonIgnore]
    public CompletionChangeSummary CompletionChange { get => _completionChange; init => _completionChange = value ?? CompletionChangeSummary.Empty; }

    [JsonInclude, JsonPropertyName("completionChange")]
    internal CompletionChangeSummary _completionChange = CompletionChangeSummary.Empty;

    /// <summary>Gets the share of the indicator named <paramref name="indicator"/>, such as <c>high-completion</c>.</summary>
    /// <param name="indicator">The indicator's name.</param>
    /// <exception cref="ArgumentException">The group has no share of that name.</exception>
    public IndicatorShare GetShare(string indicator)
    {
        foreach (var share in Shares)
        {
            if (string.Equals(share.Indicator, indicator, StringComparison.OrdinalIgnoreCase))
            {
                return share;
            }
        }

        throw new ArgumentException($"The group has no share of '{indicator}'.", nameof(indicator));
    }

    /// <summary>Gets the distribution of the field <paramref name="field"/>, a JSON Pointer such as <c>/commitment/assessment/implementation/completionEndOfTerm</c>.</summary>
    /// <param name="field">The field.</param>
    /// <exception cref="ArgumentException">The group has no distribution of that field.</exception>
    public Distribution GetDistribution(string field)
    {
        foreach (var distribution in Distributions)
        {
            if (string.Equals(distribution.Field, field, StringComparison.Ordinal))
            {
                return distribution;
            }
        }

        throw new ArgumentException($"The group has no distribution of '{field}'.", nameof(field));
    }

    internal override void Normalize()
    {
        base.Normalize();
        _key ??= string.Empty;
        _label ??= string.Empty;
        _shares ??= ValueList<IndicatorShare>.Empty;
        _scores ??= Distribution.Empty;
        _distributions ??= ValueList<Distribution>.Empty;
        _completionChange ??= CompletionChangeSummary.Empty;
    }
}
