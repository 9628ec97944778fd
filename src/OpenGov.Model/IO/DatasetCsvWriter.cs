using System;
using System.Collections.Generic;
using System.IO;
using OpenGov.Model.Mapping;

namespace OpenGov.Model;

/// <summary>
/// Writes the rows of the IRM commitment dataset as CSV, one at a time, under a header: every cell as it was
/// read where the record keeps it, the columns the library does not map, the cells past a row's header, a
/// row read short written short. Memory stays flat however many rows.
/// </summary>
/// <example>
/// <code>
/// using var input = OgpReader.OpenFile("commitments.json");
/// using var output = new StreamWriter("commitments.csv");
/// var csv = new DatasetCsvWriter(output, input.Columns);
/// foreach (var row in input.ReadRecords())
///     csv.Write(row.Record);
/// </code>
/// </example>
public sealed class DatasetCsvWriter
{
    private readonly CsvText _csv;
    private readonly DatasetRowMapper _mapper;

    /// <summary>Creates a writer and writes the header.</summary>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <param name="headers">The headers, in order: known columns in any spelling, and columns kept in the rows' <see cref="DatasetRecord.ExtraColumns"/>; empty for the canonical headers.</param>
    /// <param name="neutralizeFormulas">Whether to write safe cells: a cell that a spreadsheet would run as a formula (also behind leading blanks or invisible characters, or with a full-width sign) inert, with a leading apostrophe, and control and direction characters shown as escapes (<c>\u001b</c>); false writes every cell as it is.</param>
    public DatasetCsvWriter(TextWriter writer, IReadOnlyList<string> headers, bool neutralizeFormulas = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(headers);
        _csv = new CsvText(writer, safeCells: neutralizeFormulas);
        _mapper = new DatasetRowMapper(headers.Count == 0 ? DatasetRowMapper.CanonicalHeaders : headers);
        _csv.WriteRow(_mapper.Headers);
    }

    /// <summary>Gets the headers written.</summary>
    public ValueList<string> Headers => _mapper.Headers;

    /// <summary>Writes one row.</summary>
    /// <param name="record">The row.</param>
    public void Write(DatasetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _csv.WriteRow(_mapper.Write(record));
    }

    /// <summary>
    /// Writes a whole dataset as CSV: every cell as it was read, and the columns the library does not know.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <param name="order">The order of the columns.</param>
    /// <param name="neutralizeFormulas">Whether to write safe cells (formulas inert, control and direction characters escaped); false writes every cell as it is.</param>
    public static void Write(CommitmentDataset dataset, TextWriter writer, CsvColumnOrder order = CsvColumnOrder.AsRead, bool neutralizeFormulas = false)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var csv = new DatasetCsvWriter(writer, HeadersOf(dataset, order), neutralizeFormulas);
        foreach (var record in dataset.Records)
        {
            csv.Write(record);
        }
    }

    /// <summary>Gets the headers a dataset is written with in <paramref name="order"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="order">The order of the columns.</param>
    public static IReadOnlyList<string> HeadersOf(CommitmentDataset dataset, CsvColumnOrder order)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (order == CsvColumnOrder.AsRead && dataset.Columns.Count > 0)
        {
            return dataset.Columns;
        }

        var headers = new List<string>(DatasetRowMapper.CanonicalHeaders);
        var seen = new HashSet<string>(headers, StringComparer.Ordinal);
        foreach (var column in dataset.Columns)
        {
            if (DatasetRowMapper.CanonicalHeaderOf(column) is null && seen.Add(column))
            {
                headers.Add(column);
            }
        }

        foreach (var record in dataset.Records)
        {
            foreach (var column in record.ExtraColumns.Keys)
            {
                if (DatasetRowMapper.CanonicalHeaderOf(column) is null && seen.Add(column))
                {
                    headers.Add(column);
                }
            }
        }

        return headers;
    }
}
