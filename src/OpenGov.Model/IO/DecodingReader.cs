using System;
using System.IO;
using System.Text;
#if NET
using System.Threading;
#endif
using System.Threading.Tasks;

namespace OpenGov.Model;

/// <summary>
/// Reads a stream of bytes as text in a given encoding. Bytes that are not valid in it are never lost:
/// in UTF-8 each such byte is read as its Windows-1252 character (the usual cause is a file mixing the two),
/// in UTF-16 and UTF-32 as U+FFFD; the first such byte is remembered with its line.
/// </summary>
internal sealed class DecodingReader : TextReader
{
    private const int ByteBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Decoder _decoder;
    private readonly RecordingFallback _fallback;
    private readonly bool _countLines;
    private readonly byte[] _bytes = new byte[ByteBufferSize];
    private int _byteStart;
    private int _byteEnd;
    private bool _eof;
    private long _lines;

    public DecodingReader(Stream stream, InputEncoding encoding, bool leaveOpen)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        Encoding = encoding;
        _fallback = new RecordingFallback(encoding == InputEncoding.Utf8);
        _decoder = CreateEncoding(encoding, _fallback).GetDecoder();
        _countLines = encoding is InputEncoding.Utf8 or InputEncoding.Windows1252 or InputEncoding.Latin1;
    }

    /// <summary>Gets the encoding read.</summary>
    public InputEncoding Encoding { get; }

    /// <summary>Gets how many bytes were not valid in the encoding.</summary>
    public int InvalidByteCount => _fallback.Count;

    /// <summary>Gets the first byte that was not valid in the encoding.</summary>
    public byte FirstInvalidByte => _fallback.FirstByte;

    /// <summary>Gets the line (from 1) of the first byte that was not valid, when the encoding lets lines be counted in bytes.</summary>
    public long? FirstInvalidLine { get; private set; }

    /// <summary>Gets an encoding that reads as this reader does.</summary>
    internal static Encoding CreateEncoding(InputEncoding encoding, DecoderFallback? fallback = null)
    {
        fallback ??= new RecordingFallback(encoding == InputEncoding.Utf8);
        Encoding created = encoding switch
        {
            InputEncoding.Utf8 => new UTF8Encoding(false, false),
            InputEncoding.Utf16LittleEndian => new UnicodeEncoding(false, false, false),
            InputEncoding.Utf16BigEndian => new UnicodeEncoding(true, false, false),
            InputEncoding.Utf32LittleEndian => new UTF32Encoding(false, false, false),
            InputEncoding.Utf32BigEndian => new UTF32Encoding(true, false, false),
            InputEncoding.Windows1252 => SingleByteEncoding.Windows1252,
            _ => SingleByteEncoding.Iso88591,
        };
        if (created is SingleByteEncoding)
        {
            return created;
        }

        var clone = (Encoding)created.Clone();
        clone.DecoderFallback = fallback;
        return clone;
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count)
    {
        while (true)
        {
            if (_byteStart == _byteEnd && !_eof)
            {
                Take(_stream.Read(_bytes, 0, _bytes.Length));
            }

            var read = Decode(buffer, index, count);
            if (read > 0 || (_eof && _byteStart == _byteEnd))
            {
                return read;
            }
        }
    }

    /// <inheritdoc />
    public override async Task<int> ReadAsync(char[] buffer, int index, int count)
    {
        while (true)
        {
            if (_byteStart == _byteEnd && !_eof)
            {
#if NET
                Take(await _stream.ReadAsync(_bytes.AsMemory()).ConfigureAwait(false));
#else
                Take(await _stream.ReadAsync(_bytes, 0, _bytes.Length).ConfigureAwait(false));
#endif
            }

            var read = Decode(buffer, index, count);
            if (read > 0 || (_eof && _byteStart == _byteEnd))
            {
                return read;
            }
        }
    }

