using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenGov.Model.Analysis;

namespace OpenGov.Model.Cli.Serve;

/// <summary>The settings of <c>ogp serve</c>.</summary>
internal sealed record ServeOptions
{
    /// <summary>Gets the address to listen on: loopback unless told otherwise.</summary>
    public IPAddress Host { get; init; } = IPAddress.Loopback;

    /// <summary>Gets the port; 0 for any free one.</summary>
    public int Port { get; init; } = 5180;

    /// <summary>Gets the largest upload, in bytes, of one request.</summary>
    public long MaxUploadBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Gets how many reviews run at once; more wait a little, then are told to come back.</summary>
    public int MaxConcurrentReviews { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Gets how long a request waits for a review to end before it is told the server is busy.</summary>
    public TimeSpan QueueWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Gets the reader's limits for the server's inputs: the library's, with what the reader may hold or copy of
    /// one input (a workbook's shared strings, a spooled stream) no more than the upload limit, so that a small
    /// compressed workbook cannot unfold into more than an upload may be.
    /// </summary>
    public OgpReaderOptions ReaderLimits => OgpReaderOptions.Default with { MaxSpoolLength = MaxUploadBytes };

    /// <summary>Gets how long one review may take, its upload included, before it is stopped and its place given back.</summary>
    public TimeSpan ReviewTimeout { get; init; } = TimeSpan.FromMinutes(2);
}

/// <summary>
/// The review server: ASP.NET Core's slim host on Kestrel, with the review page, the downloads, the HTTP API and
/// its OpenAPI document. Nothing of an upload is kept after its answer; every answer carries strict security
/// headers; a failure is a problem (JSON for the API, a page for a form), never a trace.
/// </summary>
internal static class ReviewServer
{
    /// <summary>The content security policy: nothing that does not come from the server itself.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly string[] GetOrHead = ["GET", "HEAD"];

    /// <summary>Builds the server for <paramref name="options"/>, not started.</summary>
    public static WebApplication Create(ServeOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes;
            kestrel.Listen(options.Host, options.Port);
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new ReviewGate(options.MaxConcurrentReviews, options.QueueWait));

        var app = builder.Build();
        app.Use(SecurityHeaders);
        app.MapMethods("/", GetOrHead, http => Home(http));
        app.MapPost("/review", http => Reviewed(http, api: false));
        app.MapPost("/compare", http => Compared(http, api: false));
        app.MapPost("/download", http => Download(http));
        app.MapPost("/api/review", http => Reviewed(http, api: true));
        app.MapPost("/api/diff", http => Compared(http, api: true));
        app.MapPost("/api/convert/{output}", http => Convert(http));
        app.MapMethods("/openapi.json", GetOrHead, http => Asset(http, "openapi.json", "application/json"));
        app.MapMethods("/assets/app.css", GetOrHead, http => Asset(http, "app.css", "text/css"));
        app.MapMethods("/assets/app.js", GetOrHead, http => Asset(http, "app.js", "text/javascript"));
        app.MapMethods("/assets/icon.svg", GetOrHead, http => Asset(http, "icon.svg", "image/svg+xml"));
        app.MapMethods("/favicon.ico", GetOrHead, http => Asset(http, "icon.svg", "image/svg+xml"));
        app.MapGet("/healthz", http => http.Response.WriteAsync("ok"));
        return app;
    }

    /// <summary>The address the server listens on, once started.</summary>
    public static string Address(WebApplication app) =>
        app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First() + "/";

