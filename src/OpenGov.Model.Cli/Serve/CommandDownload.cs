using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OpenGov.Model.Cli.Serve;

/// <summary>
/// The downloads: each is the <c>ogp</c> command that writes it, run in the server's process on the upload as its
/// standard input, its output streamed to the response. So a download is, byte for byte, what the command writes
/// for the same input.
/// </summary>
internal static class CommandDownload
{
    /// <summary>The most the server holds of an output before it knows how the command ends; past it, the answer starts.</summary>
    private const int Held = 64 * 1024;

    /// <summary>The outputs, by the name a form or the API asks for them with.</summary>
    public static readonly IReadOnlyDictionary<string, Output> Outputs = new Dictionary<string, Output>(StringComparer.Ordinal)
    {
        ["document-json"] = new(["convert", "-", "--to", "json"], "application/json", ".json"),
        ["dataset-csv"] = new(["convert", "-", "--to", "csv"], "text/csv", ".csv"),
        ["report-text"] = new(["convert", "-", "--to", "text"], "text/plain", ".txt", Language: true),
        ["validation-json"] = new(["validate", "-", "--format", "json"], "application/json", ".validation.json"),
        ["validation-csv"] = new(["validate", "-", "--format", "csv"], "text/csv", ".validation.csv"),
        ["summary-html"] = new(["summary", "-", "--format", "html"], "text/html", ".summary.html", Convention: true),
        ["summary-markdown"] = new(["summary", "-", "--format", "markdown"], "text/markdown", ".summary.md", Convention: true),
        ["summary-json"] = new(["summary", "-", "--format", "json"], "application/json", ".summary.json", Convention: true),
        ["indicators-csv"] = new(["indicators", "-", "--format", "csv"], "text/csv", ".indicators.csv", Convention: true),
        ["indicators-json"] = new(["indicators", "-", "--format", "json"], "application/json", ".indicators.json", Convention: true),
    };

    /// <summary>The command line of an output, with the convention and page language asked for.</summary>
    public static string[] Arguments(Output output, string? convention, string? language)
    {
        var arguments = new List<string>(output.Arguments);
        if (output.Convention)
        {
            arguments.AddRange(["--convention", convention == "dataset" ? "dataset" : "strict"]);
        }

        if (output.Language)
        {
            arguments.AddRange(["--language", language is "es" or "fr" or "pt" ? language : "en"]);
        }

        return [.. arguments];
    }

    /// <summary>Refuses a convention or page language that is not one the commands take (any case is taken).</summary>
    public static (string? Convention, string? Language) Check(string? convention, string? language)
    {
        convention = convention?.Trim().ToLowerInvariant();
        language = language?.Trim().ToLowerInvariant();
        if (convention is not (null or "" or "strict" or "dataset"))
        {
            throw new ReviewProblem(StatusCodes.Status400BadRequest, "bad-form", "The convention is strict or dataset.");
        }

        if (language is not (null or "" or "en" or "es" or "fr" or "pt"))
        {
            throw new ReviewProblem(StatusCodes.Status400BadRequest, "bad-form", "The page language is en, es, fr or pt.");
        }

        return (convention, language);
    }

    /// <summary>Runs the command of <paramref name="output"/> on <paramref name="upload"/> and answers with what it writes, as an attachment.</summary>
    public static async Task WriteAsync(HttpContext http, Upload upload, Output output, string? convention, string? language, OgpReaderOptions limits, CancellationToken cancellationToken)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1024 * 1024, resumeWriterThreshold: 512 * 1024, useSynchronizationContext: false));
        var error = new StringWriter();
        var outputWriter = new StreamWriter(pipe.Writer.AsStream(), new UTF8Encoding(false), 16 * 1024);
        var context = new CliContext(outputWriter, error, () => upload.Stream, outputIsTerminal: false, progress: false)
        {
            StandardInputName = upload.Name,
            ReaderLimits = limits,
        };
        var arguments = Arguments(output, convention, language);

        // The command is synchronous at its top: it runs on a thread of its own, writing into the pipe.
        var command = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    return OgpCli.Run(arguments, context, cancellationToken);
                }
                finally
                {
                    try
                    {
                        outputWriter.Flush();
                    }
                    catch (IOException)
                    {
                    }
                    catch (InvalidOperationException)
                    {
                    }

                    pipe.Writer.Complete();
                }
            },
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        // Hold the start of the output until the command ends or writes more than can be held.
        var reader = pipe.Reader;
        ReadResult read;
        while (true)
        {
            read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (read.IsCompleted || read.Buffer.Length > Held)
            {
                break;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        if (read.IsCompleted)
        {
            var code = await command.ConfigureAwait(false);
            if (code is not (OgpCli.Success or OgpCli.Invalid))
            {
                reader.AdvanceTo(read.Buffer.End);
                await reader.CompleteAsync().ConfigureAwait(false);
                throw Failure(context, code, error.ToString(), upload.Name);
            }
        }

        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = output.ContentType + "; charset=utf-8";
        var baseName = Path.GetFileNameWithoutExtension(upload.Name);
        response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = (baseName.Length == 0 || upload.Name.StartsWith('(') ? "ogp" : baseName) + output.Extension,
        }.ToString();
        while (true)
        {
            foreach (var segment in read.Buffer)
            {
                await response.Body.WriteAsync(segment, cancellationToken).ConfigureAwait(false);
            }

            reader.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted)
            {
                break;
            }

            read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }

        await reader.CompleteAsync().ConfigureAwait(false);
        var exit = await command.ConfigureAwait(false);
        if (exit is not (OgpCli.Success or OgpCli.Invalid))
        {
            // The answer had started: it cannot turn into a problem, so it is cut, which a client sees as a failed download.
            http.Abort();
        }
    }

    /// <summary>
    /// The problem for a command that did not write its output: where in the input for an input it could not read,
    /// else the one line it printed. The failure is kept as the inner exception, so that a failure of the request
    /// itself (over the size limit, too slow) is answered as such by the server.
    /// </summary>
    private static ReviewProblem Failure(CliContext context, int code, string error, string name)
    {
        var failure = context.Failure;
        if ((failure as OgpReadException ?? failure?.InnerException as OgpReadException) is { } read)
        {
            return ReviewProblem.Unreadable(read, name);
        }

        if (failure is IOException)
        {
            // The upload itself broke off: the form ended before its last boundary.
            return new ReviewProblem(StatusCodes.Status400BadRequest, "bad-form", "The multipart form could not be read: it is empty, cut short or not a form.", failure);
        }

        return code == OgpCli.InternalError
            ? new ReviewProblem(StatusCodes.Status500InternalServerError, "internal", "The review failed on something it did not expect: a bug of the tool.", failure)
            : ReviewProblem.FromCommandLine(error.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "The command failed.", name, failure);
    }

    /// <summary>One output: its command line, media type and file extension; whether it takes the convention or the page language.</summary>
    internal sealed record Output(string[] Arguments, string ContentType, string Extension, bool Convention = false, bool Language = false);
}
