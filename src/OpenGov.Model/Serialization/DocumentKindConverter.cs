using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenGov.Model.Serialization;

/// <summary>Reads a document's "kind" as the library's constant when it is a known kind, without allocating.</summary>
internal sealed class DocumentKindConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => Read(ref reader),
            _ => throw new JsonException($"The document's \"kind\" must be a string such as \"{DocumentKinds.ActionPlan}\"."),
        };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    internal static string Read(ref Utf8JsonReader reader)
    {
        foreach (var kind in DocumentKinds.All)
        {
            if (reader.ValueTextEquals(kind))
            {
                return kind;
            }
        }

        return reader.GetString()!;
    }
}
