using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using NodaTime.Serialization.SystemTextJson;
using OpenGov.Model.Analysis;
using OpenGov.Model.Assessments;
using OpenGov.Model.Datasets;
using OpenGov.Model.Plans;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Serialization;

/// <summary>
/// Reads and writes every document of the library's JSON format: camelCase properties, kebab-case
/// scale tokens, ISO dates, a <c>kind</c> and a <c>schemaVersion</c> at the root.
/// </summary>
/// <remarks>
/// <para>Reading is tolerant where OGP data varies (scale aliases such as <c>Completed</c> are read as
/// <c>complete</c>; properties the library does not know are kept and written back) and strict where
/// it must be (a number where a scale token belongs, a malformed identifier, a document nested deeper
/// than <see cref="MaxDepth"/>). Input that cannot be read raises <see cref="OgpJsonException"/> and
/// nothing else.</para>
/// <para>Metadata is source-generated: the format is trim- and AOT-safe.</para>
/// </remarks>
public static class OgpJson
{
    /// <summary>The schema version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The schema version of a document that does not state one.</summary>
    public const string DefaultSchemaVersion = "1.0";

    /// <summary>The deepest nesting of JSON values the reader accepts.</summary>
    public const int MaxDepth = 64;

    private static readonly Dictionary<string, Type> TypesByKind = new(StringComparer.Ordinal)
    {
        [DocumentKinds.ActionPlan] = typeof(ActionPlan),
        [DocumentKinds.EndOfCommitmentReport] = typeof(EndOfCommitmentReport),
        [DocumentKinds.CommitmentDataset] = typeof(CommitmentDataset),
        [DocumentKinds.ValidationReport] = typeof(ValidationReport),
        [DocumentKinds.DatasetSummary] = typeof(DatasetSummary),
    };

    private static readonly Dictionary<Type, string> KindsByType = new()
    {
        [typeof(ActionPlan)] = DocumentKinds.ActionPlan,
        [typeof(EndOfCommitmentReport)] = DocumentKinds.EndOfCommitmentReport,
        [typeof(CommitmentDataset)] = DocumentKinds.CommitmentDataset,
        [typeof(ValidationReport)] = DocumentKinds.ValidationReport,
        [typeof(DatasetSummary)] = DocumentKinds.DatasetSummary,
    };

    private static readonly JsonSerializerOptions OptionsInstance = CreateOptions();

    private static readonly Dictionary<Type, JsonTypeInfo> InfosByType = new()
    {
        [typeof(ActionPlan)] = OptionsInstance.GetTypeInfo(typeof(ActionPlan)),
        [typeof(EndOfCommitmentReport)] = OptionsInstance.GetTypeInfo(typeof(EndOfCommitmentReport)),
        [typeof(CommitmentDataset)] = OptionsInstance.GetTypeInfo(typeof(CommitmentDataset)),
        [typeof(ValidationReport)] = OptionsInstance.GetTypeInfo(typeof(ValidationReport)),
        [typeof(DatasetSummary)] = OptionsInstance.GetTypeInfo(typeof(DatasetSummary)),
    };

    /// <summary>
    /// Gets the library's serializer options (read-only; output indented by two spaces) to compose with your own:
    /// they know every type of the model, and NodaTime's types through NodaTime.Serialization.SystemTextJson.
    /// </summary>
    public static JsonSerializerOptions Options => OptionsInstance;

    /// <summary>Gets the metadata of a model type, to serialize a part of a document (a commitment, say) with <see cref="JsonSerializer"/>.</summary>
    /// <typeparam name="T">A type of the model.</typeparam>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    public static JsonTypeInfo<T> GetTypeInfo<T>() => (JsonTypeInfo<T>)OptionsInstance.GetTypeInfo(typeof(T));

    /// <summary>Writes a document as JSON text.</summary>
    /// <param name="document">The document.</param>
    public static string Serialize(OgpDocument document) =>
        JsonSerializer.Serialize(CheckNotNull(document), InfoOf(document));

    /// <summary>Writes a document as UTF-8 JSON.</summary>
    /// <param name="document">The document.</param>
    public static byte[] SerializeToUtf8Bytes(OgpDocument document) =>
        JsonSerializer.SerializeToUtf8Bytes(CheckNotNull(document), InfoOf(document));

