using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenGov.Model;

/// <summary>What went wrong in the text of a CSV file, where.</summary>
internal enum CsvProblemKind
{
    /// <summary>A quote opens a field and is never closed: the field would run to the end of the file (or past the row limit).</summary>
    UnclosedQuote,

    /// <summary>A quote stands inside a field that is not quoted, or after the quote that closes one.</summary>
    StrayQuote,

    /// <summary>A row is longer than the limit and is not inside quotes: reading stops there.</summary>
    RowTooLong,

    /// <summary>A row has more fields than the limit: reading stops there.</summary>
    TooManyFields,

    /// <summary>The text has more lines than a line number can count (2,147,483,647): reading stops there.</summary>
    TooManyLines,
}

/// <summary>A problem of the text of a CSV file: what, at which line and in which field (from 1).</summary>
internal readonly record struct CsvProblem(CsvProblemKind Kind, int Line, int Field);

/// <summary>
/// Splits delimited text into rows of fields, RFC 4180 with the leniency real files need: a quote inside an
/// unquoted field, or after a closing quote, is kept as a character and reported; a quote that is never
/// closed is reported at its line, and the row is read again as if it were an ordinary character, so that
/// one stray quote does not swallow the rest of the file. Rows end at CR, LF or CRLF; blank lines are skipped.
/// </summary>
/// <remarks>
/// The tokenizer keeps each row whole in its buffer while it splits it, so the same code serves the
/// synchronous and the asynchronous reads: when a row is not yet all in the buffer, the buffer is filled and
/// the row split again. A row longer than the limit that is not inside quotes stops the reading.
/// </remarks>
internal sealed class CsvTokenizer
{
    /// <summary>32 K characters: 64 KB, below the large-object heap, so that opening a file does not cost a full collection.</summary>
    private const int InitialBufferSize = 32 * 1024;

    /// <summary>The most quotes left open that one row may have before the text is taken for something else than CSV.</summary>
    private const int MaxRecoveriesPerRow = 64;

    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly int _maxRowLength;
    private readonly int _maxFields;
    private readonly StringPool _pool = new();
    private readonly List<string> _fields = [];
    private readonly List<int> _fieldLines = [];
    private readonly List<CsvProblem> _problems = [];
    private readonly HashSet<int> _literalQuotes = [];
    private readonly List<CsvProblem> _recovered = [];
#if NET
    private readonly System.Buffers.SearchValues<char> _special;
#else
    private readonly char[] _special;
#endif
    private char[] _buffer = new char[InitialBufferSize];
    private char[] _scratch = new char[256];
    private int _pos;
    private int _end;
    private int _line = 1;
    private bool _eof;
    private bool _stopped;
    private bool _restart;

    public CsvTokenizer(TextReader reader, char delimiter, int maxRowLength, int maxFields = int.MaxValue)
    {
        _reader = reader;
        _delimiter = delimiter;
        _maxRowLength = maxRowLength;
        _maxFields = maxFields;
#if NET
        _special = System.Buffers.SearchValues.Create([delimiter, '"', '\r', '\n']);
#else
        _special = [delimiter, '"', '\r', '\n'];
#endif
    }

    private enum Step
    {
        Row,
        NeedMore,
        End,
    }

    /// <summary>Gets the fields of the last row read.</summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>Gets the line (from 1) where each field of the last row starts.</summary>
    public IReadOnlyList<int> FieldLines => _fieldLines;

    /// <summary>Gets the line (from 1) where the last row starts.</summary>
    public int RowLine { get; private set; }

    /// <summary>Gets the problems of the last row read (and, after the last row, of the end of the file).</summary>
    public IReadOnlyList<CsvProblem> Problems => _problems;

    /// <summary>Gets the line the reading has reached.</summary>
    public int Line => _line;

    /// <summary>Gets whether the reading stopped before the end of the text (a row over a limit, or too many lines).</summary>
    public bool Stopped => _stopped;

    /// <summary>Reads the next row.</summary>
    /// <returns><see langword="false"/> at the end of the text, or when reading stopped at a row over the limit.</returns>
    public bool ReadRow()
    {
        while (true)
        {
            switch (TryReadRow())
            {
                case Step.Row:
                    return true;
                case Step.End:
                    return false;
                default:
                    // The buffer is filled whole before the row is split again, however little each read
                    // gives: a long row is then split a number of times that grows with the log of its length.
                    int read;
                    do
                    {
                        read = _reader.Read(_buffer, _end, _buffer.Length - _end);
                        Fill(read);
                    }
                    while (read > 0 && _end < _buffer.Length);
                    break;
            }
        }
    }

