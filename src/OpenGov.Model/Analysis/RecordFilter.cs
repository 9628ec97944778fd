using System;
using OpenGov.Model.Datasets;
using OpenGov.Model.IO;
using OpenGov.Model.Plans;
using OpenGov.Model.Scales;

namespace OpenGov.Model.Analysis;

/// <summary>
/// A condition a dataset record meets or not, with a description for people: which commitments a
/// <see cref="DatasetSummary"/> counts. Build one from the model's types (<see cref="Member"/>,
/// <see cref="Region"/>, <see cref="PolicyArea"/>, <see cref="Where"/>) or from a column and a value as a
/// command line gives them (<see cref="Column"/>).
/// </summary>
public sealed class RecordFilter
{
    private readonly Func<DatasetRecord, bool> _predicate;

    private RecordFilter(string description, Func<DatasetRecord, bool> predicate)
    {
        Description = description;
        _predicate = predicate;
    }

    /// <summary>Gets the description, such as <c>Region = Europe</c>.</summary>
    public string Description { get; }

    /// <summary>Keeps the records that <paramref name="predicate"/> accepts.</summary>
    /// <param name="description">What the condition is, for people.</param>
    /// <param name="predicate">The condition.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RecordFilter Where(string description, Func<DatasetRecord, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(predicate);
        return new RecordFilter(description, predicate);
    }

    /// <summary>Keeps the commitments of one member.</summary>
    /// <param name="code">The member's code.</param>
    /// <returns>The filter.</returns>
    public static RecordFilter Member(MemberCode code) => new("member = " + code, r => r.Member.Code == code);

    /// <summary>Keeps the commitments of members of one OGP region.</summary>
    /// <param name="region">The region.</param>
    /// <returns>The filter.</returns>
    public static RecordFilter Region(Region region) =>
        new("region = " + Codelist<Region>.Default.Describe(region), r => r.Member.Region.TryGetValue(out var value) && value == region);

    /// <summary>Keeps the commitments flagged with a policy area.</summary>
    /// <param name="area">The policy area.</param>
    /// <returns>The filter.</returns>
    public static RecordFilter PolicyArea(PolicyArea area) =>
        new("policy area = " + area, r => r.Commitment.PolicyAreas.TryGetValue(area, out var flag) && flag.TryGetValue(out var set) && set);

    /// <summary>Keeps the commitments of plans submitted in one year.</summary>
    /// <param name="year">The year of submission.</param>
    /// <returns>The filter.</returns>
    public static RecordFilter SubmissionYear(int year) =>
        new("year of submission = " + year.ToString(System.Globalization.CultureInfo.InvariantCulture), r => r.ActionPlan.SubmissionYear.TryGetValue(out var value) && value == year);

    /// <summary>
    /// Keeps the records whose cell under <paramref name="header"/> is <paramref name="value"/>, compared
    /// without regard to case or the blanks around it, and for a column the library maps, by meaning too
    /// (<c>Completed</c> matches a cell that says <c>Complete</c>). The header may name any column of the file,
    /// including columns the library does not map (<see cref="DatasetCells"/>); a record without that
    /// column does not match.
    /// </summary>
    /// <param name="header">The column's header, such as <c>Region</c>.</param>
    /// <param name="value">The cell's value, such as <c>Europe</c>; empty matches an empty cell.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RecordFilter Column(string header, string value)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(value);
        var wanted = value.Trim();
        return new RecordFilter(
            header.Trim() + " = " + wanted,
            r => DatasetCells.Matches(r, header, wanted));
    }

    /// <summary>Gets whether <paramref name="record"/> meets the condition.</summary>
    /// <param name="record">The record.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public bool Matches(DatasetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _predicate(record);
    }

    /// <summary>Returns the description.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Description;
}
