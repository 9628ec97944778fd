using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Sylvan.Data.Csv;

namespace OpenGov.Model.Benchmarks;

/// <summary>
/// Importing the IRM commitment dataset from CSV into the model, beside a bare pass of the CSV
/// library over the same bytes that reads every field as a string (the baseline).
/// </summary>
/// <remarks>
/// The real extract (558 rows, 2.5 MB) and files of 1,000 and 100,000 rows made from its rows,
/// with new identifiers and the full text cut to 300 characters. Allocated bytes per row,
/// compared between 1,000 and 100,000 rows, show whether memory grows with the file.
/// </remarks>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private byte[] _csv = [];

    [Params("real-558", "generated-1000", "generated-100000")]
    public string File { get; set; } = "real-558";

    public static string ExtractPath => Path.Combine(AppContext.BaseDirectory, "data", "ogp-commitments-open-parliament-extract.csv");

    [GlobalSetup]
    public void Setup() => _csv = File switch
    {
        "real-558" => System.IO.File.ReadAllBytes(ExtractPath),
        "generated-1000" => Generate(1_000),
        _ => Generate(100_000),
    };

    [Benchmark(Baseline = true, Description = "Sylvan pass, every field as string (floor)")]
    public int BarePass()
    {
        using var reader = CsvDataReader.Create(new StreamReader(new MemoryStream(_csv)), Options());
        var rows = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.RowFieldCount; i++)
            {
                _ = reader.GetString(i);
            }

            rows++;
        }

        return rows;
    }

    [Benchmark(Description = "OgpReader: ReadRecords")]
    public int Import()
    {
        using var input = OgpReader.Open(new MemoryStream(_csv));
        var rows = 0;
        foreach (var row in input.ReadRecords())
        {
            rows += row.Record.Commitment.Id is null ? 0 : 1;
        }

        return rows;
    }

    private static CsvDataReaderOptions Options() => new() { HasHeaders = true, Delimiter = ',', MaxBufferSize = 0x4000000 };

    /// <summary>Makes a file of <paramref name="rows"/> rows from the real extract's rows, each with its own identifier.</summary>
    public static byte[] Generate(int rows)
    {
        using var reader = CsvDataReader.Create(ExtractPath, Options());
        var headers = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var source = new List<string[]>();
        while (reader.Read())
        {
            source.Add(Enumerable.Range(0, reader.RowFieldCount).Select(reader.GetString).ToArray());
        }

        var id = Array.IndexOf(headers, "Commitment Unique Identifier");
        var fullText = Array.IndexOf(headers, "Full Text");
        var text = new StringBuilder();
        text.Append(string.Join(",", headers.Select(Quote))).Append("\r\n");
        for (var r = 0; r < rows; r++)
        {
            var cells = (string[])source[r % source.Count].Clone();
            cells[id] = "GN" + ((char)('A' + (r / 10000 % 26))).ToString() + (r % 10000).ToString("D4", CultureInfo.InvariantCulture);
            cells[fullText] = cells[fullText].Length > 300 ? cells[fullText].Substring(0, 300) : cells[fullText];
            text.Append(string.Join(",", cells.Select(Quote))).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