#if NET
    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (_byteStart == _byteEnd && !_eof)
            {
                Take(await _stream.ReadAsync(_bytes.AsMemory(), cancellationToken).ConfigureAwait(false));
            }

            var read = Decode(buffer.Span);
            if (read > 0 || (_eof && _byteStart == _byteEnd))
            {
                return read;
            }
        }
    }

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        while (true)
        {
            if (_byteStart == _byteEnd && !_eof)
            {
                Take(_stream.Read(_bytes, 0, _bytes.Length));
            }

            var read = Decode(buffer);
            if (read > 0 || (_eof && _byteStart == _byteEnd))
            {
                return read;
            }
        }
    }
#endif

    /// <inheritdoc />
    public override int Peek() => -1;

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Take(int read)
    {
        _byteStart = 0;
        _byteEnd = read;
        _eof = read == 0;
    }

    private int Decode(char[] buffer, int index, int count)
    {
        if (count == 0)
        {
            return 0;
        }

        var before = Begin();
        _decoder.Convert(_bytes, _byteStart, _byteEnd - _byteStart, buffer, index, count, _eof, out var bytesUsed, out var charsUsed, out _);
        return End(before, bytesUsed, charsUsed);
    }

#if NET
    private int Decode(Span<char> chars)
    {
        if (chars.Length == 0)
        {
            return 0;
        }

        var before = Begin();
        _decoder.Convert(new ReadOnlySpan<byte>(_bytes, _byteStart, _byteEnd - _byteStart), chars, _eof, out var bytesUsed, out var charsUsed, out _);
        return End(before, bytesUsed, charsUsed);
    }
#endif

    private int Begin()
    {
        _fallback.Index = -1;
        return _fallback.Count;
    }

    private int End(int invalidBefore, int bytesUsed, int charsUsed)
    {
        var bytes = new ReadOnlySpan<byte>(_bytes, _byteStart, bytesUsed);
        if (invalidBefore == 0 && _fallback.Count > 0 && _countLines)
        {
            FirstInvalidLine = _lines + 1 + Count(bytes.Slice(0, Math.Max(0, Math.Min(_fallback.Index, bytesUsed))));
        }

        if (_countLines && FirstInvalidLine is null)
        {
            _lines += Count(bytes);
        }

        _byteStart += bytesUsed;
        return charsUsed;
    }

    private static int Count(ReadOnlySpan<byte> bytes)
    {
#if NET
        return System.MemoryExtensions.Count(bytes, (byte)'\n');
#else
        var n = 0;
        foreach (var b in bytes)
        {
            if (b == (byte)'\n')
            {
                n++;
            }
        }

        return n;
#endif
    }

    /// <summary>Replaces what cannot be decoded (by the Windows-1252 characters of the bytes, or by U+FFFD) and counts it.</summary>
    private sealed class RecordingFallback(bool windows1252) : DecoderFallback
    {
        public int Count { get; set; }

        public byte FirstByte { get; set; }

        public int Index { get; set; } = -1;

        public override int MaxCharCount => 4;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this, windows1252);

        private sealed class Buffer(RecordingFallback owner, bool windows1252) : DecoderFallbackBuffer
        {
            private readonly char[] _chars = new char[4];
            private int _length;
            private int _next;

            public override int Remaining => _length - _next;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                if (owner.Count == 0)
                {
                    owner.FirstByte = bytesUnknown.Length > 0 ? bytesUnknown[0] : (byte)0;
                }

                if (owner.Index < 0)
                {
                    owner.Index = index;
                }

                owner.Count += bytesUnknown.Length;
                _next = 0;
                if (windows1252)
                {
                    _length = Math.Min(bytesUnknown.Length, _chars.Length);
                    for (var i = 0; i < _length; i++)
                    {
                        _chars[i] = SingleByteEncoding.Windows1252[bytesUnknown[i]];
                    }
                }
                else
                {
                    _chars[0] = '\uFFFD';
                    _length = 1;
                }

                return true;
            }

            public override char GetNextChar() => _next < _length ? _chars[_next++] : '\0';

            public override bool MovePrevious()
            {
                if (_next == 0)
                {
                    return false;
                }

                _next--;
                return true;
            }

            public override void Reset()
            {
                _length = 0;
                _next = 0;
            }
        }
    }
}
