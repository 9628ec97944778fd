using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace OpenGov.Model;

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
    public const string CurrentSchemaVersion = FormatVersion.Current;

    /// <summary>The schema version of a document that does not state one.</summary>
    public const string DefaultSchemaVersion = FormatVersion.Default;

    /// <summary>The deepest nesting of JSON values the reader accepts.</summary>
    public const int MaxDepth = 64;

    // The resolver first: the options are made from it.
    private static readonly IJsonTypeInfoResolver Resolver = CreateResolver();

    private static readonly JsonSerializerOptions OptionsInstance = CreateOptions();

    /// <summary>
    /// Gets the library's serializer options (read-only; output indented by two spaces, camelCase, duplicate
    /// properties refused, nulls checked against the model).
    /// </summary>
    public static JsonSerializerOptions Options => OptionsInstance;

    /// <summary>
    /// Gets the metadata of every type of the library's JSON format, the converters of its values included, to
    /// chain into your own options (<c>options.TypeInfoResolverChain.Insert(0, OgpJson.TypeInfoResolver)</c>):
    /// documents and their parts then read and write there as they do through <see cref="OgpJson"/>.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => Resolver;

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
    public static ValueTask SerializeAsync(Stream utf8Json, OgpDocument document, CancellationToken cancellationToken = default) =>
        new(JsonSerializer.SerializeAsync(CheckNotNull(utf8Json), CheckNotNull(document), InfoOf(document), cancellationToken));

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

        var invalid = Utf8Validation.IndexOfInvalid(utf8Json, final: true, out _);
        if (invalid >= 0)
        {
            var (line, position) = Utf8Validation.Locate(utf8Json, invalid, 1, 0);
            throw new OgpJsonException($"The input is not UTF-8: byte 0x{utf8Json[invalid]:X2} cannot stand there (JSON is read as UTF-8; save the file as UTF-8)", "$", line, position, null);
        }

        var info = InfoFor<TDocument>(PeekKind(utf8Json, final: true) ?? throw NoKind());
        try
        {
            return Check<TDocument>((OgpDocument?)JsonSerializer.Deserialize(utf8Json, info));
        }
        catch (JsonException e)
        {
            throw OgpJsonException.From(e);
        }
        catch (InvalidOperationException e) when (IsReaderText(e))
        {
            throw NotText(e, null);
        }
    }

    /// <summary>
    /// Reads a document of the kind of <typeparamref name="TDocument"/> from a JSON stream, as it comes: the
    /// stream is not copied whole. UTF-8, or UTF-16 or UTF-32 with a byte order mark. A string or number longer
    /// than 16 MiB is refused before it is buffered.
    /// </summary>
    /// <typeparam name="TDocument">The document type, or <see cref="OgpDocument"/> for any kind.</typeparam>
    /// <param name="utf8Json">The stream, read to its end; it is not closed.</param>
    /// <exception cref="OgpJsonException">The input is not a readable document of that kind.</exception>
    public static TDocument Deserialize<TDocument>(Stream utf8Json)
        where TDocument : OgpDocument
    {
        using var input = new Utf8JsonInput(CheckNotNull(utf8Json), null, leaveOpen: true, null);
        return Read<TDocument>(input, null);
    }

    /// <summary>Reads a document of the kind of <typeparamref name="TDocument"/> from a JSON stream, as it comes; see <see cref="Deserialize{TDocument}(Stream)"/>.</summary>
    /// <typeparam name="TDocument">The document type, or <see cref="OgpDocument"/> for any kind.</typeparam>
    /// <param name="utf8Json">The stream, read to its end; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="OgpJsonException">The input is not a readable document of that kind.</exception>
    public static async ValueTask<TDocument> DeserializeAsync<TDocument>(Stream utf8Json, CancellationToken cancellationToken = default)
        where TDocument : OgpDocument
    {
        using var input = new Utf8JsonInput(CheckNotNull(utf8Json), null, leaveOpen: true, null);
        return await ReadAsync<TDocument>(input, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a document from a checked UTF-8 stream: its "kind" first, from as much of its start as it takes, then the whole as it comes.</summary>
    internal static TDocument Read<TDocument>(Stream utf8, string? inputName)
        where TDocument : OgpDocument
    {
        var buffer = new byte[16 * 1024];
        var length = 0;
        string? kind;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = utf8.Read(buffer, length, buffer.Length - length);
                length += read;
                if (TryPeekKind(new ReadOnlySpan<byte>(buffer, 0, length), read == 0, out kind))
                {
                    break;
                }
            }

            var info = InfoFor<TDocument>(kind ?? throw NoKind());
            using var replay = new ReplayStream(buffer, length, utf8, leaveOpen: true);
            return Check<TDocument>((OgpDocument?)JsonSerializer.Deserialize(replay, info));
        }
        catch (JsonException e)
        {
            throw OgpJsonException.From(e, inputName);
        }
        catch (OgpJsonException e)
        {
            throw e.WithInputName(inputName);
        }
        catch (InvalidOperationException e) when (IsReaderText(e))
        {
            throw NotText(e, inputName);
        }
    }

    /// <summary>Reads a document from a checked UTF-8 stream asynchronously; see <see cref="Read{TDocument}(Stream, string?)"/>.</summary>
    internal static async ValueTask<TDocument> ReadAsync<TDocument>(Stream utf8, string? inputName, CancellationToken cancellationToken)
        where TDocument : OgpDocument
    {
        var buffer = new byte[16 * 1024];
        var length = 0;
        string? kind;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

#if NET
                var read = await utf8.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
#else
                var read = await utf8.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false);
