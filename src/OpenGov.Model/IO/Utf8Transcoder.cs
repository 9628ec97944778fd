using System;
using System.IO;
using System.Text;

namespace OpenGov.Model;

/// <summary>
/// A read-only stream of the UTF-8 bytes of text read from another stream in another encoding, as it comes:
/// bytes that are not text in that encoding are a <see cref="DecoderFallbackException"/>.
/// </summary>
internal sealed class Utf8Transcoder : Stream
{
    private static readonly UTF8Encoding Utf8 = new(false, true);

    private readonly Stream _inner;
    private readonly Decoder _decoder;
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private readonly byte[] _input = new byte[16 * 1024];
    private readonly char[] _chars;
    private readonly byte[] _output;
    private byte[]? _head;
    private int _outputStart;
    private int _outputEnd;
    private bool _done;

    /// <summary>Reads <paramref name="head"/>, then the rest of <paramref name="inner"/>, as text in <paramref name="encoding"/>.</summary>
    /// <param name="head">The first bytes of the text, already read from the stream.</param>
    /// <param name="inner">The rest of the text's bytes.</param>
    /// <param name="encoding">Their encoding, whose decoder throws on bytes that are not text.</param>
    public Utf8Transcoder(byte[] head, Stream inner, Encoding encoding)
    {
        _head = head;
        _inner = inner;
        _decoder = encoding.GetDecoder();
        _chars = new char[encoding.GetMaxCharCount(Math.Max(_input.Length, head.Length)) + 2];
        _output = new byte[Utf8.GetMaxByteCount(_chars.Length)];
    }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_outputStart == _outputEnd)
        {
            if (_done)
            {
                return 0;
            }

            int chars;
            if (_head is { } head)
            {
                _head = null;
                chars = _decoder.GetChars(head, 0, head.Length, _chars, 0, flush: false);
            }
            else
            {
                var read = _inner.Read(_input, 0, _input.Length);
                _done = read == 0;
                chars = _decoder.GetChars(_input, 0, read, _chars, 0, flush: _done);
            }

            _outputStart = 0;
            _outputEnd = _encoder.GetBytes(_chars, 0, chars, _output, 0, flush: _done);
        }

        var copied = Math.Min(count, _outputEnd - _outputStart);
        Buffer.BlockCopy(_output, _outputStart, buffer, offset, copied);
        _outputStart += copied;
        return copied;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
