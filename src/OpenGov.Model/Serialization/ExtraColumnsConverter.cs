using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenGov.Model;

/// <summary>The cells of unmapped dataset columns: a JSON object of strings, keyed by column header, in order.</summary>
internal sealed class ExtraColumnsConverter : JsonConverter<ValueDictionary<string, string>>
{
    public override ValueDictionary<string, string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return ValueDictionary<string, string>.Empty;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an object of column headers and cell texts.");
        }

        var entries = new List<KeyValuePair<string, string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var column = reader.GetString()!;
            if (!seen.Add(column))
            {
                throw new JsonException($"Duplicate property '{Excerpt.Of(column)}' encountered during deserialization.");
            }

            reader.Read();
            entries.Add(new(column, reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"The cell of column '{Excerpt.Of(column)}' must be a string.")));
        }

        return ValueDictionary<string, string>.FromList(entries);
    }

    public override void Write(Utf8JsonWriter writer, ValueDictionary<string, string> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var entry in value)
        {
            writer.WriteString(entry.Key, entry.Value);
        }

        writer.WriteEndObject();
    }
}
