using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace OpenGov.Model.Cli.Serve;

/// <summary>An input of a request: the stream it is read from as it arrives, and the name it is shown by.</summary>
internal sealed record Upload(Stream Stream, string Name);

/// <summary>
/// Reads a request's form as it arrives: the small fields into memory, each file handed on as a stream, never
/// buffered whole or written anywhere (<see cref="HttpRequest.ReadFormAsync(CancellationToken)"/> would keep
/// files over 64 KB in temporary files). A request that is not a form is one input: its body, named by the
/// query's <c>name</c>, with the query's fields.
/// </summary>
internal sealed class UploadForm
{
    /// <summary>The longest value of a field other than the pasted text.</summary>
    private const int FieldLimit = 4 * 1024;

    private readonly MultipartReader? _reader;
    private readonly HttpRequest _request;
    private readonly long _textLimit;
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private MultipartSection? _pending;
    private bool _bodyTaken;

    private UploadForm(HttpRequest request, MultipartReader? reader, long textLimit)
    {
        _request = request;
        _reader = reader;
        _textLimit = textLimit;
        foreach (var (key, value) in request.Query)
        {
            _fields[key] = value.ToString();
        }
    }

    /// <summary>Gets whether the request is a multipart form.</summary>
    public bool IsForm => _reader is not null;

    /// <summary>Starts reading <paramref name="request"/>; pasted text is kept up to <paramref name="textLimit"/> characters.</summary>
    public static UploadForm Start(HttpRequest request, long textLimit)
    {
        if (request.ContentType is { } contentType
            && MediaTypeHeaderValue.TryParse(contentType, out var media)
            && media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
            if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 200)
            {
                throw new ReviewProblem(StatusCodes.Status400BadRequest, "bad-form", "The multipart form has no usable boundary.");
            }

            return new UploadForm(request, new MultipartReader(boundary, request.Body) { BodyLengthLimit = null }, textLimit);
        }

        return new UploadForm(request, null, textLimit);
    }

    /// <summary>The value of a field read so far (the query's, or the form's before the file being read), or null.</summary>
    public string? Field(string name) => _fields.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// Reads on to the file of the field <paramref name="name"/> and hands it on, the fields before it read on the
    /// way; a file left empty in the form is passed over. Without it, the pasted text (field <c>text</c>) when
    /// <paramref name="orText"/>; null when there is neither. A request that is no form gives its body once.
    /// </summary>
    public async Task<Upload?> ReadFileAsync(string name, bool orText, CancellationToken cancellationToken)
    {
        if (_reader is null)
        {
            if (_bodyTaken)
            {
                return null;
            }

            _bodyTaken = true;
            return new Upload(_request.Body, SafeName(Field("name")) ?? "(request body)");
        }

        while (true)
        {
            var section = _pending ?? await _reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false);
            _pending = null;
            if (section is null)
            {
                break;
            }

            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !IsFormData(disposition))
            {
                continue;
            }

            var field = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
            if (disposition.IsFileDisposition() || section.ContentDisposition?.Contains("filename", StringComparison.OrdinalIgnoreCase) == true)
            {
                var fileName = SafeName(HeaderUtilities.RemoveQuotes(Microsoft.Extensions.Primitives.StringSegment.IsNullOrEmpty(disposition.FileNameStar) ? disposition.FileName : disposition.FileNameStar).Value);
                if (fileName is null)
                {
                    // A file input left empty: its part has no name and no content.
                    continue;
                }

                if (field == name)
                {
                    return new Upload(section.Body, fileName);
                }

                // Another field's file: kept for the caller that asks for it.
                _pending = section;
                break;
            }

            if (field == name && section.ContentDisposition?.Contains("filename", StringComparison.OrdinalIgnoreCase) != true)
            {
                // The file's field sent as a plain value (a form part without a file name): it is the input all the same.
                return new Upload(section.Body, "(" + name + ")");
            }

            _fields[field] = await ReadFieldAsync(section.Body, field == "text" ? _textLimit : FieldLimit, field, cancellationToken).ConfigureAwait(false);
        }

        if (orText && Field("text") is { Length: > 0 } text && text.Trim().Length > 0)
        {
            return new Upload(new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false), "(pasted text)");
        }

        return null;
    }

    /// <summary>Reads the fields left after the inputs (those a form puts after its files).</summary>
    public async Task ReadRestAsync(CancellationToken cancellationToken)
    {
        if (_reader is null)
        {
            return;
        }

        _pending = null;
        while (await _reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFormDisposition())
            {
                _fields[HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty] = await ReadFieldAsync(section.Body, FieldLimit, "field", cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Whether a part is one of the form's (a field or a file).</summary>
    private static bool IsFormData(ContentDispositionHeaderValue disposition) => disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>A file name as it may be shown: its last part, without control characters, at most 120 characters; null for none.</summary>
    internal static string? SafeName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return null;
        }

        var last = fileName.Replace('\\', '/');
        last = last[(last.LastIndexOf('/') + 1)..];
        var clean = new string([.. last.Where(c => !char.IsControl(c) && c is not ('\u202a' or '\u202b' or '\u202c' or '\u202d' or '\u202e' or '\u2066' or '\u2067' or '\u2068' or '\u2069'))]).Trim();
        if (clean.Length == 0)
        {
            return null;
        }

        return clean.Length > 120 ? clean[..120] : clean;
    }

    private static async Task<string> ReadFieldAsync(Stream body, long limit, string field, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
        var text = new StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (text.Length + read > limit)
            {
                throw new ReviewProblem(field == "text" ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, "field-too-long", $"The form field '{(field.Length > 40 ? field[..40] : field)}' is longer than {limit} characters.");
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }
}
