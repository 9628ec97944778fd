using System;

namespace OpenGov.Model;

/// <summary>Writing the canonical text of values into spans, for their <c>TryFormat</c>.</summary>
internal static class Formatting
{
    /// <summary>
    /// Reads the format of an identifier: <c>G</c> (or <c>g</c>, or empty) the canonical text, <c>L</c> (or
    /// <c>l</c>) the same in lower case, or one of the identifier's part letters.
    /// </summary>
    /// <returns><c>G</c>, <c>L</c> or the part letter.</returns>
    /// <exception cref="FormatException">The format is none of those.</exception>
    public static char IdentifierFormat(ReadOnlySpan<char> format, string parts, string formats)
    {
        if (format.IsEmpty)
        {
            return 'G';
        }

        if (format.Length == 1)
        {
            var c = format[0];
            if (c is 'G' or 'g')
            {
                return 'G';
            }

            if (c is 'L' or 'l')
            {
                return 'L';
            }

            if (parts.AsSpan().IndexOf(c) >= 0)
            {
                return c;
            }
        }

        throw new FormatException($"The format '{Excerpt.Of(format.ToString())}' is not supported: {formats}.");
    }

    /// <summary>
    /// Reads an identifier written exactly in a format: <c>G</c> the canonical (upper-case) text, <c>L</c> the
    /// lower-case text, without surrounding spaces; a part format cannot be read back.
    /// </summary>
    public static bool TryParseExact<T>(ReadOnlySpan<char> text, ReadOnlySpan<char> format, string parts, string formats, TryParser<T> parse, out T value)
    {
        value = default!;
        var kind = IdentifierFormat(format, parts, formats);
        if (kind is not ('G' or 'L'))
        {
            throw new FormatException($"The format '{kind}' writes a part of the identifier and cannot read one back; use G or L.");
        }

        if (text.IsEmpty || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (kind == 'G' ? c is >= 'a' and <= 'z' : c is >= 'A' and <= 'Z')
            {
                return false;
            }
        }

        return parse(text, out value);
    }

    /// <summary>Reads an identifier from a span.</summary>
    public delegate bool TryParser<T>(ReadOnlySpan<char> text, out T value);

    /// <summary>Lower-cases the ASCII letters of a span in place.</summary>
    public static void ToLowerAscii(Span<char> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] is >= 'A' and <= 'Z')
            {
                span[i] = (char)(span[i] | 0x20);
            }
        }
    }

    /// <summary>Copies a text into a span, or writes nothing when it does not fit.</summary>
    public static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.Length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        text.AsSpan().CopyTo(destination);
        charsWritten = text.Length;
        return true;
    }

    /// <summary>Writes a non-negative number with at least <paramref name="width"/> digits at a position, moving it on.</summary>
    public static bool TryWriteDigits(int value, int width, Span<char> destination, ref int position)
    {
        var digits = 1;
        for (var rest = value / 10; rest > 0; rest /= 10)
        {
            digits++;
        }

        digits = Math.Max(digits, width);
        if (position + digits > destination.Length)
        {
            return false;
        }

        for (var i = position + digits - 1; i >= position; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }

        position += digits;
        return true;
    }

    /// <summary>Writes one character at a position, moving it on.</summary>
    public static bool TryWrite(char c, Span<char> destination, ref int position)
    {
        if (position >= destination.Length)
        {
            return false;
        }

        destination[position++] = c;
        return true;
    }
}
