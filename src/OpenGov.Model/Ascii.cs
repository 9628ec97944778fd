using System;

namespace OpenGov.Model;

/// <summary>ASCII helpers that behave the same on every target framework.</summary>
internal static class Ascii
{
    public static bool IsLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    public static string ToUpper(ReadOnlySpan<char> text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            chars[i] = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        }

        return new string(chars);
    }
}