    /// <summary>Reads the next row asynchronously.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns><see langword="false"/> at the end of the text, or when reading stopped at a row over the limit.</returns>
    public async ValueTask<bool> ReadRowAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (TryReadRow())
            {
                case Step.Row:
                    return true;
                case Step.End:
                    return false;
                default:
                    int read;
                    do
                    {
#if NET
                        read = await _reader.ReadAsync(_buffer.AsMemory(_end, _buffer.Length - _end), cancellationToken).ConfigureAwait(false);
#else
                        read = await _reader.ReadAsync(_buffer, _end, _buffer.Length - _end).ConfigureAwait(false);
#endif
                        Fill(read);
                    }
                    while (read > 0 && _end < _buffer.Length);
                    break;
            }
        }
    }

    /// <summary>Makes room for more text after the current row (moving it to the front, growing the buffer when the row fills it), then takes what was read.</summary>
    private void Fill(int read)
    {
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    private void MakeRoom()
    {
        if (_pos > 0)
        {
            Array.Copy(_buffer, _pos, _buffer, 0, _end - _pos);
            _end -= _pos;
            _pos = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
    }

    private Step NeedMore(bool insideQuotes, int quoteAt, int quoteLine, int quoteField)
    {
        if (_end - _pos < _maxRowLength)
        {
            MakeRoom();
            return Step.NeedMore;
        }

        if (insideQuotes)
        {
            // The quote is read as an ordinary character and the row split again, within the text already read.
            return RecoverQuote(quoteAt, quoteLine, quoteField) ? Step.NeedMore : Step.End;
        }

        Stop(quoteLine == 0 ? _line : quoteLine, _fields.Count + 1);
        return Step.End;
    }

    private void Stop(int line, int field, CsvProblemKind kind = CsvProblemKind.RowTooLong)
    {
        _problems.Clear();
        _problems.AddRange(_recovered);
        _problems.Add(new CsvProblem(kind, line, field));
        _recovered.Clear();
        _stopped = true;
        _fields.Clear();
        _fieldLines.Clear();
    }

    /// <summary>
    /// Marks a quote that is never closed as an ordinary character, to split the row again. False (and the
    /// reading stops) when a row has had too many: such text is not CSV.
    /// </summary>
    private bool RecoverQuote(int quoteAt, int quoteLine, int quoteField)
    {
        if (_recovered.Count >= MaxRecoveriesPerRow)
        {
            Stop(quoteLine, quoteField);
            return false;
        }

        _literalQuotes.Add(quoteAt - _pos);
        _recovered.Add(new CsvProblem(CsvProblemKind.UnclosedQuote, quoteLine, quoteField));
        _restart = true;
        return true;
    }

    private bool IsLiteralQuote(int position) => _literalQuotes.Count > 0 && _literalQuotes.Contains(position - _pos);

    private Step TryReadRow()
    {
        while (true)
        {
            _restart = false;
            var step = TrySplitRow();
            if (!_restart)
            {
                return step;
            }
        }
    }

    private Step TrySplitRow()
    {
        if (_stopped)
        {
            return Step.End;
        }

        var buffer = _buffer;
        var end = _end;

        // Blank lines between rows are skipped.
        while (_pos < end && buffer[_pos] is '\r' or '\n')
        {
            if (buffer[_pos] == '\r')
            {
                if (_pos + 1 == end && !_eof)
                {
                    return NeedMore(false, 0, 0, 0);
                }

                if (_pos + 1 < end && buffer[_pos + 1] == '\n')
                {
                    _pos++;
                }
            }

            _pos++;
            if (_line == int.MaxValue)
            {
                Stop(_line, 1, CsvProblemKind.TooManyLines);
                return Step.End;
            }

            _line++;
        }

        if (_pos == end)
        {
            if (_eof)
            {
                _fields.Clear();
                _problems.Clear();
                return Step.End;
            }

            return NeedMore(false, 0, 0, 0);
        }

        _fields.Clear();
        _fieldLines.Clear();
        _problems.Clear();
        var p = _pos;
        var line = _line;
        while (true)
        {
            var fieldLine = line;
            var strayReported = false;
            string value;
            if (p < end && buffer[p] == '"' && !IsLiteralQuote(p))
            {
                var open = p;
                var escapes = 0;
                p++;
                int close;
                while (true)
                {
                    var i = p < end ? buffer.AsSpan(p, end - p).IndexOf('"') : -1;
                    if (i < 0)
                    {
                        if (_eof)
                        {
                            // Never closed: read the row again with this quote as an ordinary character.
                            return RecoverQuote(open, fieldLine, _fields.Count + 1) ? Step.NeedMore : Step.End;
                        }

                        return NeedMore(true, open, fieldLine, _fields.Count + 1);
                    }

                    var q = p + i;
                    if (q + 1 == end && !_eof)
                    {
                        return NeedMore(true, open, fieldLine, _fields.Count + 1);
                    }

                    if (q + 1 < end && buffer[q + 1] == '"')
                    {
                        escapes++;
                        p = q + 2;
                        continue;
                    }

                    close = q;
                    break;
                }

                var lines = CountLines(buffer, open + 1, close);
                if (lines > int.MaxValue - 1 - line)
                {
                    Stop(_line, _fields.Count + 1, CsvProblemKind.TooManyLines);
                    return Step.End;
                }

                line += lines;
                p = close + 1;
                if (p < end && buffer[p] != _delimiter && buffer[p] is not ('\r' or '\n'))
                {
                    // Text after the closing quote: the quote was a stray; the rest of the field is kept as written.
                    _problems.Add(new CsvProblem(CsvProblemKind.StrayQuote, line, _fields.Count + 1));
                    strayReported = true;
                    var restStart = p;
                    if (!ScanUnquoted(ref p, end, ref strayReported, line))
                    {
                        return NeedMore(false, 0, 0, 0);
                    }

                    value = Unescape(buffer, open + 1, close, escapes) + new string(buffer, restStart - 1, p - restStart + 1);
                }
                else
                {
                    value = Unescape(buffer, open + 1, close, escapes);
                }
            }
            else
            {
                var start = p;
                if (!ScanUnquoted(ref p, end, ref strayReported, line))
                {
                    return NeedMore(false, 0, 0, 0);
                }

                value = _pool.Get(buffer.AsSpan(start, p - start));
            }

            _fields.Add(value);
            _fieldLines.Add(fieldLine);
            if (_fields.Count > _maxFields)
            {
                Stop(_line, _fields.Count, CsvProblemKind.TooManyFields);
                return Step.End;
            }

            if (p == end)
            {
                // Only at the end of the text: the last row has no line break.
                return Commit(p, line);
            }

            var c = buffer[p];
            if (c == _delimiter)
            {
                p++;
                if (p == end)
                {
                    if (!_eof)
                    {
                        return NeedMore(false, 0, 0, 0);
                    }

                    _fields.Add(string.Empty);
                    _fieldLines.Add(line);
                    return Commit(p, line);
                }

                continue;
            }

            if (c == '\r')
            {
                if (p + 1 == end && !_eof)
                {
                    return NeedMore(false, 0, 0, 0);
                }

                if (p + 1 < end && buffer[p + 1] == '\n')
                {
                    p++;
                }
            }

            return line == int.MaxValue ? Commit(p + 1, line) : Commit(p + 1, line + 1);
        }
    }

    /// <summary>Moves <paramref name="p"/> to the end of an unquoted field; a quote inside it is reported once. False when the field runs past the text read so far.</summary>
    private bool ScanUnquoted(ref int p, int end, ref bool strayReported, int line)
    {
        while (true)
        {
#if NET
            var i = _buffer.AsSpan(p, end - p).IndexOfAny(_special);
#else
            var i = _buffer.AsSpan(p, end - p).IndexOfAny(_special.AsSpan());
#endif
            if (i < 0)
            {
                if (!_eof)
                {
                    return false;
                }

                p = end;
                return true;
            }

            p += i;
            if (_buffer[p] != '"')
            {
                return true;
            }

            if (!strayReported && !IsLiteralQuote(p))
            {
                _problems.Add(new CsvProblem(CsvProblemKind.StrayQuote, line, _fields.Count + 1));
                strayReported = true;
            }

            p++;
        }
    }

    private Step Commit(int next, int line)
    {
        if (next - _pos > _maxRowLength)
        {
            // The limit holds whatever the size of the buffer: a row longer than it is not read.
            Stop(_line, 1);
            return Step.End;
        }

        if (line == int.MaxValue)
        {
            // The row ends at the last line a line number can count: the next would have none.
            Stop(_line, 1, CsvProblemKind.TooManyLines);
            return Step.End;
        }

        RowLine = _line;
        _pos = next;
        _line = line;
        if (_recovered.Count > 0)
        {
            _problems.InsertRange(0, _recovered);
            _recovered.Clear();
        }

        _literalQuotes.Clear();
        return Step.Row;
    }

    private string Unescape(char[] buffer, int start, int end, int escapes)
    {
        if (escapes == 0)
        {
            return _pool.Get(buffer.AsSpan(start, end - start));
        }

        var length = end - start - escapes;
        if (_scratch.Length < length)
        {
            _scratch = new char[Math.Max(length, _scratch.Length * 2)];
        }

        var n = 0;
        for (var i = start; i < end; i++)
        {
            _scratch[n++] = buffer[i];
            if (buffer[i] == '"')
            {
                i++;
            }
        }

        return _pool.Get(_scratch.AsSpan(0, n));
    }

    /// <summary>Counts the line breaks in a quoted field: LF, CRLF and a lone CR each end a line.</summary>
    private static int CountLines(char[] buffer, int start, int end)
    {
        var span = buffer.AsSpan(start, end - start);
        if (span.IndexOfAny('\r', '\n') < 0)
        {
            return 0;
        }

        var lines = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == '\n' || (span[i] == '\r' && (i + 1 == span.Length || span[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return lines;
    }
}
