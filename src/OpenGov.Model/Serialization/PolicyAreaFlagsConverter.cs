using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenGov.Model;

/// <summary>
/// A commitment's policy areas as a JSON object keyed by area token, read straight into a
/// <see cref="ValueDictionary{TKey, TValue}"/>: a commitment has a few areas, so no hash table is built.
/// </summary>
internal sealed class PolicyAreaFlagsConverter : JsonConverter<ValueDictionary<PolicyArea, Recorded<bool>>>
{
    private readonly BooleanRecordedConverter _flag = new();

    public override ValueDictionary<PolicyArea, Recorded<bool>> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return ValueDictionary<PolicyArea, Recorded<bool>>.Empty;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an object of policy-area tokens, such as {\"open-parliaments\": true}.");
        }

        var entries = new List<KeyValuePair<PolicyArea, Recorded<bool>>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var area = !reader.HasValueSequence && !reader.ValueIsEscaped && PolicyArea.TryFindToken(reader.ValueSpan, out var known)
                ? known
                : PolicyAreaConverter.Parse(reader.GetString()!);
            foreach (var entry in entries)
            {
                if (entry.Key.Equals(area))
                {
                    throw new JsonException($"Duplicate property '{Excerpt.Of(area.Token)}' encountered during deserialization.");
                }
            }

            reader.Read();
            entries.Add(new(area, _flag.Read(ref reader, typeof(Recorded<bool>), options)));
        }

        return ValueDictionary<PolicyArea, Recorded<bool>>.FromList(entries);
    }

    public override void Write(Utf8JsonWriter writer, ValueDictionary<PolicyArea, Recorded<bool>> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var entry in value)
        {
            writer.WritePropertyName(entry.Key.Token);
            _flag.Write(writer, entry.Value, options);
        }

        writer.WriteEndObject();
    }
}