    /// <summary>Writes a document as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="document">The document.</param>
    public static void Serialize(Stream utf8Json, OgpDocument document) =>
        JsonSerializer.Serialize(CheckNotNull(utf8Json), CheckNotNull(document), InfoOf(document));

    /// <summary>Writes a document as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task SerializeAsync(Stream utf8Json, OgpDocument document, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(CheckNotNull(utf8Json), CheckNotNull(document), InfoOf(document), cancellationToken);

    /// <summary>Writes a document to a JSON writer; the writer's options set the formatting (compact output, say).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="document">The document.</param>
    public static void Serialize(Utf8JsonWriter writer, OgpDocument document) =>
        JsonSerializer.Serialize(CheckNotNull(writer), CheckNotNull(document), InfoOf(document));

    /// <summary>Reads a document of any kind; check its type or <see cref="OgpDocument.Kind"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="OgpJsonException">The text is not a readable document.</exception>
    public static OgpDocument Deserialize(string json) => Deserialize<OgpDocument>(json);

    /// <summary>Reads a document of the kind of <typeparamref name="TDocument"/>.</summary>
    /// <typeparam name="TDocument">The document type, or <see cref="OgpDocument"/> for any kind.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="OgpJsonException">The text is not a readable document of that kind.</exception>
    public static TDocument Deserialize<TDocument>(string json)
        where TDocument : OgpDocument =>
        Deserialize<TDocument>(Encoding.UTF8.GetBytes(CheckNotNull(json)).AsSpan());

