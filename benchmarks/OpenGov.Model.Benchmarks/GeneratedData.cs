using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Sylvan.Data.Csv;

namespace OpenGov.Model.Benchmarks;

/// <summary>
/// Datasets of any size made from the real extract's rows, written as they are made (a million rows never
/// sit in memory): each row gets its own identifier and its full text is cut to 300 characters.
/// </summary>
internal static class GeneratedData
{
    public static void Write(int rows, string csvPath, string? jsonRowsPath)
    {
        using var reader = CsvDataReader.Create(ImportBenchmarks.ExtractPath, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', MaxBufferSize = 0x4000000 });
        var headers = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var source = new List<string[]>();
        while (reader.Read())
        {
            source.Add(Enumerable.Range(0, reader.RowFieldCount).Select(reader.GetString).ToArray());
        }

        var id = Array.IndexOf(headers, "Commitment Unique Identifier");
        var fullText = Array.IndexOf(headers, "Full Text");
        using var csv = new StreamWriter(csvPath, false, new UTF8Encoding(false), 1 << 16);
        using var json = jsonRowsPath is null ? null : new Utf8JsonWriter(File.Create(jsonRowsPath));
        csv.Write(string.Join(",", headers.Select(Quote)));
        csv.Write("\r\n");
        json?.WriteStartArray();
        for (var r = 0; r < rows; r++)
        {
            var cells = (string[])source[r % source.Count].Clone();
            cells[id] = Identifier(r);
            cells[fullText] = cells[fullText].Length > 300 ? cells[fullText].Substring(0, 300) : cells[fullText];
            csv.Write(string.Join(",", cells.Select(Quote)));
            csv.Write("\r\n");
            if (json is not null)
            {
                json.WriteStartObject();
                for (var c = 0; c < headers.Length; c++)
                {
                    json.WriteString(headers[c], cells[c]);
                }

                json.WriteEndObject();
                if (json.BytesPending > 1 << 16)
                {
                    json.Flush();
                }
            }
        }

        json?.WriteEndArray();
    }

    /// <summary>Two or three letters and four digits, unique for up to 17 million rows.</summary>
    private static string Identifier(int row)
    {
        var block = row / 10000;
        var prefix = block < 676
            ? string.Concat((char)('A' + (block / 26)), (char)('A' + (block % 26)))
            : string.Concat((char)('A' + (block / 676 % 26)), (char)('A' + (block / 26 % 26)), (char)('A' + (block % 26)));
        return prefix + (row % 10000).ToString("D4", CultureInfo.InvariantCulture);
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
