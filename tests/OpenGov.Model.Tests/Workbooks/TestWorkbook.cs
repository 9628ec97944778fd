using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenGov.Model.Tests.Workbooks;

/// <summary>A cell written with a formula and the value it last gave.</summary>
internal sealed record FormulaCell(string Formula, string CachedText);

/// <summary>A number cell shown as a percentage: with the built-in format 9 (<c>0%</c>), or a custom one (<c>0.0%</c>).</summary>
internal sealed record PercentCell(double Value, bool Custom = false);

/// <summary>A cell written as a string kept in the cell itself rather than in the shared strings.</summary>
internal sealed record InlineCell(string Text);

/// <summary>Writes small <c>.xlsx</c> workbooks for the tests with the Open XML SDK: shared and inline strings, numbers, dates, booleans, formulas, gaps.</summary>
internal static class TestWorkbook
{
    /// <summary>Writes a workbook of the sheets given, each a list of rows of cells (null leaves a cell out).</summary>
    public static byte[] Write(params (string Name, IReadOnlyList<IReadOnlyList<object?>> Rows)[] sheets)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd\\.mm\\.yyyy" }, new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0\"pts\"%" }) { Count = 2 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(
                    new CellFormat { NumberFormatId = 0 },
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 22, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true })
                { Count = 6 });
            var shared = new List<string>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            uint sheetId = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Count; c++)
                    {
                        if (rows[r][c] is { } value)
                        {
                            row.Append(Cell(value, $"{Column(c)}{r + 1}", shared, index));
                        }
                    }

                    if (row.HasChildren)
                    {
                        data.Append(row);
                    }
                }

                part.Worksheet = new Worksheet(data);
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name });
            }

            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
        }

        return memory.ToArray();
    }

    /// <summary>The rows of a CSV file's text cells as a sheet: integers as numbers, the rest as shared strings.</summary>
    public static IReadOnlyList<IReadOnlyList<object?>> FromCells(IEnumerable<IReadOnlyList<string>> rows) =>
        rows.Select(row => (IReadOnlyList<object?>)row.Select(cell =>
            cell.Length == 0 ? null
            : cell.Length < 10 && cell.All(char.IsAsciiDigit) && (cell == "0" || cell[0] != '0') ? double.Parse(cell, CultureInfo.InvariantCulture)
            : (object)cell).ToList()).ToList();

    /// <summary>
    /// A string as spreadsheet programs write it: a character XML cannot hold, and a carriage return (which XML
    /// would read as a line feed), as <c>_xHHHH_</c>; an underscore that would start such a sequence as <c>_x005F_</c>.
    /// </summary>
    public static string Escape(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var startsEscape = c == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && text.Substring(i + 2, 4).All(Uri.IsHexDigit);
            if (startsEscape || (c < 0x20 && c != '\t' && c != '\n') || c is '\uFFFE' or '\uFFFF')
            {
                result.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
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

    private static Cell Cell(object value, string reference, List<string> shared, Dictionary<string, int> index)
    {
        switch (value)
        {
            case string raw:
                var text = Escape(raw);
                if (!index.TryGetValue(text, out var i))
                {
                    i = shared.Count;
                    shared.Add(text);
                    index[text] = i;
                }

                return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)) };
            case InlineCell inline:
                return new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(inline.Text)) };
            case double number:
                return new Cell { CellReference = reference, CellValue = new CellValue(number.ToString("R", CultureInfo.InvariantCulture)) };
            case PercentCell percent:
                return new Cell { CellReference = reference, StyleIndex = percent.Custom ? 5u : 4u, CellValue = new CellValue(percent.Value.ToString("R", CultureInfo.InvariantCulture)) };
            case bool flag:
                return new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(flag ? "1" : "0") };
            case DateTime date:
                return new Cell
                {
                    CellReference = reference,
                    StyleIndex = date.TimeOfDay == TimeSpan.Zero ? (date.Day % 2 == 0 ? 1u : 2u) : 3u,
                    CellValue = new CellValue(date.ToOADate().ToString("R", CultureInfo.InvariantCulture)),
                };
            case FormulaCell formula:
                return new Cell { CellReference = reference, DataType = CellValues.String, CellFormula = new CellFormula(formula.Formula), CellValue = new CellValue(formula.CachedText) };
            default:
                throw new ArgumentException($"No cell for {value.GetType()}.", nameof(value));
        }
    }
}
