using System;
using System.Collections.Generic;
using System.IO;
using OpenGov.Model.Datasets;

namespace OpenGov.Model.Csv;

/// <summary>The order of the columns when a dataset is written.</summary>
public enum CsvColumnOrder
{
    /// <summary>The columns as they were read (<see cref="CommitmentDataset.Columns"/>), or the canonical order for data made in code.</summary>
    AsRead,

    /// <summary>The dataset's canonical order (<see cref="DatasetRowMapper.CanonicalHeaders"/>), then the columns the library does not know, in the order they were read.</summary>
    Canonical,
}

/// <summary>Reads and writes the IRM commitment dataset as CSV.</summary>
public static class CommitmentCsv
{
    /// <summary>Reads a CSV file into a dataset; see <see cref="CommitmentCsvReader"/>.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static DatasetImport Read(string path)
    {
        using var reader = CommitmentCsvReader.Open(path);
        return reader.ReadAll();
    }

    /// <summary>Reads CSV text into a dataset; see <see cref="CommitmentCsvReader"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">A name for the source, or <see langword="null"/>.</param>
    public static DatasetImport Read(TextReader reader, string? source)
    {
        using var csv = CommitmentCsvReader.Create(reader, source);
        return csv.ReadAll();
    }

    /// <summary>
    /// Writes a dataset as CSV (RFC 4180: comma-separated, quoted where needed, CRLF between rows),
    /// in the columns as read: every cell as it was read, and the columns the library does not know.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(CommitmentDataset dataset, TextWriter writer) => Write(dataset, writer, CsvColumnOrder.AsRead);

    /// <summary>
    /// Writes a dataset as CSV (RFC 4180: comma-separated, quoted where needed, CRLF between rows):
    /// every cell as it was read, and the columns the library does not know.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="order">The order of the columns.</param>
    public static void Write(CommitmentDataset dataset, TextWriter writer, CsvColumnOrder order)
    {
        if (dataset is null)
        {
            throw new ArgumentNullException(nameof(dataset));
        }

        Write(dataset.Records, Headers(dataset, order), writer);
    }

    /// <summary>Writes rows as CSV under the given headers; see <see cref="Write(CommitmentDataset, TextWriter, CsvColumnOrder)"/>.</summary>
    /// <param name="records">The rows.</param>
    /// <param name="headers">The headers, in order: known columns in any spelling, and columns kept in the rows' <see cref="DatasetRecord.ExtraColumns"/>.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(IEnumerable<DatasetRecord> records, IReadOnlyList<string> headers, TextWriter writer)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        var mapper = new DatasetRowMapper(headers ?? throw new ArgumentNullException(nameof(headers)));
        WriteRow(writer, mapper.Headers);
        foreach (var record in records)
        {
            WriteRow(writer, mapper.Write(record));
        }
    }

    /// <summary>Gets the headers a dataset is written with in <paramref name="order"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="order">The order of the columns.</param>
    public static IReadOnlyList<string> Headers(CommitmentDataset dataset, CsvColumnOrder order)
    {
        if (dataset is null)
        {
            throw new ArgumentNullException(nameof(dataset));
        }

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

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteField(writer, cells[i]);
        }

        writer.Write("\r\n");
    }

    private static void WriteField(TextWriter writer, string text)
    {
        var quote = false;
        foreach (var c in text)
        {
            if (c is ',' or '"' or '\r' or '\n')
            {
                quote = true;
                break;
            }
        }

        if (!quote)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\""));
        writer.Write('"');
    }
}
