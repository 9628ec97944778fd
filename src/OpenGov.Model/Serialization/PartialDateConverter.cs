using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenGov.Model;

/// <summary>
/// The JSON form of <see cref="PartialDate"/>: the ISO string at its precision (<c>"2022-12-31"</c>,
/// <c>"2014-07"</c>, <c>"2014"</c>), or, when the date keeps its source text, an object
/// <c>{"value": "2019-03-04", "sourceText": "3/4/2019", "ambiguous": true}</c>.
/// </summary>
internal sealed class PartialDateConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return ParseIso(reader.GetString()!);
        }

        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return ReadObject(ref reader);
        }

        throw new JsonException("Expected a date string such as \"2022-12-31\" or a date object.");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => WriteDate(writer, value);

    internal static PartialDate ReadObject(ref Utf8JsonReader reader)
    {
        string? value = null, sourceText = null;
        var ambiguous = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                value = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("A date's \"value\" must be a string such as \"2022-12-31\".");
            }
            else if (reader.ValueTextEquals("sourceText"u8))
            {
                reader.Read();
                sourceText = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Null => null,
                    _ => throw new JsonException("A date's \"sourceText\" must be a string."),
                };
            }
            else if (reader.ValueTextEquals("ambiguous"u8))
            {
                reader.Read();
                ambiguous = reader.TokenType switch
                {
                    JsonTokenType.True => true,
                    JsonTokenType.False => false,
                    _ => throw new JsonException("A date's \"ambiguous\" must be true or false."),
                };
            }
            else
            {
                // A property of a later version of the format: skipped.
                reader.Read();
                reader.Skip();
            }
        }

        if (value is null)
        {
            throw new JsonException("A date object needs a \"value\" such as \"2022-12-31\".");
        }

        var date = ParseIso(value);
        if (sourceText is null)
        {
            return date;
        }

        // The source text is authoritative for ambiguity: reading it again must give this value.
        if (!PartialDate.TryParse(sourceText, out var fromSource) || fromSource.WithoutSourceText() != date && fromSource.GetAlternative()?.WithoutSourceText() != date)
        {
            throw new JsonException($"The date's \"sourceText\" '{sourceText}' does not read as {value}.");
        }

        if (fromSource.WithoutSourceText() == date)
        {
            return fromSource.IsAmbiguous == ambiguous ? fromSource : throw new JsonException($"The date '{sourceText}' is {(fromSource.IsAmbiguous ? string.Empty : "not ")}ambiguous.");
        }

        // The day-first reading of an ambiguous text.
        return fromSource.GetAlternative()!.Value;
    }

    internal static void WriteDate(Utf8JsonWriter writer, PartialDate value)
    {
        if (value.SourceText is null)
        {
            writer.WriteStringValue(value.ToString());
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("value", value.ToString());
        writer.WriteString("sourceText", value.SourceText);
        writer.WriteBoolean("ambiguous", value.IsAmbiguous);
        writer.WriteEndObject();
    }

    private static PartialDate ParseIso(string text) =>
        PartialDate.TryParseIso(text.AsSpan(), out var date)
            ? date
            : throw new JsonException($"'{text}' is not an ISO date: yyyy, yyyy-MM or yyyy-MM-dd.");
}
