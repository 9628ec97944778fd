using System;

namespace OpenGov.Model;

/// <summary>
/// What counts as blank in OGP data: text of white space only, in any script (spaces, tabs, line breaks,
/// no-break spaces, ideographic spaces), and the zero-width characters a spreadsheet or a web page leaves
/// in a cell that looks empty. Blank text is read as nothing recorded.
/// </summary>
internal static class Blank
{
    /// <summary>Gets whether <paramref name="text"/> is empty or only blank characters.</summary>
    public static bool Is(string? text) => text is null || Is(text.AsSpan());

    /// <summary>Gets whether <paramref name="text"/> is empty or only blank characters.</summary>
    public static bool Is(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsBlankChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets whether a character is white space or a zero-width character.</summary>
    public static bool IsBlankChar(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>Returns <paramref name="text"/> without blank characters at either end.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && IsBlankChar(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && IsBlankChar(text[end - 1]))
        {
            end--;
        }

        return text.Slice(start, end - start);
    }
}
