using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenGov.Model;

/// <summary>
/// A record of the model under options other than the format's own (a host's options with
/// <see cref="OgpJsonSerializerOptionsExtensions.ConfigureForOgp"/>, or any options chaining
/// <see cref="OgpJson.TypeInfoResolver"/>): read and written through the format's metadata, so that the host's
/// settings (duplicate properties allowed, nulls not checked, property names matched in any case) do not change
/// what a document means. Unreadable input is a <see cref="JsonException"/>, the exception a host expects of a
/// converter (ASP.NET Core answers it with 400), whose inner exception is the <see cref="OgpJsonException"/>
/// that <see cref="OgpJson"/> raises for the same input.
/// </summary>
/// <typeparam name="T">A record of the model.</typeparam>
internal sealed class HostedConverter<T> : JsonConverter<T>
{
    /// <summary>Gets <see langword="true"/>: a document that is <c>null</c> as a whole is refused as <see cref="OgpJson"/> refuses it.</summary>
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var depth = reader.CurrentDepth;

        // Inside the host's own types, whether a null is allowed is the host's to say.
        if (reader.TokenType == JsonTokenType.Null && (depth > 0 || !typeof(OgpDocument).IsAssignableFrom(typeof(T))))
        {
            return default;
        }

        try
        {
            return (T)OgpJson.ReadPart(ref reader, typeof(T));
        }
        catch (OgpJsonException e)
        {
            // At the root the format's path is the host's; deeper, the host adds the path to this value, and the
            // message keeps the path within it.
            throw depth == 0
                ? new JsonException(e.Message, e.Path, e.LineNumber - 1, e.BytePositionInLine - 1, e)
                : new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        JsonSerializer.Serialize(writer, value, OgpJson.Options.GetTypeInfo(value.GetType()));
    }
}
