using System;
#if NET
using System.Diagnostics.CodeAnalysis;
#endif
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OpenGov.Model;

/// <summary>Makes the library's JSON format part of a host's own serializer options (ASP.NET Core, a message bus, a cache).</summary>
public static class OgpJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Puts <see cref="OgpJson.TypeInfoResolver"/> first in the options' resolver chain, so that every model
    /// type (documents and their parts) reads and writes with these options as it does through
    /// <see cref="OgpJson"/>: same property names, tokens, dates and missing values. The converters of the
    /// values travel with the types' metadata; nothing else has to be copied.
    /// </summary>
    /// <remarks>
    /// <para>A model type reads here exactly as through <see cref="OgpJson"/>, whatever these options say of
    /// duplicate properties, nulls, the case of property names or numbers in strings: the same input gives the
    /// same value, or the same error. The error is a <see cref="JsonException"/> (what a host expects of a
    /// converter; ASP.NET Core answers it with 400) whose <see cref="Exception.InnerException"/> is the
    /// <see cref="OgpJsonException"/> that <see cref="OgpJson"/> raises, with the reason and the path. A document
    /// of unknown kind (<see cref="OgpDocument"/>) is chosen by its <c>kind</c> here too. The options' own
    /// settings still govern what the writer does (indentation, escaping) and every type of the host's own.</para>
    /// <para>Two settings of the host's reader still apply, since the host reads the text: comments and trailing
    /// commas that it allows are allowed in a document too, and its <see cref="JsonSerializerOptions.MaxDepth"/> bounds
    /// the whole text it reads (a document inside the host's own types included); within a document the format's own
    /// bound, <see cref="OgpJson.MaxDepth"/> levels below the document's start, holds whatever the host allows.</para>
    /// <para>A model value is read whole before it is checked; read a large document from a stream with
    /// <see cref="OgpJson.DeserializeAsync{TDocument}(System.IO.Stream, System.Threading.CancellationToken)"/>, which does not buffer it.</para>
    /// <para>Options that had no resolver of their own (a plain <c>new JsonSerializerOptions()</c>) serialize
    /// other types by reflection; that stays so: the reflection resolver is added after the library's when
    /// reflection is enabled (it is not in trimmed and NativeAOT apps, which chain their own
    /// source-generated contexts). The library's resolver answers for NodaTime's <c>LocalDate</c> and
    /// <c>YearMonth</c> (ISO text) before any resolver after it, in the host's types too.</para>
    /// </remarks>
    /// <param name="options">The options to configure; not yet read-only.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only (already used to serialize).</exception>
    /// <example>
    /// <code>
    /// builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.ConfigureForOgp());
    /// </code>
    /// </example>
    public static JsonSerializerOptions ConfigureForOgp(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("The serializer options are read-only: configure them before their first use.");
        }

        if (options.TypeInfoResolverChain.Contains(OgpJson.TypeInfoResolver))
        {
            return options;
        }

        var hadNoResolver = options.TypeInfoResolver is null;
        options.TypeInfoResolverChain.Insert(0, OgpJson.TypeInfoResolver);
        if (hadNoResolver && JsonSerializer.IsReflectionEnabledByDefault)
        {
            AddReflection(options);
        }

        return options;
    }

#if NET
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Reached only where reflection-based serialization is enabled, which trimmed and NativeAOT apps turn off.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Reached only where reflection-based serialization is enabled, which trimmed and NativeAOT apps turn off.")]
#endif
    private static void AddReflection(JsonSerializerOptions options) =>
        options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
}
