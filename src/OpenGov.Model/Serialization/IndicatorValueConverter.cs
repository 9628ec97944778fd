using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenGov.Model.Analysis;

namespace OpenGov.Model;

/// <summary>
/// The JSON form of an indicator's answer: the number when it could tell; when it cannot, an object
/// <c>{"cannotTell": "not-reviewed", "input": "/assessment/design/potentialImpact"}</c>.
/// </summary>
internal sealed class IndicatorValueConverter : JsonConverter<IndicatorValue<int>>
{
    private static readonly CannotTellReason[] Reasons =
        [CannotTellReason.NotAnswered, CannotTellReason.NoData, CannotTellReason.NotReviewed, CannotTellReason.NotApplicable, CannotTellReason.Unrecognized];

    public override IndicatorValue<int> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return IndicatorValue<int>.Known(reader.GetInt32());
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected a number, or an object with \"cannotTell\" and \"input\".");
        }

        CannotTellReason? reason = null;
        string? input = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("cannotTell"u8))
            {
                reader.Read();
                reason = ReadReason(ref reader);
            }
            else if (reader.ValueTextEquals("input"u8))
            {
                reader.Read();
                input = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return reason is { } r
            ? IndicatorValue<int>.CannotTellInternal(r, input)
            : throw new JsonException("An indicator that cannot tell needs \"cannotTell\": the reason, such as \"not-reviewed\".");
    }

    public override void Write(Utf8JsonWriter writer, IndicatorValue<int> value, JsonSerializerOptions options)
    {
        if (value.TryGetValue(out var number))
        {
            writer.WriteNumberValue(number);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("cannotTell"u8, IndicatorValue<int>.Describe(value.Reason!.Value));
        if (value.Input is { } input)
        {
            writer.WriteString("input"u8, input);
        }

        writer.WriteEndObject();
    }

    private static CannotTellReason ReadReason(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var reason in Reasons)
            {
                if (reader.ValueTextEquals(IndicatorValue<int>.Describe(reason)))
                {
                    return reason;
                }
            }
        }

        throw new JsonException("\"cannotTell\" must be one of: not-answered, no-data, not-reviewed, not-applicable, unrecognized.");
    }
}
