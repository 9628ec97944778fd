using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Serialization;

/// <summary>
/// Whichever options read a model type (<see cref="OgpJson"/>, a host's options with <c>ConfigureForOgp()</c>, the
/// resolver alone), the same input gives the same value or the same error: nulls, duplicate properties, kinds,
/// schema versions and the case of property names are checked the same, whatever the host's own settings.
/// </summary>
public class HostReadingProperties
{
    private static readonly string[] Chains = ["web defaults", "general defaults", "resolver alone", "case-insensitive, duplicates allowed"];

    /// <summary>A document as the format writes it, then one hostile change to it.</summary>
    private static Gen<(OgpDocument Document, string Json, string Change)> Variants { get; } =
        from document in ModelGenerators.Document(canonical: false)
        let json = OgpJson.Serialize(document)
        from change in Gen.Elements("none", "null", "duplicate", "no kind", "other kind", "schema 2.0", "pascal case", "number for text", "kind in another case")
        from pick in Gen.Choose(0, 1000)
        select (document, Change(json, change, pick), change);

    [Property(MaxTest = 300)]
    public Property A_document_and_its_hostile_variants_read_the_same_through_every_options() =>
        Prop.ForAll(Variants.ToArbitrary(), variant =>
        {
            var type = variant.Document.GetType();
            var expected = Read(() => OgpJson.Deserialize(variant.Json));
            var expectedTyped = Read(() => DeserializeAs(type, variant.Json));
            foreach (var chain in Chains)
            {
                var options = Options(chain);
                SameOutcome(expected, Read(() => JsonSerializer.Deserialize<OgpDocument>(variant.Json, options)), chain, variant.Change);
                SameOutcome(expectedTyped, Read(() => JsonSerializer.Deserialize(variant.Json, type, options)), chain, variant.Change);
            }

            // From a stream, in small reads, as a host reads a request body: the reader is never the final block.
            var streamed = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultBufferSize = 16 }.ConfigureForOgp();
            SameOutcome(expectedTyped, Read(() => JsonSerializer.Deserialize(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(variant.Json)), type, streamed)), "stream", variant.Change);
            SameOutcome(expected, Read(() => JsonSerializer.DeserializeAsync<OgpDocument>(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(variant.Json)), streamed).AsTask().GetAwaiter().GetResult()), "stream", variant.Change);
        });

    [Theory]
    [InlineData("""{"kind":"end-of-commitment-report","lessons":null}""", "$.lessons")]
    [InlineData("""{"kind":"end-of-commitment-report","commitment":null}""", "$.commitment")]
    [InlineData("""{"kind":"action-plan"}""", "$.kind")]
    [InlineData("""{"lessons":[]}""", "$")]
    [InlineData("""{"kind":"end-of-commitment-report","schemaVersion":"2.0"}""", "$.schemaVersion")]
    [InlineData("""{"kind":"end-of-commitment-report","lessons":[],"lessons":[]}""", "$.lessons")]
    [InlineData("""{"kind":"end-of-commitment-report","commitment":{"title":"a","title":"b"}}""", "$.commitment.title")]
    [InlineData("""{"kind":"end-of-commitment-report","completion":{"level":3}}""", "$.completion.level")]
    public void What_OgpJson_refuses_a_host_refuses_with_the_same_reason_and_path(string json, string path)
    {
        var expected = Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize<EndOfCommitmentReport>(json));
        foreach (var chain in Chains)
        {
            var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<EndOfCommitmentReport>(json, Options(chain)));
            var streamed = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<EndOfCommitmentReport>(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), Options(chain)));
            Assert.Equal(expected.Reason, Assert.IsType<OgpJsonException>(streamed.InnerException).Reason);
            var inner = Assert.IsType<OgpJsonException>(e.InnerException);
            Assert.Equal(expected.Reason, inner.Reason);
            Assert.Equal(path, inner.Path);
            Assert.Equal(path, e.Path);
            Assert.Equal(expected.Message, e.Message);
        }
    }

    [Fact]
    public void A_host_that_allows_deeper_nesting_still_reads_a_document_no_deeper_than_the_format()
    {
        var json = """{"kind":"end-of-commitment-report","extra":""" + new string('[', 70) + new string(']', 70) + "}";
        var expected = Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize<EndOfCommitmentReport>(json));
        var deep = new JsonSerializerOptions(JsonSerializerDefaults.Web) { MaxDepth = 200 }.ConfigureForOgp();

        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<EndOfCommitmentReport>(json, deep));

        Assert.Equal(expected.Reason, Assert.IsType<OgpJsonException>(e.InnerException).Reason);
        var shallowEnough = """{"kind":"end-of-commitment-report","extra":""" + new string('[', 60) + new string(']', 60) + "}";
        Assert.Equal(OgpJson.Deserialize<EndOfCommitmentReport>(shallowEnough), JsonSerializer.Deserialize<EndOfCommitmentReport>(shallowEnough, deep));
    }

    [Fact]
    public void A_document_that_is_null_is_refused_at_the_root_and_left_to_the_host_inside_its_types()
    {
        foreach (var chain in Chains)
        {
            var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<EndOfCommitmentReport>("null", Options(chain)));
            Assert.IsType<OgpJsonException>(e.InnerException);
        }

        var message = JsonSerializer.Deserialize<HostOptionsTests.HostMessage>("""{"name":"n","commitments":[]}""", Options("web defaults"));
        Assert.Equal("n", message!.Name);
        Assert.Null(JsonSerializer.Deserialize<Commitment>("null", Options("web defaults")));
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_told_as_such_under_a_host_too()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("""{"kind":"end-of-commitment-report","memberName":"X"}""");
        bytes[^3] = 0xFF;
        Assert.StartsWith("The input is not UTF-8", Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize<EndOfCommitmentReport>(bytes)).Reason, StringComparison.Ordinal);

        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<EndOfCommitmentReport>(bytes, Options("web defaults")));

        var inner = Assert.IsType<OgpJsonException>(e.InnerException);
        Assert.StartsWith("The input is not UTF-8", inner.Reason, StringComparison.Ordinal);
        Assert.Equal("$.memberName", inner.Path);
        Assert.DoesNotContain("System.String", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_in_another_case_is_kept_as_unknown_as_OgpJson_keeps_it()
    {
        const string json = """{"kind":"end-of-commitment-report","MemberName":"Riverside"}""";
        var expected = OgpJson.Deserialize<EndOfCommitmentReport>(json);
        Assert.True(expected.AdditionalProperties.ContainsKey("MemberName"));
        foreach (var chain in Chains)
        {
            Assert.Equal(expected, JsonSerializer.Deserialize<EndOfCommitmentReport>(json, Options(chain)));
        }
    }

    [Fact]
    public void A_model_value_inside_a_hosts_own_type_is_refused_at_its_path_in_the_host_document()
    {
        const string json = """{"name":"batch","commitments":[{"title":"a"},{"milestones":null}]}""";
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HostOptionsTests.HostMessage>(json, Options("web defaults")));
        Assert.Equal("$.commitments[1]", e.Path);
        var inner = Assert.IsType<OgpJsonException>(e.InnerException);
        Assert.Equal("$.milestones", inner.Path);
    }

    private static object DeserializeAs(Type type, string json) =>
        typeof(OgpJson).GetMethod(nameof(OgpJson.Deserialize), 1, [typeof(string)])!.MakeGenericMethod(type).Invoke(null, [json])!;

    /// <summary>The value read, or the format's error (unwrapped from a host's <see cref="JsonException"/>), or the host's own syntax error.</summary>
    private static (object? Value, OgpJsonException? Error, Exception? Other) Read(Func<object?> read)
    {
        try
        {
            return (read(), null, null);
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is OgpJsonException format)
        {
            return (null, format, null);
        }
        catch (OgpJsonException e)
        {
            return (null, e, null);
        }
        catch (JsonException e) when (e.InnerException is OgpJsonException format)
        {
            return (null, format, null);
        }
        catch (JsonException e)
        {
            return (null, null, e);
        }
    }

    private static void SameOutcome((object? Value, OgpJsonException? Error, Exception? Other) expected, (object? Value, OgpJsonException? Error, Exception? Other) actual, string chain, string change)
    {
        Assert.True(expected.Other is null, $"OgpJson raised {expected.Other?.GetType().Name}");
        Assert.True(actual.Other is null, $"{chain}, {change}: {actual.Other?.GetType().Name}: {actual.Other?.Message}");
        if (expected.Error is { } error)
        {
            Assert.True(actual.Error is not null, $"{chain}, {change}: read what OgpJson refuses ({error.Message})");
            Assert.Equal(error.Reason, actual.Error!.Reason);
            Assert.Equal(error.Path, actual.Error.Path);
        }
        else
        {
            Assert.True(actual.Error is null, $"{chain}, {change}: refused what OgpJson reads ({actual.Error?.Message})");
            Assert.Equal(expected.Value, actual.Value);
        }
    }

    private static JsonSerializerOptions Options(string chain)
    {
        switch (chain)
        {
            case "web defaults":
                return new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForOgp();
            case "general defaults":
                return new JsonSerializerOptions().ConfigureForOgp();
            case "resolver alone":
                return new JsonSerializerOptions { TypeInfoResolver = OgpJson.TypeInfoResolver };
            default:
                var options = new JsonSerializerOptions
                {
                    PropertyNameCaseInsensitive = true,
                    AllowDuplicateProperties = true,
                    RespectNullableAnnotations = false,
                    NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString,
                    TypeInfoResolver = JsonTypeInfoResolver.Combine(OgpJson.TypeInfoResolver, new DefaultJsonTypeInfoResolver()),
                };
                return options;
        }
    }

    /// <summary>One hostile change to a document's JSON, at the object or property <paramref name="pick"/> chooses.</summary>
    private static string Change(string json, string change, int pick)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var objects = root.DescendantsAndSelf().OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        var target = objects[pick % objects.Count];
        var property = target.ElementAt(pick % target.Count).Key;
        switch (change)
        {
            case "null":
                target[property] = null;
                return root.ToJsonString();
            case "duplicate":
                var text = root.ToJsonString();
                var name = JsonSerializer.Serialize(property) + ":";
                var at = text.IndexOf(name, StringComparison.Ordinal);
                return text.Insert(at, name + "null,");
            case "no kind":
                root.Remove("kind");
                return root.ToJsonString();
            case "other kind":
                root["kind"] = DocumentKinds.All.First(k => k != (string?)root["kind"]);
                return root.ToJsonString();
            case "schema 2.0":
                root["schemaVersion"] = "2.0";
                return root.ToJsonString();
            case "pascal case":
                var value = target[property];
                target.Remove(property);
                target[char.ToUpperInvariant(property[0]) + property[1..]] = value;
                return root.ToJsonString();
            case "number for text":
                target[property] = 3;
                return root.ToJsonString();
            case "kind in another case":
                root["Kind"] = root["kind"]!.DeepClone();
                root.Remove("kind");
                return root.ToJsonString();
            default:
                return json;
        }
    }
}

file static class JsonNodeExtensions
{
    public static System.Collections.Generic.IEnumerable<JsonNode> DescendantsAndSelf(this JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in child.DescendantsAndSelf())
            {
                yield return descendant;
            }
        }
    }
}
