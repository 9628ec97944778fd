using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace OpenGov.Model.IO;

/// <summary>
/// The one CSV writer of the library (RFC 4180: comma-separated, a field quoted when it holds a comma, a
/// quote or a line break, CRLF between rows), used for datasets, validation findings, indicator tables and
/// summaries. A table the library derives is written with formulas neutralized; a dataset converted cell
/// for cell is written as it is unless asked.
/// </summary>
internal sealed class CsvText
{
    private readonly TextWriter _writer;
    private readonly bool _neutralize;
    private bool _rowStarted;

    public CsvText(TextWriter writer, bool neutralizeFormulas)
    {
        _writer = writer;
        _neutralize = neutralizeFormulas;
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
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var cell = _neutralize ? Neutralize(text!) : text!;
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
        _writer.Write("\r\n");
        _rowStarted = false;
    }

    /// <summary>
    /// Makes a cell inert for spreadsheets (the OWASP rule against CSV injection): text that starts with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe, so that it is
    /// shown as text, not run as a formula. A number (<c>-1</c>, <c>+2.5</c>) stays a number.
    /// </summary>
    public static string Neutralize(string text)
    {
        if (text.Length == 0 || text[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return text;
        }

        return IsNumber(text) ? text : "'" + text;
    }

    private static readonly char[] Special = [',', '"', '\r', '\n'];

    private static bool IsNumber(string text) =>
        text.Length > 1
        && text[0] is '-' or '+'
        && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _);
}
