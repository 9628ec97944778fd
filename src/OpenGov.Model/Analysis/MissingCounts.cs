using System.Text.Json.Serialization;

namespace OpenGov.Model.Analysis;

/// <summary>How many items were left out of a count, by why: each kind of missing of the input.</summary>
[OgpJsonObject]
public sealed partial record MissingCounts
{
    /// <summary>The shared instance with nothing missing, the default of properties of this type.</summary>
    internal static readonly MissingCounts Empty = new();

    /// <summary>Gets how many had nothing recorded (an empty cell, no assessment).</summary>
    public partial int NotAnswered { get; init; }

    /// <summary>Gets how many were "no data" (<c>ND</c>).</summary>
    public partial int NoData { get; init; }

    /// <summary>Gets how many were "not reviewed" (<c>NR</c>).</summary>
    public partial int NotReviewed { get; init; }

    /// <summary>Gets how many were "not applicable" (<c>NA</c>).</summary>
    public partial int NotApplicable { get; init; }

    /// <summary>Gets how many held a label that is not a value of its scale.</summary>
    public partial int Unrecognized { get; init; }

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
            ? Empty
            : new MissingCounts
            {
                NotAnswered = tally[(int)CannotTellReason.NotAnswered],
                NoData = tally[(int)CannotTellReason.NoData],
                NotReviewed = tally[(int)CannotTellReason.NotReviewed],
                NotApplicable = tally[(int)CannotTellReason.NotApplicable],
                Unrecognized = tally[(int)CannotTellReason.Unrecognized],
            };
}
