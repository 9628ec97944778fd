using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenGov.Model;

/// <summary>
/// The JSON form of <see cref="Recorded{T}"/>: the value; <c>null</c> when not answered; the tokens
/// <c>no-data</c>, <c>not-reviewed</c>, <c>not-applicable</c>; an unrecognized text as its string.
/// </summary>
internal abstract class RecordedConverter<T> : JsonConverter<Recorded<T>>
{
    public override bool HandleNull => true;

    public override Recorded<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return Recorded<T>.NotAnswered;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            // Fast path: canonical tokens, compared as UTF-8 without allocating.
            if (!reader.HasValueSequence && !reader.ValueIsEscaped)
            {
                if (MissingTokens.TryParseToken(reader.ValueSpan, out var state))
                {
                    return Recorded<T>.Missing(state);
                }

                if (TryReadToken(reader.ValueSpan, out var value))
                {
                    return Recorded<T>.Of(value);
                }
            }

            return ReadString(reader.GetString()!);
        }

        return ReadOther(ref reader, options);
    }

    public override void Write(Utf8JsonWriter writer, Recorded<T> value, JsonSerializerOptions options)
    {
        switch (value.State)
        {
            case RecordedState.NotAnswered:
                writer.WriteNullValue();
                break;
            case RecordedState.Value:
                WriteValue(writer, value.Value, options);
                break;
            case RecordedState.Unrecognized:
                writer.WriteStringValue(value.UnrecognizedText);
                break;
            default:
                writer.WriteStringValue(MissingTokens.Token(value.State));
                break;
        }
    }

    /// <summary>Reads a string: blank is not answered; then a missing-kind marker, or unrecognized text.</summary>
    protected virtual Recorded<T> ReadString(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Recorded<T>.NotAnswered;
        }

        return MissingTokens.TryParse(text.AsSpan(), out var state) ? Recorded<T>.Missing(state) : Recorded<T>.Unrecognized(text);
    }

    /// <summary>Reads a canonical token without allocating, where the type has tokens.</summary>
    protected virtual bool TryReadToken(ReadOnlySpan<byte> utf8, out T value)
    {
        value = default!;
        return false;
    }

    /// <summary>Reads a token that is neither null nor a string.</summary>
    protected abstract Recorded<T> ReadOther(ref Utf8JsonReader reader, JsonSerializerOptions options);

    protected abstract void WriteValue(Utf8JsonWriter writer, T value, JsonSerializerOptions options);

    protected static JsonException WrongToken(string expected, JsonTokenType found) =>
        new($"Expected {expected}, found {Describe(found)}.");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.String => "a string",
        _ => token.ToString(),
    };
}

internal sealed class CodelistRecordedConverter<T> : RecordedConverter<T>
    where T : struct, Enum
{
    private readonly Codelist<T> _codelist = Codelist<T>.Default;

    protected override Recorded<T> ReadString(string text) => _codelist.Read(text);

    protected override bool TryReadToken(ReadOnlySpan<byte> utf8, out T value) => _codelist.TryParseToken(utf8, out value);

    protected override Recorded<T> ReadOther(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        throw WrongToken($"a {_codelist.Name} token such as \"{_codelist.Entries[_codelist.Entries.Count - 1].Token}\"", reader.TokenType);

    protected override void WriteValue(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(_codelist[value].Token);
}

internal sealed class BooleanRecordedConverter : RecordedConverter<bool>
{
    protected override Recorded<bool> ReadOther(ref Utf8JsonReader reader, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw WrongToken("true or false", reader.TokenType),
    };

    protected override void WriteValue(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}

internal sealed class Int32RecordedConverter : RecordedConverter<int>
{
    protected override Recorded<int> ReadOther(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value)
            ? value
            : throw WrongToken("an integer", reader.TokenType);

    protected override void WriteValue(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

internal sealed class StringRecordedConverter : RecordedConverter<string>
{
    // Free text: only the exact tokens are markers, so that a text such as "NA" stays text.
    protected override Recorded<string> ReadString(string text) =>
        MissingTokens.TryParseToken(text.AsSpan(), out var state) ? Recorded<string>.Missing(state) : Recorded<string>.Of(text);

    protected override Recorded<string> ReadOther(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        throw WrongToken("a string", reader.TokenType);

    protected override void WriteValue(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

internal sealed class PartialDateRecordedConverter : RecordedConverter<PartialDate>
{
    protected override Recorded<PartialDate> ReadString(string text)
    {
        if (PartialDate.TryParseIso(text.AsSpan(), out var date))
        {
            return date;
        }

        return base.ReadString(text);
    }

    protected override Recorded<PartialDate> ReadOther(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.StartObject
            ? PartialDateConverter.ReadObject(ref reader)
            : throw WrongToken("a date string such as \"2022-12-31\" or a date object", reader.TokenType);

    protected override void WriteValue(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        PartialDateConverter.WriteDate(writer, value);
}

internal sealed class CommitmentIdListRecordedConverter : RecordedConverter<ValueList<CommitmentId>>
{
    protected override Recorded<ValueList<CommitmentId>> ReadOther(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw WrongToken("an array of commitment identifiers", reader.TokenType);
        }

        var ids = new List<CommitmentId>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            ids.Add(IdentifierConverters.ReadCommitmentId(ref reader));
        }

        return ValueList.CreateRange(ids);
    }

    protected override void WriteValue(Utf8JsonWriter writer, ValueList<CommitmentId> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var id in value)
        {
            writer.WriteStringValue(id.ToString());
        }

        writer.WriteEndArray();
    }
}
