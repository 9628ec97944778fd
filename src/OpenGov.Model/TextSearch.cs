using System;

namespace OpenGov.Model;

/// <summary>String searches that read the same on every target framework.</summary>
internal static class TextSearch
{
    /// <summary>Gets whether <paramref name="text"/> contains <paramref name="value"/>, ignoring case (ordinal).</summary>
    public static bool ContainsIgnoreCase(this string text, string value) =>
#if NET
        text.Contains(value, StringComparison.OrdinalIgnoreCase);
#else
        text.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0;
#endif
}
