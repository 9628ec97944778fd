using System;
using System.Text.Json;

namespace OpenGov.Model;

/// <summary>
/// The input cannot be read as a document of the library's JSON format: it is not JSON (or not UTF-8),
/// it nests too deeply, a property appears twice, a value has the wrong JSON type (a number where a
/// scale token belongs, <c>null</c> where an object belongs), an identifier is malformed, or the
/// document's kind or schema version is not the one asked for. The message names the JSON path and,
/// where known, the line and byte position; it quotes at most a couple of hundred characters of input.
/// </summary>
/// <remarks>Invalid <em>data</em> in a readable document (an unknown label, a missing answer) does not raise this; it is kept and reported by validation.</remarks>
public sealed class OgpJsonException : OgpReadException
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
        Path = "$";
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public OgpJsonException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Path = "$";
    }

    /// <summary>Creates an exception with its location.</summary>
    /// <param name="reason">What is wrong, without the location.</param>
    /// <param name="path">The JSON path of the value, such as <c>$.commitments[3].start</c>.</param>
    /// <param name="lineNumber">The line of the input, from 1, when known.</param>
    /// <param name="bytePositionInLine">The byte position in the line, from 1, when known.</param>
    /// <param name="innerException">The cause.</param>
    public OgpJsonException(string reason, string? path, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : this(reason, path, lineNumber, bytePositionInLine, null, innerException)
    {
    }

    /// <summary>Creates an exception with its location in a named input.</summary>
    /// <param name="reason">What is wrong, without the location.</param>
    /// <param name="path">The JSON path of the value, such as <c>$.commitments[3].start</c>.</param>
    /// <param name="lineNumber">The line of the input, from 1, when known.</param>
    /// <param name="bytePositionInLine">The byte position in the line, from 1, when known.</param>
    /// <param name="inputName">The name of the input, such as a file name, when known.</param>
    /// <param name="innerException">The cause.</param>
    public OgpJsonException(string reason, string? path, long? lineNumber, long? bytePositionInLine, string? inputName, Exception? innerException)
        : base(reason ?? string.Empty, Format(reason ?? string.Empty, path ?? "$", lineNumber, bytePositionInLine), inputName, lineNumber, innerException)
    {
        Path = path ?? "$";
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>Gets the JSON path of the value that could not be read, such as <c>$.completion.level</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the position in bytes within the line, from 1, when known.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>The same exception, naming the input it was raised on.</summary>
    internal OgpJsonException WithInputName(string? inputName) =>
        inputName is null || InputName is not null ? this : new OgpJsonException(Reason, Path, LineNumber, BytePositionInLine, inputName, InnerException);

    internal static OgpJsonException From(JsonException exception, string? inputName = null)
    {
        var reason = exception.Message;

        // System.Text.Json appends its own location to the messages it writes; the location is reported once, below.
        var pathIndex = reason.IndexOf(" Path: ", StringComparison.Ordinal);
        if (pathIndex > 0)
        {
            reason = reason.Substring(0, pathIndex);
        }

        // System.Text.Json quotes the input it could not read, however long: a literal of a hundred megabytes, say.
        reason = Excerpt.InMessage(reason.TrimEnd());
        var path = exception.Path;
        if (exception is NullItemException nullItem && path is not null)
        {
            // The path names the list, or its end; the item is the one that is null.
            var end = path.Length > 0 && path[path.Length - 1] == ']' && path.LastIndexOf('[') is var open and > 0 ? open : path.Length;
            path = new System.Text.StringBuilder(path, 0, end, end + 12).Append('[').Append(nullItem.Index).Append(']').ToString();
        }

        if (reason.Contains("type discriminator"))
        {
            reason = $"The document's \"kind\" is not one of: {string.Join(", ", DocumentKinds.All)} ({reason.TrimEnd('.')})";
        }
        else if (reason.Contains("doesn't allow setting null values") && path is not null)
        {
            reason = $"{LastSegment(path)} cannot be null: a value of its type belongs there (an object, a list, a text)";
        }
        else if (reason.StartsWith("Duplicate property", StringComparison.Ordinal) && exception.Path is { } duplicatePath)
        {
            // The message names the property that gathers unknown properties; the path names the key itself.
            reason = $"A property appears twice in one object: {DuplicateName(reason, duplicatePath)}";
        }

        return new OgpJsonException(
            reason,
            path,
            exception.LineNumber + 1,
            exception.BytePositionInLine + 1,
            inputName,
            exception);
    }

    private static string DuplicateName(string reason, string path)
    {
        var open = reason.IndexOf('\'');
        var close = open < 0 ? -1 : reason.IndexOf('\'', open + 1);
        var named = open < 0 || close < 0 ? null : reason.Substring(open + 1, close - open - 1);
        if (string.Equals(named, "ExtensionData", StringComparison.OrdinalIgnoreCase))
        {
            // The key is the last segment of the path: $.a.b or $['a b'].
            return LastSegment(path);
        }

        return "'" + named + "'";
    }

    /// <summary>The last property of a JSON path, quoted: <c>$.a.b</c> gives <c>'b'</c>, <c>$['a b']</c> gives <c>'a b'</c>.</summary>
    private static string LastSegment(string path)
    {
        var last = path.LastIndexOfAny(['.', '[']);
        return "'" + (last < 0 ? path : path.Substring(last).TrimStart('.', '[').Trim('\'', ']')) + "'";
    }

    private static string Format(string reason, string path, long? line, long? position)
    {
        var location = line is null ? $"at {path}" : $"at {path} (line {line}, byte {position})";
        return $"{reason.TrimEnd('.')}: {location}.";
    }
}
