using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenGov.Model;

/// <summary>
/// The bytes of a JSON input as UTF-8, checked as they pass: a UTF-8 byte order mark is dropped, UTF-16 and
/// UTF-32 (told by their byte order mark) are transcoded, and the first byte that is not well-formed raises
/// <see cref="OgpJsonException"/> with its line and byte, wherever it is (inside a string the library does
/// not know, too). The JSON reader behind it never sees text it cannot read.
/// </summary>
internal sealed class Utf8JsonInput : ForwardReadStream
{
    /// <summary>The longest token read by default: 16 MiB, the reader's default record limit.</summary>
    internal const int DefaultMaxTokenLength = 16 * 1024 * 1024;

    private const int BufferSize = 64 * 1024;

    private readonly string? _inputName;
    private readonly int _maxTokenLength;
    private bool _inString;
    private bool _escaped;
    private long _tokenLength;
    private readonly byte[] _buffer = new byte[BufferSize];
    private InputEncoding? _encoding;
    private Decoder? _decoder;
    private Encoder? _encoder;
    private char[]? _chars;
    private byte[] _out = [];
    private int _outStart;
    private int _outEnd;
    private int _tail;
    private bool _eof;
    private bool _started;
    private long _line = 1;
    private long _lineStart;
    private long _offset;

    /// <summary>Creates the checked UTF-8 view of a JSON input.</summary>
    /// <param name="inner">The input.</param>
    /// <param name="encoding">Its encoding, or <see langword="null"/> to tell it from a byte order mark (UTF-8 without one).</param>
    /// <param name="leaveOpen">Whether disposing this leaves <paramref name="inner"/> open.</param>
    /// <param name="inputName">The name of the input, for the messages.</param>
    /// <param name="maxTokenLength">The longest string, number or literal the input may hold: the JSON reader keeps a token whole, so a longer one is refused before it is read.</param>
    public Utf8JsonInput(Stream inner, InputEncoding? encoding, bool leaveOpen, string? inputName, int maxTokenLength = DefaultMaxTokenLength)
        : base(inner, leaveOpen)
    {
        _maxTokenLength = maxTokenLength;
        _inputName = inputName;
        _encoding = encoding;
        if (encoding is { } known)
        {
            Use(known);
        }
    }

    private void Use(InputEncoding encoding)
    {
        _encoding = encoding;
        if (encoding == InputEncoding.Utf8)
        {
            return;
        }

        if (encoding is InputEncoding.Windows1252 or InputEncoding.Latin1)
        {
            throw new OgpJsonException("JSON is read as UTF-8 (or UTF-16 or UTF-32 with a byte order mark), not as a single-byte code page", "$", 1, 1, _inputName, null);
        }

        Encoding strict = encoding switch
        {
            InputEncoding.Utf16LittleEndian => new UnicodeEncoding(false, false, true),
            InputEncoding.Utf16BigEndian => new UnicodeEncoding(true, false, true),
            InputEncoding.Utf32LittleEndian => new UTF32Encoding(false, false, true),
            _ => new UTF32Encoding(true, false, true),
        };
        _decoder = strict.GetDecoder();
        _encoder = new UTF8Encoding(false, true).GetEncoder();
        _chars = new char[BufferSize];
        _out = new byte[(BufferSize * 3) + 16];
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_outStart == _outEnd && !_eof)
        {
            var room = _buffer.Length - _tail;
            Next(Inner.Read(_buffer, _tail, room));
        }

        return CopyOut(buffer, offset, count);
    }

    /// <inheritdoc />
    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        while (_outStart == _outEnd && !_eof)
        {
            var room = _buffer.Length - _tail;
#if NET
            Next(await Inner.ReadAsync(_buffer.AsMemory(_tail, room), cancellationToken).ConfigureAwait(false));
#else
            Next(await Inner.ReadAsync(_buffer, _tail, room, cancellationToken).ConfigureAwait(false));
#endif
        }

        return CopyOut(buffer, offset, count);
    }

#if NET
    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_outStart == _outEnd && !_eof)
        {
            Next(await Inner.ReadAsync(_buffer.AsMemory(_tail), cancellationToken).ConfigureAwait(false));
        }

        var n = Math.Min(buffer.Length, _outEnd - _outStart);
        _out.AsSpan(_outStart, n).CopyTo(buffer.Span);
        _outStart += n;
        return n;
    }
