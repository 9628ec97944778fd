using System.Collections.Generic;
using System.IO;
using System.Text;

namespace OpenGov.Model.Cli;

/// <summary>
/// A text writer that takes the CSV a table renders (RFC 4180: quoted fields, doubled quotes, CRLF or LF
/// between rows) and writes its rows as the sheet of a workbook as they come, so that every table the tool
/// writes as CSV is also written as <c>.xlsx</c> without a second rendering. Disposing it finishes the
/// workbook.
/// </summary>
internal sealed class CsvSheetWriter(Stream stream, string sheetName) : TextWriter
{
    private readonly WorkbookWriter _workbook = new(stream, sheetName);
    private readonly List<string?> _row = [];
    private readonly StringBuilder _field = new();
    private bool _quoted;
    private bool _quoteInQuotes;
    private bool _fieldStarted;
    private bool _carriageReturn;
    private bool _disposed;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (_quoteInQuotes)
        {
            _quoteInQuotes = false;
            if (value == '"')
            {
                _field.Append('"');
                return;
            }

            _quoted = false;
        }

        if (_quoted)
        {
            if (value == '"')
            {
                _quoteInQuotes = true;
            }
            else
            {
                _field.Append(value);
            }

            return;
        }

        if (_carriageReturn)
        {
            _carriageReturn = false;
            if (value == '\n')
            {
                return;
            }
        }

        switch (value)
        {
            case '"' when !_fieldStarted:
                _quoted = true;
                _fieldStarted = true;
                break;
            case ',':
                EndField();
                break;
            case '\r':
                EndRow();
                _carriageReturn = true;
                break;
            case '\n':
                EndRow();
                break;
            default:
                _field.Append(value);
                _fieldStarted = true;
                break;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            if (_fieldStarted || _row.Count > 0)
            {
                EndRow();
            }

            _workbook.Dispose();
        }

        base.Dispose(disposing);
    }

    private void EndField()
    {
        _row.Add(_field.ToString());
        _field.Clear();
        _fieldStarted = false;
    }

    private void EndRow()
    {
        EndField();
        _workbook.WriteRow(_row);
        _row.Clear();
    }
}
