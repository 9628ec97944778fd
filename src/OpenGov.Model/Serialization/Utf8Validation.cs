using System;

namespace OpenGov.Model;

/// <summary>Finds the first byte that is not well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).</summary>
internal static class Utf8Validation
{
    /// <summary>
    /// Gets the index of the first byte of an ill-formed sequence, or -1. When <paramref name="final"/> is
    /// false, a sequence cut by the end of <paramref name="bytes"/> is not ill-formed: <paramref name="tail"/>
    /// says how many bytes at the end it takes, to be checked again with the bytes that follow.
    /// </summary>
    public static int IndexOfInvalid(ReadOnlySpan<byte> bytes, bool final, out int tail)
    {
        tail = 0;
#if NET
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }
#endif
        var i = 0;
        while (i < bytes.Length)
        {
            // ASCII eight bytes at a time.
            while (i + 8 <= bytes.Length && (System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes.Slice(i)) & 0x8080808080808080UL) == 0)
            {
                i += 8;
            }

            if (i == bytes.Length)
            {
                break;
            }

            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int length;
            byte min = 0x80, max = 0xBF;
            if (b is >= 0xC2 and <= 0xDF)
            {
                length = 2;
            }
            else if (b is >= 0xE0 and <= 0xEF)
            {
                length = 3;
                if (b == 0xE0)
                {
                    min = 0xA0;
                }
                else if (b == 0xED)
                {
                    max = 0x9F;
                }
            }
            else if (b is >= 0xF0 and <= 0xF4)
            {
                length = 4;
                if (b == 0xF0)
                {
                    min = 0x90;
                }
                else if (b == 0xF4)
                {
                    max = 0x8F;
                }
            }
            else
            {
                return i;
            }

            for (var k = 1; k < length; k++)
            {
                if (i + k == bytes.Length)
                {
                    if (final)
                    {
                        return i;
                    }

                    tail = bytes.Length - i;
                    return -1;
                }

                var next = bytes[i + k];
                var low = k == 1 ? min : (byte)0x80;
                var high = k == 1 ? max : (byte)0xBF;
                if (next < low || next > high)
                {
                    return i;
                }
            }

            i += length;
        }

        return -1;
    }

    /// <summary>Gets the line (from 1) and the byte in the line (from 1) of <paramref name="index"/>.</summary>
    public static (long Line, long Byte) Locate(ReadOnlySpan<byte> bytes, int index, long lineBefore, long lineStartBefore)
    {
        var line = lineBefore;
        var lineStart = lineStartBefore;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
