using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Mapping;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Workbooks;

/// <summary>Generated sheets read from a workbook cell for cell as the same cells read from CSV.</summary>
public sealed class WorkbookProperties
{
    private const string Id = "Commitment Unique Identifier";

    /// <summary>Free text, and text with what a spreadsheet must escape: control characters, carriage returns, <c>_x0041_</c>-like runs.</summary>
    private static readonly Gen<string> Cell = Gen.Frequency(
        (3, ModelGenerators.Text),
        (1, Gen.ArrayOf(Gen.Elements("_x0041_", "_x", "\u0001", "\r", "\r\n", "_X00e9_", "\uFFFE", " ", "x", "_")).Select(parts => string.Concat(parts))));

    private static string Show(string text) => string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));

    [Property(MaxTest = 60)]
    public Property A_generated_sheet_reads_as_its_csv() =>
        Prop.ForAll(
            (from columns in Gen.Choose(1, 6)
             from rows in Gen.Choose(1, 8)
             from cells in Gen.ArrayOf(Gen.ArrayOf(Cell, columns), rows)
             select (columns, cells)).ToArbitrary(),
            sheet =>
            {
                var (columns, cells) = sheet;
                var headers = Enumerable.Range(1, columns).Select(i => "Extra " + i).Prepend(Id).ToArray();
                var rows = cells.Select((row, r) => row.Prepend("AL" + (1000 + r).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToArray();
                var workbook = TestWorkbook.Write(("Sheet1", [.. new[] { headers }.Concat(rows).Select(row => (System.Collections.Generic.IReadOnlyList<object?>)row.Select(c => c.Length == 0 ? null : (object)c).ToList())]));
                var csv = string.Concat(new[] { headers }.Concat(rows).Select(row => string.Join(",", row.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\n"));

                using var fromXlsx = OgpReader.Open(new MemoryStream(workbook));
                using var fromCsv = OgpReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new OgpReaderOptions { Kind = InputKind.DatasetCsv });
                var xlsxRows = fromXlsx.ReadRecords().Select(r => r.Record).ToList();
                var csvRows = fromCsv.ReadRecords().Select(r => r.Record).ToList();

                Assert.Equal(rows.Length, xlsxRows.Count);
                for (var r = 0; r < rows.Length; r++)
                {
                    for (var c = 1; c <= columns; c++)
                    {
                        var written = rows[r][c];
                        Assert.Equal(
                            (r, c, DatasetCells.TryGetCell(csvRows[r], headers[c], out var viaCsv) ? Show(viaCsv) : null),
                            (r, c, DatasetCells.TryGetCell(xlsxRows[r], headers[c], out var viaXlsx) ? Show(viaXlsx) : null));
                        if (written.Trim().Length > 0)
                        {
                            Assert.Equal(Show(written), Show(viaXlsx!));
                        }
                    }

                    Assert.Equal(csvRows[r], xlsxRows[r]);
                }
            });
}
