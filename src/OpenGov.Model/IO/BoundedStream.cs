using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenGov.Model;

/// <summary>
/// A stream read up to a limit: reading past it throws an <see cref="OgpReadException"/> that says which limit
/// it is, so that an input too large to hold is refused with a message rather than by running out of memory.
/// </summary>
internal sealed class BoundedStream : ForwardReadStream
{
    private readonly long _limit;
    private readonly Func<long, OgpReadException> _refuse;
    private readonly JsonShape? _shape;
    private long _read;

    /// <summary>Initializes a stream that reads <paramref name="inner"/> up to <paramref name="limit"/> bytes.</summary>
    /// <param name="inner">The stream read.</param>
    /// <param name="limit">The most bytes read.</param>
    /// <param name="refuse">The exception for an input over the limit, given the limit.</param>
    /// <param name="leaveOpen">Whether disposing leaves <paramref name="inner"/> open.</param>
    /// <param name="shape">Counts the objects and arrays of JSON as it passes, to refuse a document of too many; null for other inputs.</param>
    public BoundedStream(Stream inner, long limit, Func<long, OgpReadException> refuse, bool leaveOpen, JsonShape? shape = null)
        : base(inner, leaveOpen)
    {
        _limit = limit;
        _refuse = refuse;
        _shape = shape;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = Count(Inner.Read(buffer, offset, Ask(count)));
        _shape?.Add(new ReadOnlySpan<byte>(buffer, offset, read));
        return read;
    }

#if NET
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
#else
    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        var read = Count(await Inner.ReadAsync(buffer, offset, Ask(count), cancellationToken).ConfigureAwait(false));
        _shape?.Add(new ReadOnlySpan<byte>(buffer, offset, read));
        return read;
    }
#endif

#if NET
    public override int Read(Span<byte> buffer)
    {
        var read = Count(Inner.Read(buffer[..Ask(buffer.Length)]));
        _shape?.Add(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = Count(await Inner.ReadAsync(buffer[..Ask(buffer.Length)], cancellationToken).ConfigureAwait(false));
        _shape?.Add(buffer.Span[..read]);
        return read;
    }
#endif

    /// <summary>How many bytes to ask for: one more than the limit allows tells whether the input goes past it.</summary>
    private int Ask(int count) => (int)Math.Min(count, _limit - _read + 1);

    private int Count(int read)
    {
        _read += read;
        if (_read > _limit)
        {
            throw _refuse(_limit);
        }

        return read;
    }
}