    private static Task SecurityHeaders(HttpContext http, RequestDelegate next)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
        headers.CacheControl = "no-store";
        return next(http);
    }

    private static OgpReaderOptions Limits(HttpContext http) => http.RequestServices.GetRequiredService<ServeOptions>().ReaderLimits;

    private static ServeText Text(HttpContext http, UploadForm? form = null) =>
        ServeText.Of(form?.Field("lang") ?? http.Request.Query["lang"].FirstOrDefault(), http.Request.Headers.AcceptLanguage.ToString());

    private static Task Home(HttpContext http) => Html(http, ReviewPage.Home(Text(http)), StatusCodes.Status200OK);

    /// <summary>One review: the results page for a form, the review as JSON for the API.</summary>
    private static Task Reviewed(HttpContext http, bool api) => Guarded(http, api, async (form, cancellationToken) =>
    {
        var upload = await form.ReadFileAsync("file", orText: true, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewProblem(StatusCodes.Status400BadRequest, "no-input", "There is nothing to review: send a file or text.");
        var review = await Review.RunAsync(upload, Limits(http), cancellationToken).ConfigureAwait(false);
        await form.ReadRestAsync(cancellationToken).ConfigureAwait(false);
        if (api)
        {
            await Json(http, ReviewJson.Write(review)).ConfigureAwait(false);
        }
        else
        {
            var pasted = upload.Name == "(pasted text)" ? form.Field("text") : null;
            await Html(http, ReviewPage.Results(review, Text(http, form), form.Field("convention") == "dataset" ? "dataset" : "strict", pasted), StatusCodes.Status200OK).ConfigureAwait(false);
        }
    });

    /// <summary>Two releases compared: the older one (field <c>file</c>) held, the newer (<c>other</c>) read as it comes.</summary>
    private static Task Compared(HttpContext http, bool api) => Guarded(http, api, async (form, cancellationToken) =>
    {
        if (!form.IsForm)
        {
            throw new ReviewProblem(StatusCodes.Status415UnsupportedMediaType, "bad-form", "Two releases come as a multipart form: the older in the field 'file', the newer in 'other'.");
        }

        // The older release is held (as ogp diff holds it) while the form goes on to the newer one.
        var old = await form.ReadFileAsync("file", orText: false, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewProblem(StatusCodes.Status400BadRequest, "no-input", "The older release (the field 'file', first) is missing.");
        await using var oldInput = await Open(old, Limits(http), cancellationToken).ConfigureAwait(false);
        OgpCli.RequireRows(oldInput, old.Name);
        var oldRecords = await oldInput.ReadRecordsAsync(cancellationToken).Select(row => row.Record).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (DiffCommand.NotReadWhole(oldInput) is { } oldPartial)
        {
            throw oldPartial;
        }

        var @new = await form.ReadFileAsync("other", orText: false, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewProblem(StatusCodes.Status400BadRequest, "no-input", "The newer release (the field 'other', after 'file') is missing.");
        await using var newInput = await Open(@new, Limits(http), cancellationToken).ConfigureAwait(false);
        OgpCli.RequireRows(newInput, @new.Name);
        var difference = await DatasetDifference.CreateAsync(
            oldRecords.ToAsyncEnumerable(),
            newInput.ReadRecordsAsync(cancellationToken).Select(row => row.Record),
            DiffCommand.Options(oldInput, newInput),
            cancellationToken).ConfigureAwait(false);
        if (DiffCommand.NotReadWhole(newInput) is { } newPartial)
        {
            throw newPartial;
        }

        await form.ReadRestAsync(cancellationToken).ConfigureAwait(false);
        if (api)
        {
            await Json(http, OgpJson.Serialize(difference)).ConfigureAwait(false);
        }
        else
        {
            await Html(http, ReviewPage.Difference(old.Name, @new.Name, difference, Text(http, form)), StatusCodes.Status200OK).ConfigureAwait(false);
        }
    });

    /// <summary>A download from the review page: the output the query names, of the file or text the form carries.</summary>
    private static Task Download(HttpContext http) => Guarded(http, api: false, async (form, cancellationToken) =>
    {
        var name = form.Field("output") ?? string.Empty;
        if (!CommandDownload.Outputs.TryGetValue(name, out var output))
        {
            throw new ReviewProblem(StatusCodes.Status400BadRequest, "bad-form", "No such download: " + (name.Length > 40 ? name[..40] : name));
        }

        var upload = await form.ReadFileAsync("file", orText: true, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewProblem(StatusCodes.Status400BadRequest, "no-input", "There is nothing to convert: choose the file again.");
        var (convention, language) = CommandDownload.Check(form.Field("convention"), form.Field("language"));
        await CommandDownload.WriteAsync(http, upload, output, convention, language, Limits(http), cancellationToken).ConfigureAwait(false);
    });

    /// <summary>The API's conversions: any download by name, of the body or of the multipart field <c>file</c>.</summary>
    private static Task Convert(HttpContext http) => Guarded(http, api: true, async (form, cancellationToken) =>
    {
        var name = http.Request.RouteValues["output"] as string ?? string.Empty;
        if (!CommandDownload.Outputs.TryGetValue(name, out var output))
        {
            throw new ReviewProblem(StatusCodes.Status404NotFound, "no-output", "No such output; the outputs are " + string.Join(", ", CommandDownload.Outputs.Keys) + ".");
        }

        var (convention, language) = CommandDownload.Check(form.Field("convention"), form.Field("language"));
        var upload = await form.ReadFileAsync("file", orText: true, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewProblem(StatusCodes.Status400BadRequest, "no-input", "There is nothing to convert: send a file or text.");
        await CommandDownload.WriteAsync(http, upload, output, convention, language, Limits(http), cancellationToken).ConfigureAwait(false);
    });

    /// <summary>
    /// Runs a request's work within the bound on concurrent reviews, and turns every way it can fail into a problem:
    /// a page for a form, <c>application/problem+json</c> for the API, never a trace or a path of the server.
    /// </summary>
    private static async Task Guarded(HttpContext http, bool api, Func<UploadForm, CancellationToken, Task> work)
    {
        var options = http.RequestServices.GetRequiredService<ServeOptions>();
        var gate = http.RequestServices.GetRequiredService<ReviewGate>();
        var cancellationToken = http.RequestAborted;
        ReviewProblem? problem = null;
        UploadForm? form = null;
        if (http.Request.ContentLength > options.MaxUploadBytes)
        {
            problem = TooLarge(options);
        }
        else if (!await Enter(gate, cancellationToken).ConfigureAwait(false))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            problem = new ReviewProblem(StatusCodes.Status503ServiceUnavailable, "busy", "The server is reviewing as many inputs as it may at once; try again in a few seconds.");
        }
        else
        {
            // A review has a deadline: an upload that trickles in, or an input that takes long to read, gives its place back.
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(options.ReviewTimeout);
            try
            {
                // Synchronous reads happen in parts of the readers that are synchronous at heart (a workbook's zip).
                http.Features.Get<IHttpBodyControlFeature>()?.AllowSynchronousIO = true;
                form = UploadForm.Start(http.Request, Math.Min(options.MaxUploadBytes, 32L * 1024 * 1024));
                await work(form, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The client went away: nobody is left to answer.
                return;
            }
            catch (Exception) when (deadline.IsCancellationRequested)
            {
                problem = new ReviewProblem(StatusCodes.Status503ServiceUnavailable, "timeout", $"The review took longer than the {options.ReviewTimeout.TotalSeconds:0} seconds this server gives one.");
            }
            catch (Exception e) when (FromRequest(e, options) is { } request)
            {
                problem = request;
            }
            catch (ReviewProblem e)
            {
                problem = e;
            }
            catch (OgpReadException e)
            {
                problem = ReviewProblem.Unreadable(e, e.InputName ?? "input");
            }
            catch (CliException e)
            {
                // A command's check refused the input (not a dataset, no identity column, read only in part).
                problem = ReviewProblem.FromCommandLine(e.Message, string.Empty, e);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                // The multipart reader: a body that is no form, or one that ends before its last boundary.
                problem = new ReviewProblem(StatusCodes.Status400BadRequest, "bad-form", "The multipart form could not be read: it is empty, cut short or not a form.");
            }
#pragma warning disable CA1031 // The last resort: the one answer that says the server failed, with nothing of the failure's insides.
            catch (Exception)
#pragma warning restore CA1031
            {
                problem = new ReviewProblem(StatusCodes.Status500InternalServerError, "internal", "The review failed on something it did not expect: a bug of the tool.");
            }
            finally
            {
                gate.Leave();
            }
        }

        if (problem is null)
        {
            return;
        }

        if (http.Response.HasStarted)
        {
            http.Abort();
            return;
        }

        http.Response.Headers.ContentDisposition = default;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            http.Response.Headers.RetryAfter = "5";
        }

        if (problem.Status == StatusCodes.Status413PayloadTooLarge)
        {
            // What is left of an upload over the limit is not read: the connection closes after the answer.
            http.Response.Headers.Connection = "close";
        }

        if (api)
        {
            await problem.WriteAsync(http.Response).ConfigureAwait(false);
        }
        else
        {
            await Html(http, ReviewPage.Problem(problem, Text(http, form)), problem.Status).ConfigureAwait(false);
        }
    }

    /// <summary>The problem of a request the server could not read (over the size limit, too slow, broken off), wherever in the failure it shows.</summary>
    private static ReviewProblem? FromRequest(Exception failure, ServeOptions options)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is Microsoft.AspNetCore.Http.BadHttpRequestException bad)
            {
                return bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? TooLarge(options)
                    : new ReviewProblem(bad.StatusCode == StatusCodes.Status408RequestTimeout ? bad.StatusCode : StatusCodes.Status400BadRequest, "bad-request", "The request could not be read: it arrived too slowly or broke off.");
            }
        }

        return null;
    }

    private static async Task<bool> Enter(ReviewGate gate, CancellationToken cancellationToken)
    {
        try
        {
            return await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static ReviewProblem TooLarge(ServeOptions options) =>
        new(StatusCodes.Status413PayloadTooLarge, "too-large", $"The upload is over the limit of {options.MaxUploadBytes} bytes this server accepts.");

    private static async Task<OgpInput> Open(Upload upload, OgpReaderOptions limits, CancellationToken cancellationToken)
    {
        try
        {
            return await OgpReader.OpenAsync(upload.Stream, limits with { InputName = upload.Name, LeaveOpen = true }, cancellationToken).ConfigureAwait(false);
        }
        catch (OgpReadException e)
        {
            throw ReviewProblem.Unreadable(e, upload.Name);
        }
    }

    private static async Task Html(HttpContext http, string page, int status)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(page, Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task Json(HttpContext http, string json)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(json, Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task Asset(HttpContext http, string name, string contentType)
    {
        await using var stream = typeof(ReviewServer).Assembly.GetManifestResourceStream("OpenGov.Model.Cli.Serve." + name)!;
        http.Response.ContentType = contentType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await stream.CopyToAsync(http.Response.Body, http.RequestAborted).ConfigureAwait(false);
    }
}

/// <summary>The bound on concurrent reviews: a request waits for a place a little while, then is told the server is busy.</summary>
internal sealed class ReviewGate(int places, TimeSpan wait) : IDisposable
{
    private readonly SemaphoreSlim _places = new(places, places);

    /// <summary>Gets how many reviews may run at once.</summary>
    public int Places { get; } = places;

    /// <summary>Takes a place; false when none came free in time.</summary>
    public Task<bool> EnterAsync(CancellationToken cancellationToken) => _places.WaitAsync(wait, cancellationToken);

    /// <summary>Gives a place back.</summary>
    public void Leave() => _places.Release();

    /// <inheritdoc/>
    public void Dispose() => _places.Dispose();
}
