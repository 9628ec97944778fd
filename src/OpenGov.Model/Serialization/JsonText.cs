using System;
using System.Text.Json;

namespace OpenGov.Model;

/// <summary>The text of a JSON string token, for the library's own readers of JSON.</summary>
internal static class JsonText
{
    /// <summary>
    /// Gets the text of the current string or property name, as <see cref="Utf8JsonReader.GetString"/> does,
    /// except that an escape no text can hold (a lone UTF-16 surrogate such as <c>\ud800</c>) is a
    /// <see cref="JsonException"/>, which the readers report with its line, rather than an
    /// <see cref="InvalidOperationException"/>.
    /// </summary>
    /// <exception cref="JsonException">The string holds an escape of a lone surrogate.</exception>
    public static string? GetText(this ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException e) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            throw new JsonException("A string holds an escape of a lone UTF-16 surrogate (such as \\ud800), which is not text", e);
        }
    }
}
