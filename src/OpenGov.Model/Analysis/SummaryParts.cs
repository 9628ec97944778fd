using System.Text.Json.Serialization;

namespace OpenGov.Model.Analysis;

/// <summary>How many items were left out of a count, by why: each kind of missing of the input.</summary>
public sealed record MissingCounts : OgpRecord
{
    /// <summary>The shared instance with nothing missing, the default of properties of this type.</summary>
    internal static readonly MissingCounts None = new();

    /// <summary>Gets how many had nothing recorded (an empty cell, no assessment).</summary>
    [JsonIgnore]
    public int NotAnswered { get => _notAnswered; init => _notAnswered = value; }

    [JsonInclude, JsonPropertyName("notAnswered")]
    internal int _notAnswered;

    /// <summary>Gets how many were "no data" (<c>ND</c>).</summary>
    [JsonIgnore]
    public int NoData { get => _noData; init => _noData = value; }

    [JsonInclude, JsonPropertyName("noData")]
    internal int _noData;

    /// <summary>Gets how many were "not reviewed" (<c>NR</c>).</summary>
    [JsonIgnore]
    public int NotReviewed { get => _notReviewed; init => _notReviewed = value; }

    [JsonInclude, JsonPropertyName("notReviewed")]
    internal int _notReviewed;

    /// <summary>Gets how many were "not applicable" (<c>NA</c>).</summary>
    [JsonIgnore]
    public int NotApplicable { get => _notApplicable; init => _notApplicable = value; }

    [JsonInclude, JsonPropertyName("notApplicable")]
    internal int _notApplicable;

    /// <summary>Gets how many held a label that is not a value of its scale.</summary>
    [JsonIgnore]
    public int Unrecognized { get => _unrecognized; init => _unrecognized = value; }

    [JsonInclude, JsonPropertyName("unrecognized")]
    internal int _unrecognized;

    /// <summary>Gets how many were left out in all.</summary>
    [JsonIgnore]
    public int Total => NotAnswered + NoData + NotReviewed + NotApplicable + Unrecognized;

    /// <summary>Gets the count of one reason.</summary>
    /// <param name="reason">The reason.</param>
    public int this[CannotTellReason reason] => reason switch
    {
        CannotTellReason.NoData => NoData,
        CannotTellReason.NotReviewed => NotReviewed,
        CannotTellReason.NotApplicable => NotApplicable,
        CannotTellReason.Unrecognized => Unrecognized,
        _ => NotAnswered,
    };

    /// <summary>Makes the counts from a tally indexed by <see cref="CannotTellReason"/>.</summary>
    internal static MissingCounts From(int[] tally) =>
        tally[0] + tally[1] + tally[2] + tally[3] + tally[4] == 0
            ? None
            : new MissingCounts
            {
                NotAnswered = tally[(int)CannotTellReason.NotAnswered],
                NoData = tally[(int)CannotTellReason.NoData],
                NotReviewed = tally[(int)CannotTellReason.NotReviewed],
                NotApplicable = tally[(int)CannotTellReason.NotApplicable],
                Unrecognized = tally[(int)CannotTellReason.Unrecognized],
            };
}

/// <summary>How many items hold one value of a scale.</summary>
public sealed record CategoryCount : OgpRecord
{
    /// <summary>Gets the value's token, such as <c>substantial</c> or, for the IRM-based score, <c>4</c>.</summary>
    [JsonIgnore]
    public string Token { get => _token; init => _token = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("token")]
    internal string _token = string.Empty;

    /// <summary>Gets the value's label, such as <c>Substantial</c>.</summary>
    [JsonIgnore]
    public string Label { get => _label; init => _label = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("label")]
    internal string _label = string.Empty;

    /// <summary>Gets how many items hold the value.</summary>
    [JsonIgnore]
    public int Count { get => _count; init => _count = value; }

    [JsonInclude, JsonPropertyName("count")]
    internal int _count;

    internal override void Normalize()
    {
        base.Normalize();
        _token ??= string.Empty;
        _label ??= string.Empty;
    }
}

/// <summary>The distribution of one scale over a group: every value of the scale in order, with its count, and what was missing.</summary>
public sealed record Distribution : OgpRecord
{
    /// <summary>The shared instance with nothing counted, the default of properties of this type.</summary>
    internal static readonly Distribution Empty = new();

    /// <summary>Gets the field, as a JSON Pointer into a dataset record (such as <c>/commitment/assessment/implementation/completionEndOfTerm</c>), or the indicator's name for the IRM-based score.</summary>
    [JsonIgnore]
    public string Field { get => _field; init => _field = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("field")]
    internal string _field = string.Empty;

