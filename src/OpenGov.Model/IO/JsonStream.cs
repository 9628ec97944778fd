using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OpenGov.Model;

/// <summary>
/// Walks a large JSON input token by token over a window of its bytes, and hands out whole values (a row, a
/// record) as spans to read with a <see cref="Utf8JsonReader"/> of their own: memory holds the window and the
/// largest value, not the input.
/// </summary>
internal sealed class JsonStream
{
    private readonly Stream _stream;
    private readonly string? _inputName;
    private readonly int _maxValueLength;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state;
    private long _line = 1;
    private long _offset;

    public JsonStream(Stream utf8, string? inputName, int maxValueLength)
    {
        _stream = utf8;
        _inputName = inputName;
        _maxValueLength = maxValueLength;
        _state = new JsonReaderState(new JsonReaderOptions { MaxDepth = OgpJson.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
    }

    /// <summary>Gets the type of the last token read.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>Gets the line (from 1) where the last token or value read starts.</summary>
    public long TokenLine { get; private set; }

    /// <summary>Gets the text of the last token read when it is a property name or a string.</summary>
    public string? TokenText { get; private set; }

    /// <summary>Reads the next token, filling the window as needed.</summary>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    public bool Read()
    {
        while (true)
        {
            if (TryRead(out var done))
            {
                return done;
            }

            Fill();
        }
    }

    /// <summary>Reads the next token asynchronously.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryRead(out var done))
            {
                return done;
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Takes the value that starts at the next token, whole: the caller reads it from <paramref name="value"/>
    /// with a reader whose depth starts at that value. Returns false at the end of an array or object.
    /// </summary>
    public bool ReadValue(out ReadOnlyMemory<byte> value)
    {
        while (true)
        {
            var found = TryTakeValue(out value, out var ended);
            if (found || ended)
            {
                return found;
            }

            Fill();
        }
    }

    /// <summary>Takes the value that starts at the next token, whole, asynchronously; null at the end of an array or object.</summary>
    public async ValueTask<ReadOnlyMemory<byte>?> ReadValueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var found = TryTakeValue(out var value, out var ended);
            if (found)
            {
                return value;
            }

            if (ended)
            {
                return null;
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Skips the value that starts at the next token.</summary>
    public void SkipValue() => ReadValue(out _);

    /// <summary>The exception for a reader error, with the line and byte of the input.</summary>
    public OgpJsonException Error(JsonException e) =>
        new(OgpJsonException.From(e).Reason, null, _line + (e.LineNumber ?? 0), e.BytePositionInLine + 1, _inputName, e);

    /// <summary>An exception naming the current line.</summary>
    public OgpJsonException Error(string reason) => new(reason, null, TokenLine, null, _inputName, null);

    private bool TryRead(out bool done)
    {
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_buffer, _start, _end - _start), _final, _state);
        try
        {
            if (!reader.Read())
            {
                done = false;
                if (_final)
                {
                    return true;
                }

                return false;
            }

            TokenType = reader.TokenType;
            TokenLine = LineAt(_start + (int)reader.TokenStartIndex);
            TokenText = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetText() : null;
        }
        catch (JsonException e)
        {
            throw Error(e);
        }

        Advance((int)reader.BytesConsumed);
        _state = reader.CurrentState;
        done = true;
        return true;
    }

    private bool TryTakeValue(out ReadOnlyMemory<byte> value, out bool ended)
    {
        value = default;
        ended = false;
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_buffer, _start, _end - _start), _final, _state);
        try
        {
            if (!reader.Read())
            {
                if (_final)
                {
                    throw Error("The input ends inside a value: it is cut short");
                }

                return false;
            }

            if (reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
            {
                TokenType = reader.TokenType;
                TokenLine = LineAt(_start + (int)reader.TokenStartIndex);
                Advance((int)reader.BytesConsumed);
                _state = reader.CurrentState;
                ended = true;
                return false;
            }

            var valueStart = (int)reader.TokenStartIndex;
            if (!reader.TrySkip())
            {
                if (_final)
                {
                    throw Error("The input ends inside a value: it is cut short");
                }

                return false;
            }

            TokenType = reader.TokenType;
            TokenLine = LineAt(_start + valueStart);
            var valueEnd = (int)reader.BytesConsumed;
            value = new ReadOnlyMemory<byte>(_buffer, _start + valueStart, valueEnd - valueStart).ToArray();
            Advance(valueEnd);
            _state = reader.CurrentState;
            return true;
        }
        catch (JsonException e)
        {
            throw Error(e);
        }
    }

    private long LineAt(int index)
    {
        var line = _line;
        for (var i = _start; i < index; i++)
        {
            if (_buffer[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

    private void Advance(int consumed)
    {
        var span = new ReadOnlySpan<byte>(_buffer, _start, consumed);
#if NET
        _line += System.MemoryExtensions.Count(span, (byte)'\n');
#else
        foreach (var b in span)
        {
            if (b == (byte)'\n')
            {
                _line++;
            }
        }
#endif
        _start += consumed;
        _offset += consumed;
    }

    private void Compact()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= _maxValueLength)
            {
                throw Error($"A value of the input is longer than {_maxValueLength / (1024 * 1024)} MiB; it is not read");
            }

            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, Math.Max(_maxValueLength, _buffer.Length)));
        }
    }

    private void Fill()
    {
        Compact();
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _final = read == 0;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        Compact();
#if NET
        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
#else
        var read = await _stream.ReadAsync(_buffer, _end, _buffer.Length - _end, cancellationToken).ConfigureAwait(false);
#endif
        _end += read;
        _final = read == 0;
    }
}