#endif
                length += read;
                if (TryPeekKind(new ReadOnlySpan<byte>(buffer, 0, length), read == 0, out kind))
                {
                    break;
                }
            }

            var info = InfoFor<TDocument>(kind ?? throw NoKind());
            using var replay = new ReplayStream(buffer, length, utf8, leaveOpen: true);
            return Check<TDocument>((OgpDocument?)await JsonSerializer.DeserializeAsync(replay, info, cancellationToken).ConfigureAwait(false));
        }
        catch (JsonException e)
        {
            throw OgpJsonException.From(e, inputName);
        }
        catch (OgpJsonException e)
        {
            throw e.WithInputName(inputName);
        }
        catch (InvalidOperationException e) when (IsReaderText(e))
        {
            throw NotText(e, inputName);
        }
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
        ArgumentNullException.ThrowIfNull(kind);

        using var stream = typeof(OgpJson).Assembly.GetManifestResourceStream("OpenGov.Model.Schema." + kind + ".schema.json")
            ?? throw new ArgumentException($"'{kind}' is not a document kind; the kinds are: {string.Join(", ", DocumentKinds.All)}.", nameof(kind));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static JsonTypeInfo InfoOf(OgpDocument document) => OptionsInstance.GetTypeInfo(document.GetType());

    /// <summary>
    /// Finds the metadata to read with: the document's "kind" decides, so that a document of another
    /// kind is refused with that reason rather than with whatever its properties make of the wrong type.
    /// </summary>
    private static JsonTypeInfo InfoFor<TDocument>(string kind)
        where TDocument : OgpDocument =>
        InfoFor(typeof(TDocument), kind);

    private static JsonTypeInfo InfoFor(Type requested, string kind)
    {
        if (!JsonModel.DocumentTypes.TryGetValue(kind, out var type))
        {
            throw new OgpJsonException($"The document's kind '{Excerpt.Of(kind)}' is not one of: {string.Join(", ", DocumentKinds.All)}", "$.kind", null, null, null);
        }

        if (!requested.IsAssignableFrom(type))
        {
            throw new OgpJsonException($"The document's kind is '{kind}', not '{JsonModel.KindOf(requested)}'", "$.kind", null, null, null);
        }

        return OptionsInstance.GetTypeInfo(type);
    }

    /// <summary>
    /// Reads a record of the model from a reader positioned at its first token, as the format reads it: a document
    /// chosen and checked by its kind and schema version, any other record with the format's metadata. The whole
    /// value is in the reader's buffer (as it is for a converter).
    /// </summary>
    /// <exception cref="OgpJsonException">The value is not readable as <paramref name="type"/>.</exception>
    internal static object ReadPart(ref Utf8JsonReader reader, Type type)
    {
        try
        {
            CheckDepth(reader);
            if (!typeof(OgpDocument).IsAssignableFrom(type))
            {
                return JsonSerializer.Deserialize(ref reader, OptionsInstance.GetTypeInfo(type))
                    ?? throw new OgpJsonException("The value is null", "$", null, null, null);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new OgpJsonException($"Expected a JSON object, found {reader.TokenType}", "$", null, null, null);
            }

            var info = InfoFor(type, PeekKind(reader) ?? throw NoKind());
            return Check((OgpDocument?)JsonSerializer.Deserialize(ref reader, info));
        }
        catch (JsonException e) when (e.InnerException is InvalidOperationException inner && inner.Message.Contains("UTF-8", StringComparison.Ordinal))
        {
            // A host's reader meets bytes that are not UTF-8 in a string (the format checks the whole input first).
            var error = OgpJsonException.From(e);
            throw new OgpJsonException("The input is not UTF-8: a string holds bytes that cannot stand there (JSON is read as UTF-8; save the file as UTF-8)", error.Path, error.LineNumber, error.BytePositionInLine, e);
        }
        catch (JsonException e)
        {
            throw OgpJsonException.From(e);
        }
        catch (InvalidOperationException e) when (IsReaderText(e))
        {
            throw NotText(e, null);
        }
    }

    /// <summary>
    /// Refuses a value that nests deeper than <see cref="MaxDepth"/> below its own start, as the format's reader does
    /// from a document's root: a host's reader, whose own depth may be larger, reads the value. The reader is a copy.
    /// </summary>
    private static void CheckDepth(Utf8JsonReader reader)
    {
        var start = reader.CurrentDepth;
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || !TooDeep(reader, start))
        {
            return;
        }

        // The path to where the depth runs out: a property name or an index per level.
        var path = new List<string>();
        var indices = new List<int>();
        var name = (string?)null;
        while (true)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    name = reader.GetText();
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    if (reader.CurrentDepth - start >= MaxDepth)
                    {
                        var kind = reader.TokenType == JsonTokenType.StartObject ? "object" : "array";
                        throw new OgpJsonException($"The maximum configured depth of {MaxDepth} has been exceeded. Cannot read next JSON {kind}.", "$" + string.Concat(path), null, null, null);
                    }

                    path.Add(Segment(name, indices));
                    indices.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                    name = null;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    indices.RemoveAt(indices.Count - 1);
                    Next(indices);
                    break;
                default:
                    name = null;
                    Next(indices);
                    break;
            }

            if ((reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) && reader.CurrentDepth == start)
            {
                return;
            }

            if (!reader.Read())
            {
                return;
            }
        }

        // A first pass that allocates nothing: most values are not too deep, and the path is wanted only for one that is.
        static bool TooDeep(Utf8JsonReader reader, int start)
        {
            do
            {
                if ((reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) && reader.CurrentDepth - start >= MaxDepth)
                {
                    return true;
                }

                if ((reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) && reader.CurrentDepth == start)
                {
                    return false;
                }
            }
            while (reader.Read());

            return false;
        }

        static string Segment(string? name, List<int> indices) =>
            indices.Count == 0 ? string.Empty
            : name is not null ? "." + name
            : indices[indices.Count - 1] >= 0 ? "[" + indices[indices.Count - 1].ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" : string.Empty;

        // A value in an array moves the array's index on.
        static void Next(List<int> indices)
        {
            if (indices.Count > 0 && indices[indices.Count - 1] >= 0)
            {
                indices[indices.Count - 1]++;
            }
        }
    }

    /// <summary>The top-level "kind" of the object the reader stands at (a copy: the reader itself does not move); null when it has none.</summary>
    private static string? PeekKind(Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isKind = reader.ValueTextEquals("kind"u8);
            if (!reader.Read())
            {
                return null;
            }

            if (isKind)
            {
                return reader.TokenType == JsonTokenType.String
                    ? reader.GetText()
                    : throw new OgpJsonException($"The document's \"kind\" must be a string such as \"{DocumentKinds.ActionPlan}\"", "$.kind", null, null, null);
            }

            // A converter's reader holds the whole value but is not the final block: Skip would refuse it.
            reader.TrySkip();
        }

        return null;
    }

    private static OgpJsonException NoKind() =>
        new($"The document has no \"kind\" naming one of: {string.Join(", ", DocumentKinds.All)}", "$", null, null, null);

    /// <summary>Reads the top-level "kind" of a whole document, skipping other properties; null when it has none.</summary>
    internal static string? PeekKind(ReadOnlySpan<byte> utf8Json, bool final) =>
        TryPeekKind(utf8Json, final, out var kind) ? kind : null;

    /// <summary>
    /// Reads the top-level "kind" from the start of a document, skipping other properties: true when the
    /// bytes given decide (the kind, or none: the object ended without one); false when more bytes are needed.
    /// </summary>
    internal static bool TryPeekKind(ReadOnlySpan<byte> utf8Json, bool final, out string? kind)
    {
        kind = null;
        var reader = new Utf8JsonReader(utf8Json, final, new JsonReaderState(new JsonReaderOptions { MaxDepth = MaxDepth }));
        try
        {
            if (!reader.Read())
            {
                if (final)
                {
                    throw new OgpJsonException("The input is empty: expected a JSON object", "$", 1, 1, null);
                }

                return false;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new OgpJsonException($"Expected a JSON object, found {reader.TokenType}", "$", 1, reader.TokenStartIndex + 1, null);
            }

            while (true)
            {
                if (!reader.Read())
                {
                    return final;
                }

                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    return true;
                }

                if (reader.ValueTextEquals("kind"u8))
                {
                    if (!reader.Read())
                    {
                        return final;
                    }

                    kind = reader.TokenType == JsonTokenType.String
                        ? reader.GetText()
                        : throw new OgpJsonException($"The document's \"kind\" must be a string such as \"{DocumentKinds.ActionPlan}\"", "$.kind", null, null, null);
                    return true;
                }

                if (!reader.Read() || !reader.TrySkip())
                {
                    return final;
                }
            }
        }
        catch (JsonException e)
        {
            throw OgpJsonException.From(e);
        }
        catch (InvalidOperationException e) when (IsReaderText(e))
        {
            throw NotText(e, null);
        }
    }

    /// <summary>Whether System.Text.Json's reader refused text a string cannot hold (an escape of a lone UTF-16 surrogate), which it tells as an <see cref="InvalidOperationException"/>.</summary>
    internal static bool IsReaderText(InvalidOperationException e) => e.Source?.StartsWith("System.Text.Json", StringComparison.Ordinal) == true;

    /// <summary>The error for text no string can hold, at <paramref name="path"/> and <paramref name="line"/> where known.</summary>
    internal static OgpJsonException NotText(InvalidOperationException e, string? inputName, string path = "$", long? line = null) =>
        new($"A string or property name holds an escape no text can hold, such as a lone UTF-16 surrogate (\\ud800): {e.Message}", path, line, null, inputName, e);

    private static TDocument Check<TDocument>(OgpDocument? document)
        where TDocument : OgpDocument =>
        (TDocument)Check(document);

    private static OgpDocument Check(OgpDocument? document)
    {
        if (document is null)
        {
            throw new OgpJsonException("The document is null", "$", null, null, null);
        }

        if (document.KindAsRead != document.Kind)
        {
            throw new OgpJsonException($"The document's kind is '{document.KindAsRead}', not '{document.Kind}'", "$.kind", null, null, null);
        }

        CheckSchemaVersion(document.SchemaVersion);
        return document;
    }

    internal static void CheckSchemaVersion(string version)
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
        JsonModel.Hosting = new Hosting();
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = TypeInfoResolver,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            NumberHandling = JsonNumberHandling.Strict,
            MaxDepth = MaxDepth,
            WriteIndented = true,
            IndentSize = 2,

            // OGP data is multilingual: write text as UTF-8, escaping only what JSON requires, so that
            // documents stay readable ("Peña", "–"). Documents are data files, not HTML. Control
            // characters (C0 and C1) are still escaped, so that output printed to a terminal is inert.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

            // A property written twice is an error with its path, not a silent "last one wins";
            // null where the model has no null (an object, a list, a text) is an error with its path.
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
        };
        options.MakeReadOnly();
        return options;
    }

    private static IJsonTypeInfoResolver CreateResolver()
    {
        var resolvers = new List<IJsonTypeInfoResolver> { OgpValueTypes.Instance, new AnyDocument() };
        resolvers.AddRange(JsonModel.Resolvers);
        resolvers.Add(PrimitiveJsonTypes.Default);
        return JsonTypeInfoResolver.Combine([.. resolvers]).WithAddedModifier(AddReadingCallbacks);
    }

    /// <summary>A document read from JSON starts from what the input says, not from the defaults of a document made in code.</summary>
    private static void AddReadingCallbacks(JsonTypeInfo typeInfo)
    {
        if (typeof(OgpDocument).IsAssignableFrom(typeInfo.Type) && typeInfo.Kind == JsonTypeInfoKind.Object)
        {
            typeInfo.OnDeserializing = document => ((OgpDocument)document).OnReading();
        }
    }

    /// <summary>Records of the model under a host's options: read and written through the format's metadata.</summary>
    private sealed class Hosting : JsonModel.IHosting
    {
        public bool IsFormat(JsonSerializerOptions options) => ReferenceEquals(options, OptionsInstance);

        public JsonConverter<T> Converter<T>() => new HostedConverter<T>();
    }

    /// <summary>
    /// A document of any kind under a host's options: read by its kind, as <see cref="Deserialize{TDocument}(string)"/>
    /// reads <see cref="OgpDocument"/>. The format's own options read documents through <see cref="OgpJson"/>, which
    /// chooses the type itself.
    /// </summary>
    private sealed class AnyDocument : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            type == typeof(OgpDocument) && !ReferenceEquals(options, OptionsInstance)
                ? JsonMetadataServices.CreateValueInfo<OgpDocument>(options, new HostedConverter<OgpDocument>())
                : null;
    }

    private static T CheckNotNull<T>(T value)
        where T : class =>
        value ?? throw new ArgumentNullException(typeof(T).Name);
}
