using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenGov.Model.Analysis;

namespace OpenGov.Model;

/// <summary>Reads identifiers strictly: a malformed identifier makes the document unreadable.</summary>
internal static class IdentifierConverters
{
    public static CommitmentId ReadCommitmentId(ref Utf8JsonReader reader)
    {
        var text = ReadString(ref reader, "a commitment identifier such as \"AL0002\"");
        return CommitmentId.TryParse(text, out var id)
            ? id
            : throw new JsonException($"'{text}' is not a commitment identifier: two or three letters and four digits, such as AL0002.");
    }

    public static string ReadString(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"Expected {expected}.");
}

internal sealed class CommitmentIdConverter : JsonConverter<CommitmentId>
{
    public override CommitmentId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        IdentifierConverters.ReadCommitmentId(ref reader);

    public override void Write(Utf8JsonWriter writer, CommitmentId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

internal sealed class MemberCodeConverter : JsonConverter<MemberCode>
{
    public override MemberCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = IdentifierConverters.ReadString(ref reader, "a member code such as \"ALB\"");
        return MemberCode.TryParse(text, out var code)
            ? code
            : throw new JsonException($"'{text}' is not a member code: three or four letters, such as ALB or ARBA.");
    }

    public override void Write(Utf8JsonWriter writer, MemberCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

internal sealed class ActionPlanIdConverter : JsonConverter<ActionPlanId>
{
    public override ActionPlanId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = IdentifierConverters.ReadString(ref reader, "an action plan identifier such as \"AP_ALB01\"");
        return ActionPlanId.TryParse(text, out var id)
            ? id
            : throw new JsonException($"'{text}' is not an action plan identifier: AP_, a member code and a number, such as AP_ALB01.");
    }

    public override void Write(Utf8JsonWriter writer, ActionPlanId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

/// <summary>A policy area is its token, as a value and as a property name; an unknown token is kept.</summary>
internal sealed class PolicyAreaConverter : JsonConverter<PolicyArea>
{
    public override PolicyArea Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(IdentifierConverters.ReadString(ref reader, "a policy area token such as \"open-parliaments\""));

    public override void Write(Utf8JsonWriter writer, PolicyArea value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Token);

    public override PolicyArea ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, PolicyArea value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Token);

    internal static PolicyArea Parse(string text) =>
        LabelKey.Kebab(text).Length > 0
            ? PolicyArea.Read(text)
            : throw new JsonException($"'{text}' is not a policy area: it has no letter or digit.");
}

internal sealed class DatasetRowNameConverter : JsonConverter<DatasetRowName>
{
    public override DatasetRowName Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = IdentifierConverters.ReadString(ref reader, "a row's name such as \"AL0002\"");
        return text.Length > 0 ? new DatasetRowName(text) : throw new JsonException("A row's name is not empty.");
    }

    public override void Write(Utf8JsonWriter writer, DatasetRowName value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Text);
}
