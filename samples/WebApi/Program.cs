// A minimal ASP.NET Core API over OpenGov.Model. Send a document or a dataset as the request body (JSON,
// JSON rows or CSV; the kind, the encoding and the delimiter are told from the content) or as a file in
// a multipart form (field "file"):
//
//   POST /validate          → the validation report (document kind "validation-report")
//   POST /summary           → the dataset summary ("dataset-summary"); ?by= a grouping (region, member, …)
//   POST /reports/validate  → an End of Commitment Report bound as a typed parameter, and its validation report
//
// Input that cannot be read is a 400 problem with the reason, the line and (for JSON) the path; data that can
// be read but is wrong is a validation report with findings, never an error.
using Microsoft.Extensions.Options;
using OpenGov.Model;
using OpenGov.Model.Analysis;
using OpenGov.Model.Validation;

var builder = WebApplication.CreateBuilder(args);

// Every document kind reads and writes through the app's JSON options as through OgpJson; unreadable input is a
// problem document; the validation options come from the "Ogp" section of the configuration.
builder.Services.AddOgp(builder.Configuration.GetSection("Ogp"));

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();   // 405, 413, 415 as problem documents too

// A report bound by ASP.NET Core itself: a body the JSON format refuses never reaches the handler.
app.MapPost("/reports/validate", (EndOfCommitmentReport report, OgpValidator validator) => Results.Ok(validator.Validate(report)));

app.MapPost("/validate", async (HttpRequest request, OgpValidator validator, IOptions<OgpReaderOptions> reading, CancellationToken cancellationToken) =>
{
    await using var input = await OpenAsync(request, reading.Value, cancellationToken);
    ValidationReport report = await validator.ValidateAsync(input, cancellationToken);
    return Results.Ok(report);
});

app.MapPost("/summary", async (HttpRequest request, string? by, IOptions<OgpReaderOptions> reading, CancellationToken cancellationToken) =>
{
    if (!TryGrouping(by, out var grouping))
    {
        return Results.Problem($"'by' must be one of: {string.Join(", ", Enum.GetNames<SummaryGrouping>()).ToLowerInvariant()}.", statusCode: StatusCodes.Status400BadRequest);
    }

    await using var input = await OpenAsync(request, reading.Value, cancellationToken);
    if (!input.HasRecords)
    {
        return Results.Problem($"A summary needs a commitment dataset; this is {Describe(input)}.", statusCode: StatusCodes.Status400BadRequest);
    }

    DatasetSummary summary = await DatasetSummary.CreateAsync(input, new DatasetSummaryOptions { GroupBy = grouping }, cancellationToken);
    return Results.Ok(summary);
});

app.Run();

// The request's body, or the file of a multipart form, read as it arrives, with the reader's options of the app.
static async Task<OgpInput> OpenAsync(HttpRequest request, OgpReaderOptions options, CancellationToken cancellationToken)
{
    if (request.HasFormContentType)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new OgpReadException($"The form cannot be read: {e.Message}", e);
        }

        var file = form.Files["file"] ?? (form.Files.Count > 0 ? form.Files[0] : null)
            ?? throw new OgpReadException("The form has no file: send it in a field named \"file\" (curl -F file=@data.csv; --data-binary with a form content type sends no file).");
        return await OgpReader.OpenAsync(file.OpenReadStream(), options with { InputName = file.FileName }, cancellationToken);
    }

    return await OgpReader.OpenAsync(request.Body, options with { InputName = "request body", LeaveOpen = true }, cancellationToken);
}

// A grouping by its name only (Enum.TryParse would also take numbers and comma-separated lists).
static bool TryGrouping(string? text, out SummaryGrouping grouping)
{
    grouping = SummaryGrouping.Overall;
    if (string.IsNullOrEmpty(text))
    {
        return true;
    }

    var name = Array.Find(Enum.GetNames<SummaryGrouping>(), n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
    return name is not null && Enum.TryParse(name, out grouping);
}

static string Describe(OgpInput input) => input.DocumentKind is { } kind ? $"a document of kind {kind}" : $"input of kind {input.Kind}";

/// <summary>The app, for the tests' WebApplicationFactory.</summary>
public partial class Program;
