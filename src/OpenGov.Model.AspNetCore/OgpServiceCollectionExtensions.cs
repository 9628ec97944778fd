using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenGov.Model;
using OpenGov.Model.AspNetCore;
using OpenGov.Model.Validation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the library with an ASP.NET Core host.</summary>
public static class OgpServiceCollectionExtensions
{
    /// <summary>
    /// Makes the library part of the host: documents and their parts read and write through the host's JSON
    /// options as through <see cref="OgpJson"/> (<see cref="OgpJsonSerializerOptionsExtensions.ConfigureForOgp"/>);
    /// a request that cannot be bound or read is answered with a problem document (<see cref="OgpProblemHandler"/>,
    /// once the app calls <c>UseExceptionHandler()</c>); <see cref="ValidationOptions"/> and
    /// <see cref="OgpReaderOptions"/> are options of the host, and <see cref="OgpValidator"/> a service made with them.
    /// </summary>
    /// <remarks>
    /// <para>The options are checked when the host starts: a disabled code that names no rule, or a limit out of range,
    /// stops it with the reason. <see cref="OgpReaderOptions"/> are for the inputs the app opens with
    /// <see cref="OgpReader"/> (take them from <c>IOptions&lt;OgpReaderOptions&gt;</c>); a document bound as a typed
    /// parameter is read by the JSON format, bounded by the host's request size limit and the format's depth.</para>
    /// <para>Minimal APIs are set to raise a request they cannot bind (<see cref="RouteHandlerOptions.ThrowOnBadRequest"/>)
    /// rather than answer it with an empty 400, so that the problem document says why: every such request of the
    /// app, not only those of OGP documents, is then answered by <see cref="OgpProblemHandler"/> with its status code.
    /// Answers that never reach a handler (415 for another content type, 405, 413 from the server) have a problem
    /// document when the app also calls <c>UseStatusCodePages()</c>.</para>
    /// </remarks>
    /// <param name="services">The host's services.</param>
    /// <returns>The same services, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddOgp(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.ConfigureForOgp());
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        if (!services.Contains(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Diagnostics.IExceptionHandler, OgpProblemHandler>()))
        {
            services.AddExceptionHandler<OgpProblemHandler>();
        }

        services.AddOptions<ValidationOptions>().ValidateOnStart();
        services.AddOptions<OgpReaderOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ValidationOptions>, OptionsChecks>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OgpReaderOptions>, OptionsChecks>());
        services.TryAddSingleton(provider => new OgpValidator(provider.GetRequiredService<IOptions<ValidationOptions>>().Value));
        return services;
    }

    /// <summary>
    /// Makes the library part of the host (see <see cref="AddOgp(IServiceCollection)"/>) with its options bound from a
    /// configuration section: <see cref="ValidationOptions"/> from its <c>Validation</c> section and
    /// <see cref="OgpReaderOptions"/> from its <c>Reader</c> section.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The section, such as <c>builder.Configuration.GetSection("Ogp")</c>.</param>
    /// <returns>The same services, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>
    /// The sections are bound by the configuration binder's reflection (the binder's source generator of .NET 10
    /// does not set <c>init</c> properties): a trimmed or NativeAOT host configures the options in code instead,
    /// with <see cref="AddOgp(IServiceCollection)"/> and <c>services.Configure&lt;ValidationOptions&gt;(…)</c>.
    /// </remarks>
    /// <example>
    /// <code>
    /// // appsettings.json: { "Ogp": { "Validation": { "DisabledCodes": [ "OGP202" ] } } }
    /// builder.Services.AddOgp(builder.Configuration.GetSection("Ogp"));
    /// </code>
    /// </example>
    [RequiresUnreferencedCode("Binds the options by reflection over their properties.")]
    [RequiresDynamicCode("Binds the options by reflection over their properties.")]
    public static IServiceCollection AddOgp(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOgp();
        services.Configure<ValidationOptions>(configuration.GetSection("Validation"));
        services.Configure<OgpReaderOptions>(configuration.GetSection("Reader"));
        return services;
    }
}
