using System;
using OpenGov.Model.Mapping;

namespace OpenGov.Model;

/// <summary>
/// Where a row of a dataset came from: its position among the rows, the line of the input where it starts,
/// and, for a table (CSV or JSON rows), the column and line of each of its fields. A finding about a field of
/// the row gets its location from here when it is made.
/// </summary>
public readonly record struct RecordOrigin
{
    private readonly DatasetRowMapper? _columns;
    private readonly int[]? _cellLines;

    /// <summary>Creates the origin of a row.</summary>
    /// <param name="row">The row's position among the data rows, from 0.</param>
    /// <param name="line">The line of the input where the row starts, from 1, when known.</param>
    public RecordOrigin(int row, int? line)
        : this(row, line, null, null)
    {
    }

    internal RecordOrigin(int row, int? line, DatasetRowMapper? columns, int[]? cellLines)
    {
        if (row < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, "A row's position is not negative.");
        }

        Row = row;
        Line = line;
        _columns = columns;
        _cellLines = cellLines;
    }

    /// <summary>Gets the row's position among the data rows, from 0: the index of <c>/records/{row}</c>.</summary>
    public int Row { get; }

    /// <summary>Gets the line of the input where the row starts, from 1, when known.</summary>
    public int? Line { get; }

    /// <summary>Gets the column (from 1) that holds a field of the row, when the row came from a table that has it.</summary>
    /// <param name="fieldPath">The field's JSON Pointer within a dataset record, such as <c>/commitment/title</c>.</param>
    public int? ColumnOf(string fieldPath) => fieldPath is null || _columns is null ? null : _columns.ColumnOf(fieldPath);

    /// <summary>Gets the line (from 1) where a field of the row starts: a quoted cell can span lines, so a later cell can start on a later line than the row.</summary>
    /// <param name="fieldPath">The field's JSON Pointer within a dataset record.</param>
    public int? LineOf(string fieldPath) =>
        _cellLines is not null && ColumnOf(fieldPath) is { } column && column <= _cellLines.Length ? _cellLines[column - 1] : Line;
}
