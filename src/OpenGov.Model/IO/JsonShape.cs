using System;

namespace OpenGov.Model;

/// <summary>
/// Counts the objects and arrays that JSON text opens as its bytes pass, outside strings, and refuses the text
/// past a limit: a document of millions of empty objects (<c>[{},{},…]</c>) would make millions of model
/// objects, each many times the three bytes it takes. What the bytes are is not checked here; the reader does.
/// </summary>
internal sealed class JsonShape
{
    private readonly long _limit;
    private readonly Func<long, OgpReadException> _refuse;
    private long _count;
    private bool _inString;
    private bool _escaped;

    /// <summary>Initializes a count that refuses more than <paramref name="limit"/> objects and arrays.</summary>
    public JsonShape(long limit, Func<long, OgpReadException> refuse)
    {
        _limit = limit;
        _refuse = refuse;
    }

    /// <summary>Counts the objects and arrays opened in the next bytes of the text.</summary>
    /// <exception cref="OgpReadException">The text opens more than the limit.</exception>
    public void Add(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (_inString)
            {
                if (_escaped)
                {
                    _escaped = false;
                }
                else if (b == (byte)'\\')
                {
                    _escaped = true;
                }
                else if (b == (byte)'"')
                {
                    _inString = false;
                }
            }
            else if (b == (byte)'"')
            {
                _inString = true;
            }
            else if (b is (byte)'{' or (byte)'[' && ++_count > _limit)
            {
                throw _refuse(_limit);
            }
        }
    }
}
