using System;
using System.Buffers;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OpenGov.Model.Cli.Serve;

/// <summary>
/// A request the server answers with a problem (RFC 9457) instead of a result: the status, a stable type, the
/// one line that says what is wrong, and where in the input when that is known (line, column, JSON path).
/// </summary>
internal sealed class ReviewProblem : Exception
{
    public ReviewProblem(int status, string type, string detail, Exception? inner = null)
        : base(detail, inner)
    {
        Status = status;
        Type = type;
    }

    /// <summary>Gets the HTTP status.</summary>
    public int Status { get; }

    /// <summary>Gets the problem's type, a word that does not change: unreadable, too-large, busy, bad-form, no-input, internal.</summary>
    public string Type { get; }

    /// <summary>Gets the input the problem is about, when it is one.</summary>
    public string? Input { get; init; }

    /// <summary>Gets the line of the input, when known.</summary>
    public long? Line { get; init; }

    /// <summary>Gets the position in the line, when known.</summary>
    public long? Column { get; init; }

    /// <summary>Gets the JSON path in the input, when known.</summary>
    public string? Path { get; init; }

    /// <summary>The problem of an input the library cannot read.</summary>
    public static ReviewProblem Unreadable(OgpReadException e, string name) => new(StatusCodes.Status422UnprocessableEntity, "unreadable", e.Reason.TrimEnd('.') + ".", e)
    {
        Input = name,
        Line = e.LineNumber,
        Column = e is OgpJsonException { BytePositionInLine: { } position } ? position : null,
        Path = e is OgpJsonException j ? j.Path : null,
    };

    /// <summary>The problem of a command's refusal (exit 2): its one line, without the tool's and the input's names in front.</summary>
    public static ReviewProblem FromCommandLine(string line, string name, Exception? inner = null)
    {
        if (line.StartsWith("ogp: ", StringComparison.Ordinal))
        {
            line = line[5..];
        }

        if (line.StartsWith(name + ": ", StringComparison.Ordinal))
        {
            line = line[(name.Length + 2)..];
        }

        return new(StatusCodes.Status422UnprocessableEntity, "unreadable", line, inner) { Input = name.Length == 0 ? null : name };
    }

    /// <summary>Writes the problem as <c>application/problem+json</c>.</summary>
    public async Task WriteAsync(HttpResponse response)
    {
        response.StatusCode = Status;
        response.ContentType = "application/problem+json";
        if (Status == StatusCodes.Status503ServiceUnavailable)
        {
            response.Headers.RetryAfter = "5";
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "urn:ogp:problem:" + Type);
            json.WriteString("title", Title(Status));
            json.WriteNumber("status", Status);
            json.WriteString("detail", Message);
            if (Input is not null)
            {
                json.WriteString("input", Input);
            }

            if (Line is { } line)
            {
                json.WriteNumber("line", line);
            }

            if (Column is { } column)
            {
                json.WriteNumber("column", column);
            }

            if (Path is not null)
            {
                json.WriteString("path", Path);
            }

            json.WriteEndObject();
        }

        await response.Body.WriteAsync(buffer.WrittenMemory).ConfigureAwait(false);
    }

    /// <summary>The short title of a status the server answers with.</summary>
    public static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Bad request",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status405MethodNotAllowed => "Method not allowed",
        StatusCodes.Status413PayloadTooLarge => "Upload too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        StatusCodes.Status422UnprocessableEntity => "Input cannot be read",
        StatusCodes.Status503ServiceUnavailable => "Busy",
        _ => "Internal error",
    };
}
