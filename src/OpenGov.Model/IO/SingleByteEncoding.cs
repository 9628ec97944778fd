using System;
using System.Text;

namespace OpenGov.Model;

/// <summary>
/// The single-byte encodings the library reads without a code-page provider: Windows-1252 (as WHATWG
/// defines it: the five bytes it leaves undefined are the C1 controls of the same number) and Latin-1.
/// </summary>
internal sealed class SingleByteEncoding : Encoding
{
    /// <summary>Windows-1252.</summary>
    public static readonly SingleByteEncoding Windows1252 = new("windows-1252", Windows1252Chars());

    /// <summary>ISO 8859-1 (Latin-1).</summary>
    public static readonly SingleByteEncoding Iso88591 = new("iso-8859-1", Latin1Chars());

    private readonly char[] _chars;
    private readonly string _name;

    private SingleByteEncoding(string name, char[] chars)
    {
        _name = name;
        _chars = chars;
    }

    /// <inheritdoc />
    public override string WebName => _name;

    /// <summary>Gets the character of a byte.</summary>
    public char this[byte b] => _chars[b];

    /// <inheritdoc />
    public override int GetByteCount(char[] chars, int index, int count) => count;

    /// <inheritdoc />
    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        for (var i = 0; i < charCount; i++)
        {
            bytes[byteIndex + i] = ByteOf(chars[charIndex + i]);
        }

        return charCount;
    }

    /// <inheritdoc />
    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    /// <inheritdoc />
    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        for (var i = 0; i < byteCount; i++)
        {
            chars[charIndex + i] = _chars[bytes[byteIndex + i]];
        }

        return byteCount;
    }

    /// <inheritdoc />
    public override Decoder GetDecoder() => new SingleByteDecoder(_chars);

    /// <inheritdoc />
    public override int GetMaxByteCount(int charCount) => charCount;

    /// <inheritdoc />
    public override int GetMaxCharCount(int byteCount) => byteCount;

    private byte ByteOf(char c)
    {
        if (c < 0x80)
        {
            return (byte)c;
        }

        var i = Array.IndexOf(_chars, c, 0x80);
        return i < 0 ? (byte)'?' : (byte)i;
    }

    private static char[] Latin1Chars()
    {
        var chars = new char[256];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)i;
        }

        return chars;
    }

    private static char[] Windows1252Chars()
    {
        var chars = Latin1Chars();
        const string High = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";
        for (var i = 0; i < High.Length; i++)
        {
            chars[0x80 + i] = High[i];
        }

        return chars;
    }

    /// <summary>A byte is a character: any number of bytes converts into as many characters as there is room for.</summary>
    private sealed class SingleByteDecoder(char[] table) : Decoder
    {
        public override int GetCharCount(byte[] bytes, int index, int count) => count;

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            for (var i = 0; i < byteCount; i++)
            {
                chars[charIndex + i] = table[bytes[byteIndex + i]];
            }

            return byteCount;
        }

        public override void Convert(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, int charCount, bool flush, out int bytesUsed, out int charsUsed, out bool completed)
        {
            var n = Math.Min(byteCount, charCount);
            GetChars(bytes, byteIndex, n, chars, charIndex);
            bytesUsed = charsUsed = n;
            completed = n == byteCount;
        }

#if NET
        public override void Convert(ReadOnlySpan<byte> bytes, Span<char> chars, bool flush, out int bytesUsed, out int charsUsed, out bool completed)
        {
            var n = Math.Min(bytes.Length, chars.Length);
            for (var i = 0; i < n; i++)
            {
                chars[i] = table[bytes[i]];
            }

            bytesUsed = charsUsed = n;
            completed = n == bytes.Length;
        }
#endif
    }
}
