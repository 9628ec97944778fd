using System.Text.Json.Serialization;
using OpenGov.Model.Datasets;
using OpenGov.Model.Plans;
using OpenGov.Model.Serialization;

namespace OpenGov.Model.Analysis;

/// <summary>How a computed indicator compares with the value the dataset records.</summary>
[JsonConverter(typeof(KebabEnumConverter<IndicatorAgreement>))]
public enum IndicatorAgreement
{
    /// <summary>Both are known and equal.</summary>
    Agree,

    /// <summary>Both are known and differ.</summary>
    Disagree,

    /// <summary>The indicator cannot tell, or the dataset records no value (a missing marker, or no such column).</summary>
    NotComparable,
}

/// <summary>One indicator of one commitment: the computed value beside the value the dataset records.</summary>
public sealed record IndicatorCheck : OgpRecord
{
    /// <summary>Gets the indicator's name, such as <c>high-completion</c> (see <see cref="Indicators.All"/>).</summary>
    [JsonIgnore]
    public string Indicator { get => _indicator; init => _indicator = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("indicator")]
    internal string _indicator = string.Empty;

    /// <summary>Gets the computed value: 1 or 0 for a yes/no indicator, the score for the IRM-based score, or "cannot tell".</summary>
    [JsonIgnore]
    public IndicatorValue<int> Computed { get => _computed; init => _computed = value; }

    [JsonInclude, JsonPropertyName("computed")]
    internal IndicatorValue<int> _computed;

    /// <summary>Gets the value the dataset records; <see cref="RecordedState.NotAnswered"/> when it has no such column.</summary>
    [JsonIgnore]
    public Recorded<int> Recorded { get => _recorded; init => _recorded = value; }

    [JsonInclude, JsonPropertyName("recorded")]
    internal Recorded<int> _recorded;

    /// <summary>Gets how the two compare.</summary>
    [JsonIgnore]
    public IndicatorAgreement Agreement { get => _agreement; init => _agreement = value; }

    [JsonInclude, JsonPropertyName("agreement")]
    internal IndicatorAgreement _agreement;

    internal override void Normalize()
    {
        base.Normalize();
        _indicator ??= string.Empty;
    }
}

/// <summary>Every indicator of one commitment, computed and as recorded: one row of <c>ogp indicators</c>.</summary>
public sealed record IndicatorRow : OgpRecord
{
    /// <summary>Gets the commitment's identifier.</summary>
    [JsonIgnore]
    public CommitmentId? Id { get => _id; init => _id = value; }

    [JsonInclude, JsonPropertyName("id")]
    internal CommitmentId? _id;

    /// <summary>Gets each indicator of <see cref="Indicators.All"/>, in that order.</summary>
    [JsonIgnore]
    public ValueList<IndicatorCheck> Checks { get => _checks; init => _checks = value ?? ValueList<IndicatorCheck>.Empty; }

    [JsonInclude, JsonPropertyName("checks")]
    internal ValueList<IndicatorCheck> _checks = ValueList<IndicatorCheck>.Empty;

    /// <summary>Computes every indicator of a dataset row and sets each beside its recorded value.</summary>
    /// <param name="record">The dataset row.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public static IndicatorRow Create(DatasetRecord record)
    {
        if (record is null)
        {
            throw new System.ArgumentNullException(nameof(record));
        }

        var checks = new IndicatorCheck[IndicatorDefinition.Catalogue.Length];
        for (var i = 0; i < checks.Length; i++)
        {
            checks[i] = IndicatorDefinition.Catalogue[i].Check(record);
        }

        return new IndicatorRow { Id = record.Commitment.Id, Checks = new ValueList<IndicatorCheck>(checks) };
    }

    internal override void Normalize()
    {
        base.Normalize();
        _checks ??= ValueList<IndicatorCheck>.Empty;
    }
}
