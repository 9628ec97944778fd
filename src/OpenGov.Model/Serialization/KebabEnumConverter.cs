using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenGov.Model;

/// <summary>Writes the values of a small enumeration as kebab-case names (<c>action-plan</c>) and reads them back, strictly.</summary>
/// <typeparam name="T">The enumeration.</typeparam>
internal sealed class KebabEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private static readonly (T Value, string Name)[] Names = CreateNames();

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var (value, name) in Names)
            {
                if (reader.ValueTextEquals(name))
                {
                    return value;
                }
            }
        }

        throw new JsonException($"Expected one of: {string.Join(", ", Array.ConvertAll(Names, n => n.Name))}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        foreach (var (candidate, name) in Names)
        {
            if (EqualityComparer<T>.Default.Equals(candidate, value))
            {
                writer.WriteStringValue(name);
                return;
            }
        }

        throw new JsonException($"{value} is not a value of {typeof(T).Name} the format knows.");
    }

    private static (T, string)[] CreateNames()
    {
#if NET
        var values = Enum.GetValues<T>();
#else
        var values = (T[])Enum.GetValues(typeof(T));
#endif
        return Array.ConvertAll(values, v => (v, LabelKey.Kebab(SplitWords(v.ToString()))));
    }

    private static string SplitWords(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append(' ');
            }

            builder.Append(name[i]);
        }

        return builder.ToString();
    }
}
