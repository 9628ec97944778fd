using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Serialization;

/// <summary>Whatever the input, reading either succeeds or raises <see cref="OgpJsonException"/>; nothing else.</summary>
public class JsonFuzzProperties
{
    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "0", "-1", "1e400", "\"kind\"", "\"action-plan\"",
        "\"end-of-commitment-report\"", "\"schemaVersion\"", "\"2.0\"", "\"not-reviewed\"", "\"level\"", "\\u0000", "\\", " ", "\n",
        "{\"value\": \"2021-13-01\"}", "\"AL-1\"", "\"policyAreas\"", "{}", "[]", "\"ß\"", "\uFEFF",
    ];

    private static Gen<string> Mutated { get; } =
        from document in ModelGenerators.Document(canonical: false)
        from compact in Gen.Elements(true, false)
        let json = compact ? Encoding.UTF8.GetString(Compact(document)) : OgpJson.Serialize(document)
        from edits in Gen.Choose(1, 6)
        from mutation in Gen.ArrayOf(Edit(json.Length), edits)
        select mutation.Aggregate(json, (text, edit) => edit(text));

    private static Gen<Func<string, string>> Edit(int length) =>
        from at in Gen.Choose(0, Math.Max(0, length - 1))
        from span in Gen.Choose(1, 20)
        from fragment in Gen.Elements(Fragments)
        from kind in Gen.Choose(0, 3)
        select (Func<string, string>)(text =>
        {
            var position = Math.Min(at, text.Length);
            var count = Math.Min(span, text.Length - position);
            return kind switch
            {
                0 => text.Remove(position, count),
                1 => text.Insert(position, fragment),
                2 => text.Remove(position, count).Insert(position, fragment),
                _ => text + text.Substring(position, count),
            };
        });

    [Property(MaxTest = 500)]
    public void Arbitrary_text_is_read_or_refused_with_the_library_exception(string? text) =>
        ReadOrRefuse(text ?? string.Empty);

    [Property(MaxTest = 300)]
    public Property Mutated_documents_are_read_or_refused_with_the_library_exception() =>
        Prop.ForAll(Mutated.ToArbitrary(), ReadOrRefuse);

    [Property(MaxTest = 200)]
    public void Arbitrary_bytes_are_read_or_refused_with_the_library_exception(byte[] bytes) =>
        ReadOrRefuseBytes(bytes ?? []);

    private static void ReadOrRefuse(string text)
    {
        try
        {
            var document = OgpJson.Deserialize(text);
            Assert.NotNull(document);
            _ = OgpJson.Serialize(document);
        }
        catch (OgpJsonException e)
        {
            Assert.False(string.IsNullOrEmpty(e.Message));
            Assert.StartsWith("$", e.Path, StringComparison.Ordinal);
        }
    }

    private static void ReadOrRefuseBytes(byte[] bytes)
    {
        try
        {
            _ = OgpJson.Deserialize<OgpDocument>(bytes);
        }
        catch (OgpJsonException)
        {
        }
    }

    private static byte[] Compact(OgpDocument document)
    {
        using var stream = new System.IO.MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
        {
            OgpJson.Serialize(writer, document);
        }

        return stream.ToArray();
    }
}
