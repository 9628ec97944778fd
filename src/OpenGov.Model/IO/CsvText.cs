using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace OpenGov.Model;

/// <summary>
/// The one CSV writer of the library (RFC 4180: comma-separated, a field quoted when it holds a comma, a
/// quote or a line break, CRLF between rows), used for datasets, validation findings, indicator tables and
/// summaries. A table the library derives is written with safe cells (<see cref="OutputSafety.CsvCell"/>:
/// formulas inert, control and direction characters shown as escapes); a dataset converted cell for cell is
/// written as it is unless asked.
/// </summary>
internal sealed class CsvText
{
    private readonly TextWriter _writer;
    private readonly bool _safe;
    private bool _rowStarted;

    /// <summary>Creates a writer.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="safeCells">Whether to write every cell under <see cref="OutputSafety.CsvCell"/>; false writes every cell as it is.</param>
    public CsvText(TextWriter writer, bool safeCells)
    {
        _writer = writer;
        _safe = safeCells;
    }

    /// <summary>Writes a whole row.</summary>
    public void WriteRow(IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            WriteField(cells[i]);
        }

        EndRow();
    }

    /// <summary>Writes the next field of the current row.</summary>
    public void WriteField(string? text)
    {
        if (_rowStarted)
        {
            _writer.Write(',');
        }

        _rowStarted = true;
        _fields++;
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        _anyText = true;

        var cell = _safe ? OutputSafety.CsvCell(text!) : text!;
        if (cell.IndexOfAny(Special) < 0)
        {
            _writer.Write(cell);
            return;
        }

        _writer.Write('"');
        _writer.Write(cell.Replace("\"", "\"\""));
        _writer.Write('"');
    }

    /// <summary>Writes a whole number as the next field.</summary>
    public void WriteField(int? number) => WriteField(number?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Ends the current row.</summary>
    public void EndRow()
    {
        // A row of one empty cell is written as a quoted empty field: a blank line is no row to a reader.
        if (_fields == 1 && !_anyText)
        {
            _writer.Write("\"\"");
        }

        _writer.Write("\r\n");
        _rowStarted = false;
        _fields = 0;
        _anyText = false;
    }

    private static readonly char[] Special = [',', '"', '\r', '\n'];

    private int _fields;
    private bool _anyText;
}
