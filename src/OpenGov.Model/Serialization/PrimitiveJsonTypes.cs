using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenGov.Model;

/// <summary>The metadata of the primitive values of the JSON format, written by System.Text.Json's source generator.</summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(double?))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class PrimitiveJsonTypes : JsonSerializerContext;
