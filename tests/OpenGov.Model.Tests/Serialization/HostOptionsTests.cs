using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OpenGov.Model.Analysis;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.Serialization;

/// <summary>
/// A host that chains the library's resolver into its own options (as ASP.NET Core apps do) reads and
/// writes every document kind exactly as <see cref="OgpJson"/> does.
/// </summary>
public class HostOptionsTests
{
    private static readonly EndOfCommitmentReport Report = OgpJson.Deserialize<EndOfCommitmentReport>(File.ReadAllText(Fixture.MexicoReportJsonPath));

    private static readonly CommitmentDataset Dataset = ReadDataset();

    public static TheoryData<string> Chains => new("ConfigureForOgp on web defaults", "resolver inserted by hand", "resolver alone");

    [Theory]
    [MemberData(nameof(Chains))]
    public void Every_document_kind_reads_and_writes_as_through_OgpJson(string chain)
    {
        var options = Options(chain);
        var validation = new OgpValidator().Validate(Report);
        var summary = DatasetSummary.Create(Dataset.Records, SummaryGrouping.Region, "extract");
        var plan = new ActionPlan { Id = ActionPlanId.Parse("AP_ALB01"), Commitments = [.. Dataset.Records.Take(3).Select(r => r.Commitment)] };

        RoundTrips(Report, options);
        RoundTrips(Dataset, options);
        RoundTrips(validation, options);
        RoundTrips(summary, options);
        RoundTrips(plan, options);
        RoundTrips(Report.Commitment, options);
    }

    [Fact]
    public void Plain_options_keep_serializing_the_hosts_own_types()
    {
        var options = new JsonSerializerOptions().ConfigureForOgp();
        var commitment = Dataset.Records[0].Commitment;
        var message = new HostMessage { Name = "batch", Commitments = [commitment] };

        var json = JsonSerializer.Serialize(message, options);
        var read = JsonSerializer.Deserialize<HostMessage>(json, options)!;

        Assert.Equal("batch", read.Name);
        Assert.Equal(commitment, Assert.Single(read.Commitments));
    }

    [Fact]
    public void ConfigureForOgp_is_idempotent_and_refuses_read_only_options()
    {
        var options = new JsonSerializerOptions().ConfigureForOgp().ConfigureForOgp();
        Assert.Single(options.TypeInfoResolverChain, r => ReferenceEquals(r, OgpJson.TypeInfoResolver));
        Assert.Throws<InvalidOperationException>(() => OgpJson.Options.ConfigureForOgp());
        Assert.Throws<ArgumentNullException>(() => ((JsonSerializerOptions)null!).ConfigureForOgp());
    }

    public sealed class HostMessage
    {
        public string? Name { get; set; }

        public System.Collections.Generic.List<Commitment> Commitments { get; set; } = [];
    }

    private static JsonSerializerOptions Options(string chain)
    {
        switch (chain)
        {
            case "ConfigureForOgp on web defaults":
                return new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForOgp();
            case "resolver inserted by hand":
                var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
                options.TypeInfoResolverChain.Insert(0, OgpJson.TypeInfoResolver);
                options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
                return options;
            default:
                return new JsonSerializerOptions { TypeInfoResolver = OgpJson.TypeInfoResolver };
        }
    }

    private static void RoundTrips<T>(T value, JsonSerializerOptions options)
        where T : notnull
    {
        var expected = JsonSerializer.Serialize(value, OgpJson.GetTypeInfo<T>());
        var written = JsonSerializer.Serialize(value, options);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(written)), $"{typeof(T).Name} is written differently through the host's options");
        Assert.Equal(value, JsonSerializer.Deserialize<T>(written, options));
        Assert.Equal(value, JsonSerializer.Deserialize<T>(expected, options));
    }

    private static CommitmentDataset ReadDataset()
    {
        using var input = OgpReader.OpenFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ogp-commitments-open-parliament-extract.csv"));
        return new CommitmentDataset { Records = [.. input.ReadRecords().Select(r => r.Record).Take(60)] };
    }
}
