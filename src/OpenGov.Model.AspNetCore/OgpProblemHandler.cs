using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace OpenGov.Model.AspNetCore;

/// <summary>
/// Answers a request whose input cannot be read with a problem document (RFC 9457) that says why and where: a
/// body the library's JSON format refuses (the reason, its JSON <c>path</c>, <c>line</c> and
/// <c>bytePositionInLine</c>), any other <see cref="OgpReadException"/> (the reason, the <c>line</c> and the
/// <c>input</c> where known), and any other request a minimal API could not bind (its status code and ASP.NET
/// Core's message). Nothing else is handled: other errors stay with the host's own handling. No answer holds a
/// stack trace or a path of the server.
/// </summary>
/// <param name="problems">The host's writer of problem documents.</param>
public sealed class OgpProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>The title of a problem of unreadable input.</summary>
    public const string UnreadableTitle = "The input could not be read";

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);

        var problem = ProblemFor(exception);
        if (problem is null || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception }).ConfigureAwait(false);
    }

    /// <summary>The problem document of an exception, or <see langword="null"/> for one this handler leaves alone.</summary>
    private static ProblemDetails? ProblemFor(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is OgpReadException read)
            {
                return Unreadable(read, exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest);
            }
        }

        if (exception is BadHttpRequestException request)
        {
            var problem = new ProblemDetails { Status = request.StatusCode, Detail = request.Message };
            if (request.InnerException is JsonException { Path: { } path } json)
            {
                problem.Extensions["path"] = path;
                problem.Extensions["line"] = json.LineNumber + 1;
            }

            return problem;
        }

        return null;
    }

    private static ProblemDetails Unreadable(OgpReadException exception, int status)
    {
        var problem = new ProblemDetails { Status = status, Title = UnreadableTitle, Detail = exception.Reason };
        IDictionary<string, object?> extensions = problem.Extensions;
        if (exception is OgpJsonException json)
        {
            extensions["path"] = json.Path;
            extensions["bytePositionInLine"] = json.BytePositionInLine;
        }

        extensions["line"] = exception.LineNumber;
        if (exception.InputName is { } input)
        {
            extensions["input"] = input;
        }

        return problem;
    }
}
