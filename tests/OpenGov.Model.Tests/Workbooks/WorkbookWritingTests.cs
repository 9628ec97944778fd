using System;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Mapping;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Workbooks;

/// <summary>A dataset written as a workbook reads back cell for cell.</summary>
public sealed class WorkbookWritingTests
{
    private const string Id = "Commitment Unique Identifier";

    private static string ExtractPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ogp-commitments-open-parliament-extract.csv");

    /// <summary>Cells that tempt a writer: numbers and near-numbers, escapes, control characters, lone surrogates, formulas.</summary>
    private static readonly Gen<string> Cell = Gen.Frequency(
        (3, ModelGenerators.Text),
        (2, Gen.Elements("2012", "007", "1.50", "0.5", "-0", "-3", "1e3", "1E-05", " 12", "12 ", "1,000", "=1+1", "@SUM(A1)", "NaN", "Infinity", "99999999999999999999")),
        (1, Gen.ArrayOf(Gen.Elements("_x0041_", "_x", "\u0001", "\u001b", "\r", "\r\n", "\uD800", "\uDC00", "\uFFFE", " ", "x", "_", "é")).Select(parts => string.Concat(parts))));

    [Fact]
    public void The_real_extract_written_as_a_workbook_reads_back_as_the_csv()
    {
        using var csv = OgpReader.OpenFile(ExtractPath);
        var rows = csv.ReadRecords().Select(r => r.Record).ToList();
        var workbook = new MemoryStream();
        using (var writer = new DatasetWorkbookWriter(workbook, csv.Columns))
        {
            foreach (var row in rows)
            {
                writer.Write(row);
            }
        }

        using var read = OgpReader.Open(new MemoryStream(workbook.ToArray()));

        Assert.Equal(InputKind.DatasetWorkbook, read.Kind);
        Assert.Equal("Commitments", read.Sheet);
        Assert.Equal(csv.Columns, read.Columns);
        Assert.Equal(rows, read.ReadRecords().Select(r => r.Record));
    }

    [Property(MaxTest = 80)]
    public Property Any_cells_written_as_a_workbook_read_back_the_same() =>
        Prop.ForAll(
            (from columns in Gen.Choose(1, 5)
             from rows in Gen.Choose(1, 6)
             from cells in Gen.ArrayOf(Gen.ArrayOf(Cell, columns), rows)
             select (columns, cells)).ToArbitrary(),
            sheet =>
            {
                var (columns, cells) = sheet;
                var headers = Enumerable.Range(1, columns).Select(i => "Extra " + i).Prepend(Id).ToList();
                var csv = string.Concat(new[] { headers.ToArray() }
                    .Concat(cells.Select((row, r) => row.Prepend("AL" + (1000 + r).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray()))
                    .Select(row => string.Join(",", row.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\n"));
                using var fromCsv = OgpReader.OpenText(csv, new OgpReaderOptions { Kind = InputKind.DatasetCsv });
                var rows = fromCsv.ReadRecords().Select(r => r.Record).ToList();
                var workbook = new MemoryStream();
                using (var writer = new DatasetWorkbookWriter(workbook, fromCsv.Columns, "Sheet 1"))
                {
                    rows.ForEach(writer.Write);
                }

                using var read = OgpReader.Open(new MemoryStream(workbook.ToArray()));
                var back = read.ReadRecords().Select(r => r.Record).ToList();

                Assert.Equal(rows.Count, back.Count);
                for (var r = 0; r < rows.Count; r++)
                {
                    foreach (var header in headers.Skip(1))
                    {
                        Assert.Equal(
                            (r, header, DatasetCells.TryGetCell(rows[r], header, out var written) ? Show(written) : null),
                            (r, header, DatasetCells.TryGetCell(back[r], header, out var again) ? Show(again) : null));
                    }
                }

                Assert.Equal(rows, back);
            });

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("[data]")]
    [InlineData("'quoted'")]
    [InlineData("a sheet name longer than thirty-one characters")]
    public void A_sheet_name_a_workbook_refuses_is_refused(string name) =>
        Assert.Throws<ArgumentException>(() => new DatasetWorkbookWriter(new MemoryStream(), [], name));

    private static string Show(string text) => string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}
