using System.Collections.Generic;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sylvan.Data.Csv;

namespace OpenGov.Model.Benchmarks;

/// <summary>
/// Reading the IRM commitment dataset from an <c>.xlsx</c> workbook, beside reading the same rows from CSV
/// (the baseline), both through <see cref="OgpReader"/> into the model.
/// </summary>
/// <remarks>
/// The rows are those of <see cref="ImportBenchmarks"/> (the real extract's rows with new identifiers), written
/// once as CSV and once as a workbook as spreadsheet programs write one: text in the shared strings, integers
/// as numbers. Allocated bytes per row, compared between 1,000 and 100,000 rows, show whether memory grows
/// with the sheet beyond its shared strings.
/// </remarks>
[MemoryDiagnoser]
public class WorkbookBenchmarks
{
    private byte[] _csv = [];
    private byte[] _workbook = [];

    [Params(1_000, 100_000)]
    public int Rows { get; set; } = 1_000;

    [GlobalSetup]
    public void Setup()
    {
        _csv = ImportBenchmarks.Generate(Rows);
        _workbook = ToWorkbook(_csv);
    }

    [Benchmark(Baseline = true, Description = "OgpReader: CSV")]
    public int Csv() => Count(_csv);

    [Benchmark(Description = "OgpReader: workbook")]
    public int Workbook() => Count(_workbook);

    private static int Count(byte[] bytes)
    {
        using var input = OgpReader.Open(new MemoryStream(bytes));
        var rows = 0;
        foreach (var row in input.ReadRecords())
        {
            rows += row.Record.Commitment.Id is null ? 0 : 1;
        }

        return rows;
    }

    /// <summary>The cells of a CSV file as a workbook's only sheet, written as it streams (the Open XML SDK's writer).</summary>
    public static byte[] ToWorkbook(byte[] csv)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var shared = new Dictionary<string, int>();
            var strings = new List<string>();
            using (var reader = CsvDataReader.Create(new StreamReader(new MemoryStream(csv)), new CsvDataReaderOptions { HasHeaders = false, MaxBufferSize = 0x4000000 }))
            using (var writer = OpenXmlWriter.Create(sheet))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                while (reader.Read())
                {
                    writer.WriteStartElement(new Row());
                    for (var i = 0; i < reader.RowFieldCount; i++)
                    {
                        var text = reader.GetString(i);
                        if (text.Length == 0)
                        {
                            continue;
                        }

                        var reference = Column(i) + (reader.RowNumber).ToString(CultureInfo.InvariantCulture);
                        if (text.Length < 10 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number.ToString(CultureInfo.InvariantCulture) == text)
                        {
                            writer.WriteElement(new Cell { CellReference = reference, CellValue = new CellValue(text) });
                            continue;
                        }

                        if (!shared.TryGetValue(text, out var index))
                        {
                            index = strings.Count;
                            shared[text] = index;
                            strings.Add(text);
                        }

                        writer.WriteElement(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)) });
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            var table = workbook.AddNewPart<SharedStringTablePart>();
            using (var writer = OpenXmlWriter.Create(table))
            {
                writer.WriteStartElement(new SharedStringTable());
                foreach (var text in strings)
                {
                    writer.WriteElement(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                }

                writer.WriteEndElement();
            }

            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Commitments" });
        }

        return memory.ToArray();
    }

    private static string Column(int column)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
