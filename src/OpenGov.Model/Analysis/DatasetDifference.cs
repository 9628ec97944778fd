using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OpenGov.Model.Analysis;

/// <summary>
/// What changed between two releases of a commitment dataset, matched by commitment identifier: the
/// commitments added and removed, and for each commitment in both, every cell that differs. Columns are
/// matched by meaning, not by position or spelling (a file with its columns shuffled, or a label written as
/// an alias, compares equal); columns only one release has are listed, not compared. It is a root document
/// of the JSON format (kind <c>dataset-difference</c>).
/// </summary>
/// <example><code>
/// DatasetDifference difference = DatasetDifference.Create(oldRecords, newRecords);
/// Console.WriteLine($"{difference.Added.Count} added, {difference.Removed.Count} removed, {difference.Changed.Count} changed");
/// </code></example>
[OgpJsonObject(DocumentKind = DocumentKinds.DatasetDifference)]
public sealed partial record DatasetDifference : OgpDocument
{
    /// <summary>Gets what the old release is, such as a file name.</summary>
    public partial string? Old { get; init; }

    /// <summary>Gets what the new release is, such as a file name.</summary>
    public partial string? New { get; init; }

    /// <summary>Gets the number of rows of the old release.</summary>
    public partial int OldCount { get; init; }

    /// <summary>Gets the number of rows of the new release.</summary>
    public partial int NewCount { get; init; }

    /// <summary>Gets the rows only the new release has, by name (the commitment's identifier, <see cref="DatasetRowName.Id"/>), in ordinal order.</summary>
    public partial ValueList<DatasetRowName> Added { get; init; }

    /// <summary>Gets the rows only the old release has, by name (the commitment's identifier, <see cref="DatasetRowName.Id"/>), in ordinal order.</summary>
    public partial ValueList<DatasetRowName> Removed { get; init; }

    /// <summary>Gets the commitments in both releases whose cells differ, in ordinal order of their rows' names.</summary>
    public partial ValueList<CommitmentChange> Changed { get; init; }

    /// <summary>Gets, for each column with a change, how many commitments changed in it, in the dataset's order of columns.</summary>
    public partial ValueList<ColumnChangeCount> ChangesByColumn { get; init; }

    /// <summary>Gets the columns only the new release has (not compared).</summary>
    public partial ValueList<string> ColumnsAdded { get; init; }

    /// <summary>Gets the columns only the old release has (not compared).</summary>
    public partial ValueList<string> ColumnsRemoved { get; init; }

    /// <summary>Gets how many rows of the two releases together had an empty identifier cell: they cannot be matched and are not compared.</summary>
    public partial int Unidentified { get; init; }

    /// <summary>
    /// Gets the identifiers that either release gives to more than one row, in ordinal order. Their rows are paired
    /// in the order they come (the second and later shown as <c>AL0002#2</c>, <c>AL0002#3</c> …), which may pair
    /// rows that are not the same commitment: check them.
    /// </summary>
    public partial ValueList<DatasetRowName> RepeatedIdentifiers { get; init; }

    /// <summary>Gets whether the releases hold the same commitments with the same values, in the same columns (in any order).</summary>
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Changed.IsEmpty && ColumnsAdded.IsEmpty && ColumnsRemoved.IsEmpty;

    /// <summary>Compares two releases; the old one is held in memory, the new one is read as it comes.</summary>
    /// <param name="oldRecords">The old release's rows.</param>
    /// <param name="newRecords">The new release's rows.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static DatasetDifference Create(IEnumerable<DatasetRecord> oldRecords, IEnumerable<DatasetRecord> newRecords) =>
        Create(oldRecords, newRecords, DatasetDifferenceOptions.Default);

    /// <summary>Compares two releases; the old one is held in memory, the new one is read as it comes.</summary>
    /// <param name="oldRecords">The old release's rows.</param>
    /// <param name="newRecords">The new release's rows.</param>
    /// <param name="options">The releases' names and columns.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static DatasetDifference Create(IEnumerable<DatasetRecord> oldRecords, IEnumerable<DatasetRecord> newRecords, DatasetDifferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(newRecords);
        var comparer = new DatasetComparer(oldRecords, options);
        foreach (var record in newRecords)
        {
            comparer.Add(record);
        }

        return comparer.Finish();
    }

    /// <summary>
    /// Compares the datasets two inputs hold (CSV, JSON rows or commitment-dataset documents, in any pairing), named
    /// and their columns taken from the inputs; see <see cref="Create(OgpInput, OgpInput, DatasetDifferenceOptions)"/>.
    /// </summary>
    /// <param name="oldInput">The old release, not read yet.</param>
    /// <param name="newInput">The new release, not read yet.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentNullException">An input is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An input holds no commitment dataset.</exception>
    /// <exception cref="OgpReadException">An input cannot be read, or reading it stopped before its end.</exception>
    public static DatasetDifference Create(OgpInput oldInput, OgpInput newInput) =>
        Create(oldInput, newInput, DatasetDifferenceOptions.Default);

    /// <summary>
    /// Compares the datasets two inputs hold (CSV, JSON rows or commitment-dataset documents, in any pairing); the old
    /// one is held in memory, the new one is read as it comes. The inputs' names name the releases unless the options do.
    /// </summary>
    /// <param name="oldInput">The old release, not read yet.</param>
    /// <param name="newInput">The new release, not read yet.</param>
    /// <param name="options">The releases' names and columns; the inputs' names and columns where they name none.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentNullException">An input is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An input holds no commitment dataset.</exception>
    /// <exception cref="OgpReadException">An input cannot be read, or reading it stopped before its end (its unread rows would show as removed).</exception>
    public static DatasetDifference Create(OgpInput oldInput, OgpInput newInput, DatasetDifferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(oldInput);
        ArgumentNullException.ThrowIfNull(newInput);
        ArgumentNullException.ThrowIfNull(options);
        // The old release is held whole anyway; a dataset document (read whole too) may give its columns after its
        // records, so both are read before their columns are taken. CSV and JSON rows know theirs at the start.
        var oldRows = new List<DatasetRecord>(oldInput.DatasetRecords(nameof(oldInput)));
        var newRows = newInput.Kind == InputKind.Document
            ? new List<DatasetRecord>(newInput.DatasetRecords(nameof(newInput)))
            : newInput.DatasetRecords(nameof(newInput));
        options = options with
        {
            OldName = options.OldName ?? oldInput.InputName,
            NewName = options.NewName ?? newInput.InputName,
            OldColumns = options.OldColumns ?? (oldInput.Columns.IsEmpty ? null : oldInput.Columns),
            NewColumns = options.NewColumns ?? (newInput.Columns.IsEmpty ? null : newInput.Columns),
        };
        return Create(oldRows, newRows, options);
    }

    /// <summary>Compares two releases as they arrive; the old one is held in memory, the new one is read as it comes.</summary>
    /// <param name="oldRecords">The old release's rows.</param>
    /// <param name="newRecords">The new release's rows.</param>
    /// <param name="options">The releases' names and columns.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static async ValueTask<DatasetDifference> CreateAsync(IAsyncEnumerable<DatasetRecord> oldRecords, IAsyncEnumerable<DatasetRecord> newRecords, DatasetDifferenceOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(oldRecords);
        ArgumentNullException.ThrowIfNull(newRecords);
        var old = new List<DatasetRecord>();
        await foreach (var record in oldRecords.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            old.Add(record);
        }

        var comparer = new DatasetComparer(old, options);
        await foreach (var record in newRecords.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            comparer.Add(record);
        }

        return comparer.Finish();
    }
}