    /// <summary>Gets a title, such as "Completion (end of term)".</summary>
    [JsonIgnore]
    public string Title { get => _title; init => _title = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("title")]
    internal string _title = string.Empty;

    /// <summary>Gets the count of each value of the scale, in the scale's order, zeros included.</summary>
    [JsonIgnore]
    public ValueList<CategoryCount> Counts { get => _counts; init => _counts = value ?? ValueList<CategoryCount>.Empty; }

    [JsonInclude, JsonPropertyName("counts")]
    internal ValueList<CategoryCount> _counts = ValueList<CategoryCount>.Empty;

    /// <summary>Gets how many items had no value, by kind of missing.</summary>
    [JsonIgnore]
    public MissingCounts Missing { get => _missing; init => _missing = value ?? MissingCounts.None; }

    [JsonInclude, JsonPropertyName("missing")]
    internal MissingCounts _missing = MissingCounts.None;

    internal override void Normalize()
    {
        base.Normalize();
        _field ??= string.Empty;
        _title ??= string.Empty;
        _counts ??= ValueList<CategoryCount>.Empty;
        _missing ??= MissingCounts.None;
    }
}

/// <summary>
/// The share of a group's commitments for which a yes/no indicator is yes: <see cref="Numerator"/> ÷
/// <see cref="Denominator"/>, where the denominator counts the commitments the indicator could tell about
/// and <see cref="Excluded"/> says why the others were left out. Numerator ≤ denominator, and denominator
/// plus excluded is the group's size.
/// </summary>
public sealed record IndicatorShare : OgpRecord
{
    /// <summary>Gets the indicator's name, such as <c>high-completion</c>.</summary>
    [JsonIgnore]
    public string Indicator { get => _indicator; init => _indicator = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("indicator")]
    internal string _indicator = string.Empty;

    /// <summary>Gets how many commitments the indicator says yes for.</summary>
    [JsonIgnore]
    public int Numerator { get => _numerator; init => _numerator = value; }

    [JsonInclude, JsonPropertyName("numerator")]
    internal int _numerator;

    /// <summary>Gets how many commitments the indicator could tell about.</summary>
    [JsonIgnore]
    public int Denominator { get => _denominator; init => _denominator = value; }

    [JsonInclude, JsonPropertyName("denominator")]
    internal int _denominator;

    /// <summary>Gets the share, numerator ÷ denominator, in [0, 1]; <see langword="null"/> when the denominator is 0.</summary>
    [JsonIgnore]
    public double? Share => Denominator == 0 ? null : (double)Numerator / Denominator;

    /// <summary>The share as written in JSON, for readers of the format; when read, it is ignored and computed again from the counts.</summary>
    [JsonInclude, JsonPropertyName("share")]
    internal double? ShareForJson
    {
        get => Share;
        set { }
    }

    /// <summary>Gets how many commitments were left out because the indicator cannot tell, by reason.</summary>
    [JsonIgnore]
    public MissingCounts Excluded { get => _excluded; init => _excluded = value ?? MissingCounts.None; }

    [JsonInclude, JsonPropertyName("excluded")]
    internal MissingCounts _excluded = MissingCounts.None;

    internal override void Normalize()
    {
        base.Normalize();
        _indicator ??= string.Empty;
        _excluded ??= MissingCounts.None;
    }
}

/// <summary>
/// How completion changed from the mid-term to the end-of-term assessment, on the progress scale (Not
/// Started, Limited, Substantial, Complete): increased, unchanged, decreased; the commitments where one
/// of the two is Withdrawn, Unclear or No Evidence Available (off the scale); and those where one is
/// missing. The five add up to the group's size.
/// </summary>
public sealed record CompletionChangeSummary : OgpRecord
{
    /// <summary>The shared instance with nothing counted, the default of properties of this type.</summary>
    internal static readonly CompletionChangeSummary Empty = new();

    /// <summary>Gets how many commitments progressed.</summary>
    [JsonIgnore]
    public int Increased { get => _increased; init => _increased = value; }

    [JsonInclude, JsonPropertyName("increased")]
    internal int _increased;

    /// <summary>Gets how many commitments stayed at the same level.</summary>
    [JsonIgnore]
    public int Unchanged { get => _unchanged; init => _unchanged = value; }

    [JsonInclude, JsonPropertyName("unchanged")]
    internal int _unchanged;

    /// <summary>Gets how many commitments went down a level.</summary>
    [JsonIgnore]
    public int Decreased { get => _decreased; init => _decreased = value; }

    [JsonInclude, JsonPropertyName("decreased")]
    internal int _decreased;

