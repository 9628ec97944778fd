using System;
using System.ComponentModel;
using System.Globalization;
using OpenGov.Model.Mapping;

namespace OpenGov.Model.Analysis;

/// <summary>
/// A condition a dataset record meets or not, with a description for people: which commitments a
/// <see cref="DatasetSummary"/> counts. Build one from the model's types (<see cref="Member"/>,
/// <see cref="Region"/>, <see cref="PolicyArea"/>, <see cref="Where"/>) or from a column and a value as a
/// command line gives them (<see cref="Column"/>, <see cref="Parse"/>).
/// </summary>
/// <remarks>
/// Filters built from values compare by value: two filters made by the same method from equal arguments are
/// equal, so that options holding them are too. A filter made by <see cref="Where"/> holds code that cannot be
/// compared, and is equal only to itself. In a host's configuration a filter is a string <c>COLUMN=VALUE</c>
/// (a type converter reads it with <see cref="Parse"/>).
/// </remarks>
[TypeConverter(typeof(RecordFilterConverter))]
public sealed class RecordFilter : IEquatable<RecordFilter>
{
    private readonly Func<DatasetRecord, bool> _predicate;

    // Which method made the filter, for equality; null for Where, whose predicate cannot be compared.
    private readonly string? _kind;

    /// <summary>
    /// Why the text this filter stands for could not be read, or <see langword="null"/>. A configuration binder
    /// drops an item of a list that its converter cannot make, silently; so the converter makes this stand-in,
    /// and a summary refuses options that hold one (<see cref="DatasetSummaryBuilder"/>).
    /// </summary>
    internal string? Unreadable => _unreadable;

    private readonly string? _unreadable;

    private RecordFilter(string description, Func<DatasetRecord, bool> predicate, string? kind, string? unreadable = null)
    {
        Description = description;
        _predicate = predicate;
        _kind = kind;
        _unreadable = unreadable;
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
        return new RecordFilter(description, predicate, kind: null);
    }

    /// <summary>Keeps the commitments of one member.</summary>
    /// <param name="code">The member's code.</param>
    /// <returns>The filter.</returns>
    public static RecordFilter Member(MemberCode code) => new("member = " + code, r => r.Member.Code == code, nameof(Member));

    /// <summary>Keeps the commitments of members of one OGP region.</summary>
    /// <param name="region">The region.</param>
    /// <returns>The filter.</returns>
    public static RecordFilter Region(Region region) =>
        new("region = " + Codelist<Region>.Default.Describe(region), r => r.Member.Region.TryGetValue(out var value) && value == region, nameof(Region));

    /// <summary>Keeps the commitments flagged with a policy area.</summary>
    /// <param name="area">The policy area.</param>
    /// <returns>The filter.</returns>
    public static RecordFilter PolicyArea(PolicyArea area) =>
        new("policy area = " + area, r => r.Commitment.PolicyAreas.TryGetValue(area, out var flag) && flag.TryGetValue(out var set) && set, nameof(PolicyArea));

    /// <summary>Keeps the commitments of plans submitted in one year.</summary>
    /// <param name="year">The year of submission.</param>
    /// <returns>The filter.</returns>
    public static RecordFilter SubmissionYear(int year) =>
        new("year of submission = " + year.ToString(System.Globalization.CultureInfo.InvariantCulture), r => r.ActionPlan.SubmissionYear.TryGetValue(out var value) && value == year, nameof(SubmissionYear));

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
            r => DatasetCells.Matches(r, header, wanted),
            nameof(Column));
    }

    /// <summary>
    /// Reads a filter written <c>COLUMN=VALUE</c>, as <c>ogp summary --where</c> and a host's configuration give
    /// it: the <see cref="Column"/> filter of the text before the first <c>=</c> and the text after it.
    /// </summary>
    /// <param name="text">The filter, such as <c>Region=Europe</c>.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> has no <c>=</c>, or nothing but blanks before it.</exception>
    public static RecordFilter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=');
        if (equals < 0 || string.IsNullOrWhiteSpace(text[..equals]))
        {
            throw new FormatException($"'{Excerpt.Of(text)}' is not a filter: expected COLUMN=VALUE, such as Region=Europe.");
        }

        return Column(text[..equals], text[(equals + 1)..]);
    }

    /// <summary>The stand-in for a text that is not a filter, which <see cref="Matches"/> and a summary refuse.</summary>
    internal static RecordFilter FromUnreadable(string text, string reason) =>
        new(text, _ => throw new InvalidOperationException(reason), nameof(Unreadable), reason);

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

    /// <summary>Gets whether <paramref name="other"/> is this filter, or was made by the same method from equal arguments.</summary>
    /// <param name="other">The other filter.</param>
    /// <returns><see langword="true"/> when the two filters are the same condition.</returns>
    public bool Equals(RecordFilter? other) =>
        ReferenceEquals(this, other)
        || (other is not null && _kind is not null && _kind == other._kind && Description == other.Description);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecordFilter);

    /// <inheritdoc />
    public override int GetHashCode() =>
        _kind is null ? System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this) : Hash.Combine(StringComparer.Ordinal.GetHashCode(_kind), StringComparer.Ordinal.GetHashCode(Description));

    /// <summary>Compares two filters (see <see cref="Equals(RecordFilter)"/>).</summary>
    /// <param name="left">The first filter.</param>
    /// <param name="right">The second filter.</param>
    /// <returns><see langword="true"/> when they are the same condition.</returns>
    public static bool operator ==(RecordFilter? left, RecordFilter? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two filters (see <see cref="Equals(RecordFilter)"/>).</summary>
    /// <param name="left">The first filter.</param>
    /// <param name="right">The second filter.</param>
    /// <returns><see langword="true"/> when they are different conditions.</returns>
    public static bool operator !=(RecordFilter? left, RecordFilter? right) => !(left == right);
}

/// <summary>Reads a <see cref="RecordFilter"/> from its text, <c>COLUMN=VALUE</c>, for configuration binders and designers.</summary>
internal sealed class RecordFilterConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        if (value is not string text)
        {
            return base.ConvertFrom(context, culture, value);
        }

        // The binder drops, without a word, an item of a list whose conversion throws: a stand-in that a
        // summary refuses keeps the mistake from passing unseen.
        try
        {
            return RecordFilter.Parse(text);
        }
        catch (FormatException e)
        {
            return RecordFilter.FromUnreadable(text, e.Message);
        }
    }
}
