using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenGov.Model;

/// <summary>
/// A stream read again from its start after its first bytes were looked at: the bytes kept, then the rest
/// of the stream. Nothing is read twice from a stream that cannot seek, and nothing is held but the start.
/// </summary>
internal sealed class ReplayStream : ForwardReadStream
{
    private readonly byte[] _prefix;
    private readonly int _prefixLength;
    private int _position;

    public ReplayStream(byte[] prefix, int prefixLength, Stream inner, bool leaveOpen)
        : base(inner, leaveOpen)
    {
        _prefix = prefix;
        _prefixLength = prefixLength;
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position < _prefixLength)
        {
            return FromPrefix(buffer, offset, count);
        }

        return Inner.Read(buffer, offset, count);
    }

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        if (_position < _prefixLength)
        {
            return Task.FromResult(FromPrefix(buffer, offset, count));
        }

        return Inner.ReadAsync(buffer, offset, count, cancellationToken);
    }

#if NET
    /// <inheritdoc />
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position < _prefixLength)
        {
            var n = Math.Min(buffer.Length, _prefixLength - _position);
            _prefix.AsSpan(_position, n).CopyTo(buffer.Span);
            _position += n;
            return new ValueTask<int>(n);
        }

        return Inner.ReadAsync(buffer, cancellationToken);
    }
#endif

    private int FromPrefix(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(count, _prefixLength - _position);
        Buffer.BlockCopy(_prefix, _position, buffer, offset, n);
        _position += n;
        return n;
    }
}
