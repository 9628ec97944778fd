using System;

namespace OpenGov.Model;

/// <summary>Writing the canonical text of values into spans, for their <c>TryFormat</c>.</summary>
internal static class Formatting
{
    /// <summary>Refuses a format other than the canonical one (empty or <c>G</c>).</summary>
    public static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (!(format.IsEmpty || (format.Length == 1 && (format[0] == 'G' || format[0] == 'g'))))
        {
            throw new FormatException($"The format '{Excerpt.Of(format.ToString())}' is not supported: the canonical text (an empty format, or G) is the only form.");
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
