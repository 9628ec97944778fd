using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace OpenGov.Model;

/// <summary>A NodaTime date as its ISO 8601 text (<c>2024-03-31</c>), over NodaTime's own pattern: no reflection, trim- and AOT-safe.</summary>
internal sealed class LocalDateConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaTimeText.Read(ref reader, LocalDatePattern.Iso, "a date such as \"2024-03-31\"");

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}

/// <summary>A NodaTime month as its ISO 8601 text (<c>2024-03</c>).</summary>
internal sealed class YearMonthConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaTimeText.Read(ref reader, YearMonthPattern.Iso, "a month such as \"2024-03\"");

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WriteStringValue(YearMonthPattern.Iso.Format(value));
}

/// <summary>Reads a NodaTime value from a JSON string with one of NodaTime's patterns.</summary>
internal static class NodaTimeText
{
    public static T Read<T>(ref Utf8JsonReader reader, IPattern<T> pattern, string expected)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {expected}.");
        }

        var text = reader.GetString()!;
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"'{Excerpt.Of(text)}' is not {expected}.");
    }
}
