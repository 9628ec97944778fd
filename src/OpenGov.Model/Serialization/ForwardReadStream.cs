using System;
using System.IO;

namespace OpenGov.Model;

/// <summary>
/// The base of the library's read-only, forward-only streams over another stream: everything but reading
/// is refused, and disposing disposes the inner stream unless it is to be left open.
/// </summary>
internal abstract class ForwardReadStream : Stream
{
    private readonly bool _leaveOpen;

    protected ForwardReadStream(Stream inner, bool leaveOpen)
    {
        Inner = inner;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Gets the stream read from.</summary>
    protected Stream Inner { get; }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

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

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            Inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
