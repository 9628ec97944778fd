using System;

namespace OpenGov.Model;

/// <summary>
/// The input cannot be read at all: it is not one of the inputs the library reads, it is not JSON or
/// not a document of the asked kind, or the stream failed. The message names the source and, where
/// known, the line; <see cref="OgpJsonException"/> adds the JSON path and byte position.
/// </summary>
/// <remarks>
/// Invalid <em>data</em> in a readable input (an unknown label, a cell that is not a number, a quote left
/// open in a CSV file) does not raise this: it becomes a finding with its location, and reading goes on.
/// </remarks>
public class OgpReadException : Exception
{
    /// <summary>Creates an exception.</summary>
    public OgpReadException()
        : this("The input cannot be read.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public OgpReadException(string message)
        : base(message)
    {
        Reason = message;
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public OgpReadException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Reason = message;
    }

    /// <summary>Creates an exception with its location.</summary>
    /// <param name="reason">What is wrong, without the location.</param>
    /// <param name="inputName">The name of the input, such as a file name, when known.</param>
    /// <param name="lineNumber">The line of the input, from 1, when known.</param>
    /// <param name="innerException">The cause.</param>
    public OgpReadException(string reason, string? inputName, long? lineNumber, Exception? innerException)
        : this(reason, Locate(inputName, lineNumber), innerException)
    {
        Reason = reason;
        InputName = inputName;
        LineNumber = lineNumber;
    }

    /// <summary>Creates an exception whose message is already written.</summary>
    /// <param name="reason">What is wrong, without the location.</param>
    /// <param name="message">The whole message.</param>
    /// <param name="inputName">The name of the input.</param>
    /// <param name="lineNumber">The line, from 1.</param>
    /// <param name="innerException">The cause.</param>
    private protected OgpReadException(string reason, string message, string? inputName, long? lineNumber, Exception? innerException)
        : base(message, innerException)
    {
        Reason = reason;
        InputName = inputName;
        LineNumber = lineNumber;
    }

    private OgpReadException(string reason, string location, Exception? innerException)
        : base(reason.TrimEnd('.') + location, innerException)
    {
        Reason = reason;
    }

    /// <summary>Gets what is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>Gets the name of the input, such as a file name, when known.</summary>
    public string? InputName { get; }

    /// <summary>Gets the line of the input, from 1, when known.</summary>
    public long? LineNumber { get; }

    private static string Locate(string? inputName, long? line) => (inputName, line) switch
    {
        (null, null) => ".",
        (null, { } l) => $" (line {l}).",
        ({ } s, null) => $" ({s}).",
        ({ } s, { } l) => $" ({s}, line {l}).",
    };
}