    /// <summary>Reads a document of the kind of <typeparamref name="TDocument"/> from UTF-8 JSON.</summary>
    /// <typeparam name="TDocument">The document type, or <see cref="OgpDocument"/> for any kind.</typeparam>
    /// <param name="utf8Json">The UTF-8 JSON; a byte order mark is allowed.</param>
    /// <exception cref="OgpJsonException">The input is not a readable document of that kind.</exception>
    public static TDocument Deserialize<TDocument>(ReadOnlySpan<byte> utf8Json)
        where TDocument : OgpDocument
    {
        if (utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
        {
            utf8Json = utf8Json.Slice(3);
        }

        var info = InfoFor<TDocument>(utf8Json);
        try
        {
            return Check<TDocument>((OgpDocument?)JsonSerializer.Deserialize(utf8Json, info));
        }
        catch (JsonException e)
        {
            throw OgpJsonException.From(e);
        }
    }

    /// <summary>Reads a document of the kind of <typeparamref name="TDocument"/> from a UTF-8 JSON stream.</summary>
    /// <typeparam name="TDocument">The document type, or <see cref="OgpDocument"/> for any kind.</typeparam>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <exception cref="OgpJsonException">The input is not a readable document of that kind.</exception>
    public static TDocument Deserialize<TDocument>(Stream utf8Json)
        where TDocument : OgpDocument
    {
        using var buffer = new MemoryStream();
        CheckNotNull(utf8Json).CopyTo(buffer);
        return Deserialize<TDocument>(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Reads a document of the kind of <typeparamref name="TDocument"/> from a UTF-8 JSON stream.</summary>
    /// <typeparam name="TDocument">The document type, or <see cref="OgpDocument"/> for any kind.</typeparam>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="OgpJsonException">The input is not a readable document of that kind.</exception>
    public static async ValueTask<TDocument> DeserializeAsync<TDocument>(Stream utf8Json, CancellationToken cancellationToken = default)
        where TDocument : OgpDocument
    {
        using var buffer = new MemoryStream();
        await CheckNotNull(utf8Json).CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
        return Deserialize<TDocument>(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>
    /// Gets the JSON Schema (draft 2020-12) of a document kind, as published under <c>schema/</c> in the
    /// library's repository.
    /// </summary>
    /// <param name="kind">One of <see cref="DocumentKinds"/>.</param>
    /// <returns>The schema as JSON text.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a document kind.</exception>
    public static string GetSchema(string kind)
    {
        if (kind is null)
        {
            throw new ArgumentNullException(nameof(kind));
        }

        using var stream = typeof(OgpJson).Assembly.GetManifestResourceStream("OpenGov.Model.Schema." + kind + ".schema.json")
            ?? throw new ArgumentException($"'{kind}' is not a document kind; the kinds are: {string.Join(", ", DocumentKinds.All)}.", nameof(kind));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static JsonTypeInfo InfoOf(OgpDocument document) => InfosByType[document.GetType()];

    /// <summary>
    /// Finds the metadata to read with: the document's "kind" decides, so that a document of another
    /// kind is refused with that reason rather than with whatever its properties make of the wrong type.
    /// </summary>
    private static JsonTypeInfo InfoFor<TDocument>(ReadOnlySpan<byte> utf8Json)
        where TDocument : OgpDocument
    {
        var kind = PeekKind(utf8Json);
        if (!TypesByKind.TryGetValue(kind, out var type))
        {
            throw new OgpJsonException($"The document's kind '{kind}' is not one of: {string.Join(", ", DocumentKinds.All)}", "$.kind", null, null, null);
        }

        if (!typeof(TDocument).IsAssignableFrom(type))
        {
            throw new OgpJsonException($"The document's kind is '{kind}', not '{KindsByType[typeof(TDocument)]}'", "$.kind", null, null, null);
        }

        return InfosByType[type];
    }

    /// <summary>Reads the top-level "kind", skipping other properties; stops as soon as it is found.</summary>
    private static string PeekKind(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read())
            {
                throw new OgpJsonException("The input is empty: expected a JSON object", "$", 1, 1, null);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new OgpJsonException($"Expected a JSON object, found {reader.TokenType}", "$", 1, reader.TokenStartIndex + 1, null);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("kind"u8))
                {
                    reader.Read();
                    return reader.TokenType == JsonTokenType.String
                        ? DocumentKindConverter.Read(ref reader)
                        : throw new OgpJsonException($"The document's \"kind\" must be a string such as \"{DocumentKinds.ActionPlan}\"", "$.kind", null, null, null);
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException e)
        {
            throw OgpJsonException.From(e);
        }

        throw new OgpJsonException($"The document has no \"kind\" naming one of: {string.Join(", ", DocumentKinds.All)}", "$", null, null, null);
    }

    private static TDocument Check<TDocument>(OgpDocument? document)
        where TDocument : OgpDocument
    {
        if (document is null)
        {
            throw new OgpJsonException("The document is null", "$", null, null, null);
        }

        if (document._kind != document.Kind)
        {
            throw new OgpJsonException($"The document's kind is '{document._kind}', not '{document.Kind}'", "$.kind", null, null, null);
        }

        CheckSchemaVersion(document.SchemaVersion);
        return (TDocument)document;
    }

    private static void CheckSchemaVersion(string version)
    {
        var dot = version.IndexOf('.');
        var supported = dot > 0
            && dot < version.Length - 1
            && IsDigits(version.AsSpan(0, dot))
            && IsDigits(version.AsSpan(dot + 1))
            && version.AsSpan(0, dot).SequenceEqual("1".AsSpan());
        if (!supported)
        {
            throw new OgpJsonException(
                $"The schemaVersion '{version}' is not supported: this library reads versions 1.x (major.minor)",
                "$.schemaVersion",
                null,
                null,
                null);
        }

        static bool IsDigits(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(OgpJsonContext.Default.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(new CollectionResolver(), OgpJsonContext.Default).WithAddedModifier(AddReadingCallbacks),

            // OGP data is multilingual: write text as UTF-8, escaping only what JSON requires, so that
            // documents stay readable ("Peña", "–"). Documents are data files, not HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(NodaConverters.YearMonthConverter);
        options.Converters.Add(NodaConverters.IsoDateIntervalConverter);
        options.MakeReadOnly();
        return options;
    }

    private static void AddReadingCallbacks(JsonTypeInfo typeInfo)
    {
        if (typeof(OgpRecord).IsAssignableFrom(typeInfo.Type) && typeInfo.Kind == JsonTypeInfoKind.Object)
        {
            typeInfo.OnDeserializing = record => ((OgpRecord)record).OnReading();
            typeInfo.OnDeserialized = record => ((OgpRecord)record).Normalize();
        }
    }

    private static T CheckNotNull<T>(T value)
        where T : class =>
        value ?? throw new ArgumentNullException(typeof(T).Name);
}