#endif

    private int CopyOut(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(count, _outEnd - _outStart);
        Buffer.BlockCopy(_out, _outStart, buffer, offset, n);
        _outStart += n;
        return n;
    }

    /// <summary>Takes <paramref name="read"/> more bytes behind the tail kept from the last read, and makes them the next output.</summary>
    private void Next(int read)
    {
        var length = _tail + read;
        _eof = read == 0;
        if (_encoding is null)
        {
            if (length < 4 && !_eof)
            {
                _tail = length;
                return;
            }

            Use(BomEncoding(new ReadOnlySpan<byte>(_buffer, 0, length)));
        }

        if (_decoder is not null)
        {
            Transcode(length);
            return;
        }

        var start = 0;
        if (!_started)
        {
            if (length < 3 && !_eof)
            {
                _tail = length;
                return;
            }

            _started = true;
            if (length >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                start = 3;
                _offset = 3;
                _lineStart = 3;
            }
        }

        var span = new ReadOnlySpan<byte>(_buffer, start, length - start);
        var invalid = Utf8Validation.IndexOfInvalid(span, _eof, out var tail);
        if (invalid >= 0)
        {
            throw NotUtf8(span, invalid);
        }

        var valid = span.Length - tail;
        Track(span.Slice(0, valid));
        if (_out.Length < valid)
        {
            _out = new byte[BufferSize];
        }

        span.Slice(0, valid).CopyTo(_out);
        _outStart = 0;
        _outEnd = valid;

        // The bytes of a sequence cut by the end of this read are checked with the next.
        span.Slice(valid).CopyTo(_buffer);
        _tail = tail;
    }

    private void Transcode(int length)
    {
        int bytesUsed, charsUsed;
        try
        {
            _decoder!.Convert(_buffer, 0, length, _chars!, 0, _chars!.Length, _eof, out bytesUsed, out charsUsed, out _);
        }
        catch (DecoderFallbackException e)
        {
            throw new OgpJsonException($"The input is not valid text in its encoding (a byte order mark names it): {e.Message}", "$", _line, null, _inputName, e);
        }

        var start = 0;
        if (!_started && charsUsed > 0)
        {
            _started = true;
            if (_chars![0] == '\uFEFF')
            {
                start = 1;
            }
        }

        _outStart = 0;
        _outEnd = _encoder!.GetBytes(_chars!, start, charsUsed - start, _out, 0, _eof);
        Track(new ReadOnlySpan<byte>(_out, 0, _outEnd));
        Buffer.BlockCopy(_buffer, bytesUsed, _buffer, 0, length - bytesUsed);
        _tail = length - bytesUsed;
    }

    private static InputEncoding BomEncoding(ReadOnlySpan<byte> b) =>
        b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0 ? InputEncoding.Utf32LittleEndian
        : b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF ? InputEncoding.Utf32BigEndian
        : b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE ? InputEncoding.Utf16LittleEndian
        : b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF ? InputEncoding.Utf16BigEndian
        : InputEncoding.Utf8;

    /// <summary>Counts the lines of the bytes that pass, to locate a bad byte, and the length of the token they are in.</summary>
    private void Track(ReadOnlySpan<byte> bytes)
    {
        MeasureTokens(bytes);
        var at = bytes.LastIndexOf((byte)'\n');
        if (at >= 0)
        {
#if NET
            _line += System.MemoryExtensions.Count(bytes, (byte)'\n');
#else
            foreach (var b in bytes)
            {
                if (b == (byte)'\n')
                {
                    _line++;
                }
            }
#endif
            _lineStart = _offset + at + 1;
        }

        _offset += bytes.Length;
    }

    /// <summary>Follows strings (and runs of other bytes outside them) to refuse a token longer than the limit before the reader buffers it.</summary>
    private void MeasureTokens(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (_inString)
            {
                if (_escaped)
                {
                    _escaped = false;
                    i++;
                    _tokenLength++;
                    continue;
                }

                var next = bytes.Slice(i).IndexOfAny((byte)'"', (byte)'\\');
                if (next < 0)
                {
                    _tokenLength += bytes.Length - i;
                    break;
                }

                _tokenLength += next;
                i += next;
                if (bytes[i] == (byte)'\\')
                {
                    _escaped = true;
                }
                else
                {
                    _inString = false;
                    _tokenLength = 0;
                }

                i++;
                continue;
            }

            var b = bytes[i];
            if (b == (byte)'"')
            {
                _inString = true;
                _tokenLength = 0;
            }
            else if (b is (byte)'{' or (byte)'}' or (byte)'[' or (byte)']' or (byte)',' or (byte)':' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                _tokenLength = 0;
            }
            else
            {
                _tokenLength++;
            }

            i++;
            if (_tokenLength > _maxTokenLength)
            {
                break;
            }
        }

        if (_tokenLength > _maxTokenLength)
        {
            throw new OgpJsonException(
                $"A string or value of the input is longer than {_maxTokenLength / (1024 * 1024)} MiB, the reader's limit; it is not read",
                "$",
                _line,
                null,
                _inputName,
                null);
        }
    }

    private OgpJsonException NotUtf8(ReadOnlySpan<byte> span, int index)
    {
        var line = _line;
        var lineStart = _lineStart;
        for (var i = 0; i < index; i++)
        {
            if (span[i] == (byte)'\n')
            {
                line++;
                lineStart = _offset + i + 1;
            }
        }

        var position = _offset + index - lineStart + 1;
        var reason = $"The input is not UTF-8: byte 0x{span[index]:X2} cannot stand there (JSON is read as UTF-8; save the file as UTF-8)";
        return new OgpJsonException(reason, "$", line, position, _inputName, null);
    }
}
