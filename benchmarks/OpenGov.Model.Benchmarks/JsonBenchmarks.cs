using System;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace OpenGov.Model.Benchmarks;

/// <summary>
/// Reading and writing documents with OgpJson, beside the floor (a bare Utf8JsonReader pass over the
/// same bytes; a bare token copy for writing) and what a program would otherwise write
/// (reflection-based System.Text.Json over plain DTO classes of the same shape).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonBenchmarks
{
    // Same output as OgpJson: camelCase, indented, readable UTF-8.
    private static readonly JsonSerializerOptions ReflectionOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // A host's options (ASP.NET Core's web defaults) with the library's format chained in: model types read through
    // the format's metadata, after the whole value is buffered.
    private static readonly JsonSerializerOptions HostOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForOgp();

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private byte[] _utf8 = [];
    private OgpDocument _document = null!;
    private object _dto = null!;
    private Type _dtoType = null!;

    [Params("mexico-report", "plan-1000")]
    public string Document { get; set; } = "mexico-report";

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = Document == "mexico-report"
            ? File.ReadAllBytes(BenchmarkData.MexicoReportPath)
            : OgpJson.SerializeToUtf8Bytes(BenchmarkData.Plan(1000));
        _document = OgpJson.Deserialize<OgpDocument>(_utf8);
        _dtoType = Document == "mexico-report" ? typeof(ReportDto) : typeof(PlanDto);
        _dto = JsonSerializer.Deserialize(_utf8, _dtoType, ReflectionOptions)!;
    }

    [Benchmark(Baseline = true, Description = "Utf8JsonReader pass (floor)")]
    [BenchmarkCategory("Deserialize")]
    public int ReaderPass()
    {
        var reader = new Utf8JsonReader(_utf8);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Description = "Utf8JsonReader pass + GetString (strings floor)")]
    [BenchmarkCategory("Deserialize")]
    public int ReaderPassWithStrings()
    {
        var reader = new Utf8JsonReader(_utf8);
        var length = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                length += reader.GetString()!.Length;
            }
        }

        return length;
    }

    [Benchmark(Description = "OgpJson.Deserialize")]
    [BenchmarkCategory("Deserialize")]
    public OgpDocument Deserialize() => OgpJson.Deserialize<OgpDocument>(_utf8);

    [Benchmark(Description = "Host options (ConfigureForOgp)")]
    [BenchmarkCategory("Deserialize")]
    public OgpDocument? DeserializeThroughHost() => JsonSerializer.Deserialize<OgpDocument>(_utf8, HostOptions);

    [Benchmark(Description = "Host options from a stream (a request body)")]
    [BenchmarkCategory("Deserialize")]
    public OgpDocument? DeserializeThroughHostFromStream() =>
        JsonSerializer.DeserializeAsync<OgpDocument>(new MemoryStream(_utf8, writable: false), HostOptions).AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "Reflection STJ over DTOs")]
    [BenchmarkCategory("Deserialize")]
    public object DeserializeDtos() => JsonSerializer.Deserialize(_utf8, _dtoType, ReflectionOptions)!;

    [Benchmark(Baseline = true, Description = "Utf8JsonWriter token copy (floor)")]
    [BenchmarkCategory("Serialize")]
    public long WriterPass()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(_utf8.Length);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        var reader = new Utf8JsonReader(_utf8);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                case JsonTokenType.EndObject: writer.WriteEndObject(); break;
                case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                case JsonTokenType.PropertyName: writer.WritePropertyName(reader.ValueSpan); break;
                case JsonTokenType.String: writer.WriteStringValue(reader.ValueSpan); break;
                case JsonTokenType.Number: writer.WriteRawValue(reader.ValueSpan); break;
                case JsonTokenType.True: writer.WriteBooleanValue(true); break;
                case JsonTokenType.False: writer.WriteBooleanValue(false); break;
                default: writer.WriteNullValue(); break;
            }
        }

        writer.Flush();
        return writer.BytesCommitted;
    }

    [Benchmark(Description = "OgpJson.Serialize")]
    [BenchmarkCategory("Serialize")]
    public byte[] Serialize() => OgpJson.SerializeToUtf8Bytes(_document);

    [Benchmark(Description = "Host options (ConfigureForOgp)")]
    [BenchmarkCategory("Serialize")]
    public byte[] SerializeThroughHost() => JsonSerializer.SerializeToUtf8Bytes(_document, HostOptions);

    [Benchmark(Description = "Reflection STJ over DTOs")]
    [BenchmarkCategory("Serialize")]
    public byte[] SerializeDtos() => JsonSerializer.SerializeToUtf8Bytes(_dto, _dtoType, ReflectionOptions);
}
