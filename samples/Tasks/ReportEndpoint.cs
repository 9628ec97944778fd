using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Model;
using OpenGov.Model.Validation;

namespace Tasks;

/// <summary>Task 6: a report bound as a typed parameter of an ASP.NET Core minimal API.</summary>
public static class ReportEndpoint
{
    /// <summary>Builds a web application with <c>POST /reports/check</c>: a report in, its validation report out.</summary>
    /// <param name="url">Where the application listens.</param>
    /// <param name="args">The command line's arguments, which configure the host (<c>--Logging:LogLevel:Default=None</c>).</param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication Build(string url, string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddOgp();
        var app = builder.Build();
        app.Urls.Add(url);
        app.UseExceptionHandler();
        app.MapPost("/reports/check", (EndOfCommitmentReport report, OgpValidator validator) => TypedResults.Ok(validator.Validate(report)));
        return app;
    }
}
