using System;
using System.Collections.Generic;
using System.Globalization;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Mapping;

/// <summary>
/// Reads and writes rows of the IRM commitment dataset, given as cells in the order of a header:
/// the one mapping between the dataset's 171 columns and <see cref="DatasetRecord"/>, shared by the
/// CSV reader and the JSON row readers.
/// </summary>
/// <remarks>
/// <para>Headers match whatever their case and punctuation (<c>Did It Open Government: Public
/// Accountability</c> is the per-value column for public accountability); columns may come in any
/// order; a column the library does not know is kept with each row, as are cells whose text the
/// model would write differently, so that writing a row back gives every cell as it was.</para>
/// <para>Mapping never throws on data: a cell that cannot be read gives a finding (<c>OGP501</c>)
/// and is kept as written.</para>
/// </remarks>
public sealed class DatasetRowMapper
{
    private readonly DatasetColumn?[] _columns;
    private readonly string[] _extraKeys;
    private readonly Dictionary<string, int> _columnByPath = new(StringComparer.Ordinal);
    private readonly int _policyAreaColumns;

    /// <summary>Creates the mapper of a header.</summary>
    /// <param name="headers">The column headers, in the order of the cells.</param>
    public DatasetRowMapper(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);

        Headers = ValueList.CreateRange(headers);
        _columns = new DatasetColumn?[headers.Count];
        _extraKeys = new string[headers.Count];
        var findings = new List<Finding>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i] ?? string.Empty;
            var key = DatasetColumnCatalogue.KeyOf(header);
            if (seen.TryGetValue(key, out var first))
            {
                seen[key] = first;
                _extraKeys[i] = header + " #" + (i + 1).ToString(CultureInfo.InvariantCulture);
                findings.Add(ValidationRules.Finding(
                    ValidationRules.DuplicateColumn,
                    "/columns/" + i.ToString(CultureInfo.InvariantCulture),
                    $"Column {i + 1} has the header '{header}', as column {first + 1} has; it is kept as a column of its own, '{_extraKeys[i]}'.",
                    header,
                    1,
                    i + 1));
                continue;
            }

            seen[key] = i;
            _extraKeys[i] = header;
            if (DatasetColumnCatalogue.ByKey.TryGetValue(key, out var column))
            {
                _columns[i] = column;
                _columnByPath[column.Path] = i;
                if (column.Path.StartsWith("/commitment/policyAreas/", StringComparison.Ordinal))
                {
                    _policyAreaColumns++;
                }
                if (!string.Equals(header, column.Header, StringComparison.Ordinal))
                {
                    findings.Add(ValidationRules.Finding(
                        ValidationRules.HeaderSpelledDifferently,
                        "/columns/" + i.ToString(CultureInfo.InvariantCulture),
                        $"Column {i + 1} is headed '{header}'; the dataset's usual spelling is '{column.Header}'. It is read as that column.",
                        header,
                        1,
                        i + 1));
                }
            }
        }

        HasIdentityColumn = Array.Exists(_columns, c => c?.IsIdentity == true);
        if (!HasIdentityColumn)
        {
            findings.Add(ValidationRules.Finding(
                ValidationRules.IdentityColumnMissing,
                "/columns",
                "The data has no \"Commitment Unique Identifier\" column, so its rows cannot be read as commitments of the IRM dataset.",
                null,
                1));
        }

        HeaderFindings = ValueList.CreateRange(findings);
    }

    /// <summary>Gets the headers of the IRM commitment dataset in their canonical order, as the dataset spells them.</summary>
    public static ValueList<string> CanonicalHeaders { get; } = ValueList.CreateRange(Array.ConvertAll(DatasetColumnCatalogue.All, c => c.Header));

    /// <summary>Gets the canonical spelling of the header of a column the library knows, or <see langword="null"/> for another header.</summary>
    /// <param name="header">A header, in any case and punctuation.</param>
    public static string? CanonicalHeaderOf(string header) =>
        header is not null && DatasetColumnCatalogue.ByKey.TryGetValue(DatasetColumnCatalogue.KeyOf(header), out var column) ? column.Header : null;

    /// <summary>Gets whether a header has the identity column, "Commitment Unique Identifier".</summary>
    /// <summary>How many of the headers name a column of the IRM dataset.</summary>
    internal static int KnownColumnCount(IReadOnlyList<string> headers)
    {
        var count = 0;
        foreach (var header in headers)
        {
            if (DatasetColumnCatalogue.ByKey.ContainsKey(DatasetColumnCatalogue.KeyOf(header ?? string.Empty)))
            {
                count++;
            }
        }

        return count;
    }

    internal static bool IsIdentityHeader(IReadOnlyList<string> headers)
    {
        foreach (var header in headers)
        {
            if (DatasetColumnCatalogue.ByKey.TryGetValue(DatasetColumnCatalogue.KeyOf(header ?? string.Empty), out var column) && column.IsIdentity)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the headers this mapper reads and writes, in order.</summary>
    public ValueList<string> Headers { get; }

    /// <summary>Gets what the header alone says: duplicate columns, headers spelled differently, a missing identity column.</summary>
    public ValueList<Finding> HeaderFindings { get; }

    /// <summary>Gets whether the header has the identity column, "Commitment Unique Identifier"; without it, the rows are not commitments of the dataset.</summary>
    public bool HasIdentityColumn { get; }

    /// <summary>Reads one row.</summary>
    /// <param name="cells">The row's cells, in the order of <see cref="Headers"/>.</param>
    /// <param name="row">The row's position among the data rows, from 0; it makes the paths of the findings (<c>/records/12/…</c>).</param>
    /// <param name="findings">Where to add what could not be read, or <see langword="null"/>.</param>
    /// <param name="line">The line of the source where the row starts, from 1, for the findings.</param>
    /// <returns>The record; cells that could not be read are kept in its <see cref="DatasetRecord.ExtraColumns"/>.</returns>
    public DatasetRecord Read(IReadOnlyList<string?> cells, int row, ICollection<Finding>? findings = null, int? line = null)
    {
        ArgumentNullException.ThrowIfNull(cells);

        return Read(cells, row, findings, line, null);
    }

    /// <summary>Reads one row, with the line where each of its cells starts (a quoted cell may span lines).</summary>
    internal DatasetRecord Read(IReadOnlyList<string?> cells, int row, ICollection<Finding>? findings, int? line, IReadOnlyList<int>? cellLines)
    {
        var state = new DatasetRowState { PolicyAreas = new KeyValuePair<PolicyArea, Recorded<bool>>[_policyAreaColumns] };
        if (cells.Count != _columns.Length)
        {
            findings?.Add(ValidationRules.Finding(
                ValidationRules.RowLengthDiffers,
                RowPath(row),
                cells.Count < _columns.Length
                    ? $"Row {row + 1} has {cells.Count} cells; the header has {_columns.Length} columns. The missing cells are read as empty, and the row is written back as short."
                    : $"Row {row + 1} has {cells.Count} cells; the header has {_columns.Length} columns. The cells past the last column are kept and written back after it.",
                cells.Count.ToString(CultureInfo.InvariantCulture),
                line));
        }

        // A cell missing from a short row reads as an empty one.
        for (var i = 0; i < _columns.Length; i++)
        {
            var text = (i < cells.Count ? cells[i] : null) ?? string.Empty;
            if (_columns[i] is not { } column)
            {
                if (text.Length > 0)
                {
                    state.Keep(_extraKeys[i], text);
                }

                continue;
            }

            if (!column.Read(state, text, out var writesBack))
            {
                state.Keep(_extraKeys[i], text);
                findings?.Add(ValidationRules.Finding(
                    ValidationRules.UnreadableCell,
                    RowPath(row) + column.Path,
                    $"'{Excerpt.Of(text)}' in column '{Headers[i]}' is not {Describe(column)}; it is kept as written.",
                    Excerpt.Of(text),
                    cellLines is not null && i < cellLines.Count ? cellLines[i] : line,
                    i + 1));
            }
            else if (!writesBack)
            {
                state.Keep(_extraKeys[i], text);
            }
        }

        var record = state.Build();
        if (cells.Count > _columns.Length)
        {
            var past = new string[cells.Count - _columns.Length];
            for (var i = 0; i < past.Length; i++)
            {
                past[i] = cells[_columns.Length + i] ?? string.Empty;
            }

            record = record with { CellsPastHeader = ValueList.Create(past) };
        }
        else if (cells.Count < _columns.Length)
        {
            record = record with { CellCount = cells.Count };
        }

        return record;
    }

    /// <summary>
    /// Writes one record as cells in the order of <see cref="Headers"/>: each cell as it was read, where the
    /// record keeps it and it still says what the record says; the cells past the header after them; a row
    /// read short, short.
    /// </summary>
    /// <param name="record">The record.</param>
    public string[] Write(DatasetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);

        var extra = record.ExtraColumns;
        Dictionary<string, string>? kept = null;
        if (extra.Count > 0)
        {
            kept = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in extra)
            {
                kept[DatasetColumnCatalogue.KeyOf(entry.Key)] = entry.Value;
            }
        }

        var cells = new string[_columns.Length + record.CellsPastHeader.Count];
        for (var i = 0; i < _columns.Length; i++)
        {
            if (_columns[i] is not { } column)
            {
                cells[i] = extra.TryGetValue(_extraKeys[i], out var unmapped) ? unmapped : string.Empty;
            }
            else if ((extra.TryGetValue(_extraKeys[i], out var asRead) || (kept is not null && kept.TryGetValue(column.Key, out asRead)))
                && column.Holds(record, asRead))
            {
                cells[i] = asRead;
            }
            else
            {
                cells[i] = column.Write(record);
            }
        }

        for (var i = 0; i < record.CellsPastHeader.Count; i++)
        {
            cells[_columns.Length + i] = record.CellsPastHeader[i];
        }

        // A row read short is written short, unless a value was given since to a cell it did not have.
        if (record.CellCount is { } count && count >= 0 && count < _columns.Length && record.CellsPastHeader.Count == 0)
        {
            for (var i = count; i < _columns.Length; i++)
            {
                if (cells[i].Length > 0)
                {
                    return cells;
                }
            }

            Array.Resize(ref cells, count);
        }

        return cells;
    }

    /// <summary>Gets the column number (from 1) of a path within a record, such as <c>/commitment/assessment/design/specificity</c>, when the header has that column.</summary>
    /// <param name="path">A JSON Pointer within a dataset record.</param>
    public int? ColumnOf(string path) => _columnByPath.TryGetValue(path, out var i) ? i + 1 : null;

    private static string RowPath(int row) => "/records/" + row.ToString(CultureInfo.InvariantCulture);

    private static string Describe(DatasetColumn column) => column.Path switch
    {
        "/commitment/id" => "a commitment identifier (two or three letters and four digits)",
        "/member/code" => "a member code (three or four letters)",
        _ => "an action plan identifier (AP_, a member code and a number)",
    };
}
