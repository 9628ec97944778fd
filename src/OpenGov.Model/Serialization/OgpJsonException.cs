using System;
using System.Text.Json;

namespace OpenGov.Model.Serialization;

/// <summary>
/// The input cannot be read as a document of the library's JSON format: it is not JSON, it nests too
/// deeply, a value has the wrong JSON type (a number where a scale token belongs), an identifier is
/// malformed, or the document's kind or schema version is not the one asked for. The message names
/// the JSON path and, where known, the line and byte position.
/// </summary>
/// <remarks>Invalid <em>data</em> in a readable document (an unknown label, a missing answer) does not raise this; it is kept and reported by validation.</remarks>
public sealed class OgpJsonException : Exception
{
    /// <summary>Creates an exception.</summary>
    public OgpJsonException()
        : this("The input is not a readable OGP JSON document.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public OgpJsonException(string message)
        : base(message)
    {
        Reason = message;
        Path = "$";
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public OgpJsonException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Reason = message;
        Path = "$";
    }

    /// <summary>Creates an exception with its location.</summary>
    /// <param name="reason">What is wrong, without the location.</param>
    /// <param name="path">The JSON path of the value, such as <c>$.commitments[3].start</c>.</param>
    /// <param name="lineNumber">The line of the input, from 1, when known.</param>
    /// <param name="bytePositionInLine">The byte position in the line, from 1, when known.</param>
    /// <param name="innerException">The cause.</param>
    public OgpJsonException(string reason, string? path, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : base(Format(reason, path ?? "$", lineNumber, bytePositionInLine), innerException)
    {
        Reason = reason;
        Path = path ?? "$";
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>Gets what is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>Gets the JSON path of the value that could not be read, such as <c>$.completion.level</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the line of the input, from 1, when known.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the position in bytes within the line, from 1, when known.</summary>
    public long? BytePositionInLine { get; }

    internal static OgpJsonException From(JsonException exception)
    {
        var reason = exception.Message;

        // System.Text.Json appends its own location to the messages it writes; the location is reported once, below.
        var pathIndex = reason.IndexOf(" Path: ", StringComparison.Ordinal);
        if (pathIndex > 0)
        {
            reason = reason.Substring(0, pathIndex);
        }

        reason = reason.TrimEnd();
        if (reason.Contains("type discriminator"))
        {
            reason = $"The document's \"kind\" is not one of: {string.Join(", ", DocumentKinds.All)} ({reason.TrimEnd('.')})";
        }

        return new OgpJsonException(
            reason,
            exception.Path,
            exception.LineNumber + 1,
            exception.BytePositionInLine + 1,
            exception);
    }

    private static string Format(string reason, string path, long? line, long? position)
    {
        var location = line is null ? $"at {path}" : $"at {path} (line {line}, byte {position})";
        return $"{reason.TrimEnd('.')}: {location}.";
    }
}
