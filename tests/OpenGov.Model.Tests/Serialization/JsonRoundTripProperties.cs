using System.IO;
using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Serialization;

[Properties(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 200)]
public class JsonRoundTripProperties
{
    [Property]
    public void Action_plan_round_trips_through_text(ActionPlan plan) =>
        Assert.Equal(plan, OgpJson.Deserialize<ActionPlan>(OgpJson.Serialize(plan)));

    [Property]
    public void Report_round_trips_through_text(EndOfCommitmentReport report) =>
        Assert.Equal(report, OgpJson.Deserialize<EndOfCommitmentReport>(OgpJson.Serialize(report)));

    [Property]
    public void Any_document_round_trips_through_utf8_bytes(OgpDocument document) =>
        Assert.Equal(document, OgpJson.Deserialize<OgpDocument>(OgpJson.SerializeToUtf8Bytes(document)));

    [Property(MaxTest = 50)]
    public void Any_document_round_trips_through_a_stream(OgpDocument document)
    {
        using var stream = new MemoryStream();
        OgpJson.Serialize(stream, document);
        stream.Position = 0;
        Assert.Equal(document, OgpJson.Deserialize<OgpDocument>(stream));
    }

    [Property(MaxTest = 50)]
    public void Any_document_round_trips_through_a_stream_asynchronously(OgpDocument document)
    {
        using var stream = new MemoryStream();
        OgpJson.SerializeAsync(stream, document, TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult();
        stream.Position = 0;
        var read = OgpJson.DeserializeAsync<OgpDocument>(stream, TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult();
        Assert.Equal(document, read);
    }

    [Property]
    public void Writing_is_canonical_writing_what_was_read_gives_the_same_text(OgpDocument document)
    {
        var first = OgpJson.Serialize(document);
        Assert.Equal(first, OgpJson.Serialize(OgpJson.Deserialize(first)));
    }

    [Property(MaxTest = 50)]
    public void A_compact_writer_gives_the_same_document(OgpDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            OgpJson.Serialize(writer, document);
        }

        var compact = Encoding.UTF8.GetString(stream.ToArray());
        Assert.DoesNotContain("\n", compact);
        Assert.Equal(document, OgpJson.Deserialize(compact));
    }

    [Property]
    public void Documents_with_the_same_content_are_equal_and_hash_alike(OgpDocument document)
    {
        var copy = OgpJson.Deserialize(OgpJson.Serialize(document));
        Assert.NotSame(document, copy);
        Assert.Equal(document.GetHashCode(), copy.GetHashCode());
    }

    [Property]
    public void A_commitment_round_trips_alone_through_its_type_info(Commitment commitment)
    {
        var json = JsonSerializer.Serialize(commitment, OgpJson.GetTypeInfo<Commitment>());
        Assert.Equal(commitment, JsonSerializer.Deserialize(json, OgpJson.GetTypeInfo<Commitment>()));
    }
}