    /// <summary>Gets how many commitments have Withdrawn, Unclear or No Evidence Available at one of the two assessments.</summary>
    [JsonIgnore]
    public int OffScale { get => _offScale; init => _offScale = value; }

    [JsonInclude, JsonPropertyName("offScale")]
    internal int _offScale;

    /// <summary>Gets how many commitments miss one of the two completions, by the reason of the one that explains more.</summary>
    [JsonIgnore]
    public MissingCounts Missing { get => _missing; init => _missing = value ?? MissingCounts.None; }

    [JsonInclude, JsonPropertyName("missing")]
    internal MissingCounts _missing = MissingCounts.None;

    internal override void Normalize()
    {
        base.Normalize();
        _missing ??= MissingCounts.None;
    }
}

/// <summary>For one field of the dataset: how many commitments carry a value, and how many carry each kind of missing.</summary>
/// <remarks>A text column's <c>NA</c> is read as no text, and no text counts as not applicable, as the dataset writes it back.</remarks>
public sealed record FieldCoverage : OgpRecord
{
    /// <summary>Gets the dataset column's header, such as <c>Completion (End Of Term)</c>.</summary>
    [JsonIgnore]
    public string Column { get => _column; init => _column = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("column")]
    internal string _column = string.Empty;

    /// <summary>Gets where the value lives in a dataset record, as a JSON Pointer.</summary>
    [JsonIgnore]
    public string Field { get => _field; init => _field = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("field")]
    internal string _field = string.Empty;

    /// <summary>Gets how many commitments carry a value.</summary>
    [JsonIgnore]
    public int Values { get => _values; init => _values = value; }

    [JsonInclude, JsonPropertyName("values")]
    internal int _values;

    /// <summary>Gets how many commitments carry each kind of missing (<see cref="MissingCounts.NotAnswered"/>: nothing at all).</summary>
    [JsonIgnore]
    public MissingCounts Missing { get => _missing; init => _missing = value ?? MissingCounts.None; }

    [JsonInclude, JsonPropertyName("missing")]
    internal MissingCounts _missing = MissingCounts.None;

    internal override void Normalize()
    {
        base.Normalize();
        _column ??= string.Empty;
        _field ??= string.Empty;
        _missing ??= MissingCounts.None;
    }
}

/// <summary>
/// The agreement of one indicator, computed by the library, with the column of the dataset that records
/// it: how many commitments agree, disagree, or cannot be compared, and the first disagreeing identifiers.
/// </summary>
public sealed record IndicatorAgreementSummary : OgpRecord
{
    /// <summary>The most disagreeing identifiers kept in <see cref="Disagreeing"/>.</summary>
    public const int MaxIdentifiers = 100;

    /// <summary>Gets the indicator's name, such as <c>high-completion</c>.</summary>
    [JsonIgnore]
    public string Indicator { get => _indicator; init => _indicator = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("indicator")]
    internal string _indicator = string.Empty;

    /// <summary>Gets the header of the dataset's column, such as <c>High Completion</c>.</summary>
    [JsonIgnore]
    public string Column { get => _column; init => _column = value ?? string.Empty; }

    [JsonInclude, JsonPropertyName("column")]
    internal string _column = string.Empty;

    /// <summary>Gets how many commitments agree.</summary>
    [JsonIgnore]
    public int Agree { get => _agree; init => _agree = value; }

    [JsonInclude, JsonPropertyName("agree")]
    internal int _agree;

    /// <summary>Gets how many commitments disagree.</summary>
    [JsonIgnore]
    public int Disagree { get => _disagree; init => _disagree = value; }

    [JsonInclude, JsonPropertyName("disagree")]
    internal int _disagree;

    /// <summary>Gets how many commitments cannot be compared: the indicator cannot tell, or the column records no value.</summary>
    [JsonIgnore]
    public int NotComparable { get => _notComparable; init => _notComparable = value; }

    [JsonInclude, JsonPropertyName("notComparable")]
    internal int _notComparable;

    /// <summary>Gets the identifiers of the disagreeing commitments in ordinal order, the first <see cref="MaxIdentifiers"/> of them (so the list does not depend on the order of the rows).</summary>
    [JsonIgnore]
    public ValueList<string> Disagreeing { get => _disagreeing; init => _disagreeing = value ?? ValueList<string>.Empty; }

    [JsonInclude, JsonPropertyName("disagreeing")]
    internal ValueList<string> _disagreeing = ValueList<string>.Empty;

    internal override void Normalize()
    {
        base.Normalize();
        _indicator ??= string.Empty;
        _column ??= string.Empty;
        _disagreeing ??= ValueList<string>.Empty;
    }
}
