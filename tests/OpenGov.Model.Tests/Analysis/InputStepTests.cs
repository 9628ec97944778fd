using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using OpenGov.Model.Analysis;
using Xunit;

namespace OpenGov.Model.Tests.Analysis;

/// <summary>A summary and a difference take the opened input, as the validator does: the step after opening needs no glue.</summary>
public class InputStepTests
{
    private static readonly string Extract = Path.Combine(AppContext.BaseDirectory, "Fixtures", "ogp-commitments-open-parliament-extract.csv");

    [Fact]
    public void A_summary_of_an_input_is_the_summary_of_its_rows_named_after_it()
    {
        using var input = OgpReader.OpenFile(Extract);
        var summary = DatasetSummary.Create(input, SummaryGrouping.Region);

        using var again = OgpReader.OpenFile(Extract);
        var expected = DatasetSummary.Create(again.ReadRecords().Select(r => r.Record), SummaryGrouping.Region, again.InputName);
        Assert.Equal(expected, summary);
        Assert.Equal(558, summary.CommitmentCount);
        Assert.Equal(again.InputName, summary.Subject);
    }

    [Fact]
    public async Task A_summary_of_an_input_as_it_arrives_is_the_same()
    {
        using var input = OgpReader.OpenFile(Extract);
        using var again = OgpReader.OpenFile(Extract);
        var options = new DatasetSummaryOptions { GroupBy = SummaryGrouping.Member };

        var summary = await DatasetSummary.CreateAsync(input, options, TestContext.Current.CancellationToken);

        Assert.Equal(DatasetSummary.Create(again, options), summary);
        Assert.Equal(input.InputName, summary.Subject);
    }

    [Fact]
    public void A_summary_of_a_dataset_document_reads_its_records()
    {
        using var csv = OgpReader.OpenFile(Extract);
        var dataset = new CommitmentDataset { Records = [.. csv.ReadRecords().Select(r => r.Record).Take(40)] };
        using var document = OgpReader.OpenText(OgpJson.Serialize(dataset), new OgpReaderOptions { InputName = "extract.json" });

        var summary = DatasetSummary.Create(document, SummaryGrouping.Overall);

        Assert.Equal(40, summary.CommitmentCount);
        Assert.Equal("extract.json", summary.Subject);
    }

    [Fact]
    public void A_difference_of_two_inputs_names_the_releases_and_compares_their_columns()
    {
        using var old = OgpReader.OpenFile(Extract, new OgpReaderOptions { InputName = "old.csv" });
        using var @new = OgpReader.OpenText(File.ReadAllText(Extract).Replace("Country/Locality", "Country or locality", StringComparison.Ordinal), new OgpReaderOptions { InputName = "new.csv" });

        var difference = DatasetDifference.Create(old, @new);

        Assert.Equal("old.csv", difference.Old);
        Assert.Equal("new.csv", difference.New);
        Assert.Equal(558, difference.NewCount);
        Assert.Empty(difference.Added);
        Assert.Empty(difference.Removed);
    }

    [Fact]
    public void A_dataset_document_that_gives_its_columns_after_its_records_is_compared_by_its_columns()
    {
        using var csv = OgpReader.OpenFile(Extract);
        var dataset = new CommitmentDataset { Records = [.. csv.ReadRecords().Select(r => r.Record).Take(30)] };
        var columns = csv.Columns;
        string LateColumns(System.Collections.Generic.IEnumerable<string> kept) =>
            "{\"kind\":\"commitment-dataset\",\"records\":" + System.Text.Json.Nodes.JsonNode.Parse(OgpJson.Serialize(dataset))!["records"]!.ToJsonString()
            + ",\"columns\":" + System.Text.Json.JsonSerializer.Serialize(kept.ToArray()) + "}";

        using var old = OgpReader.OpenText(LateColumns(columns), new OgpReaderOptions { InputName = "old.json" });
        using var @new = OgpReader.OpenText(LateColumns(columns.Take(columns.Count - 2)), new OgpReaderOptions { InputName = "new.json" });

        var difference = DatasetDifference.Create(old, @new);

        Assert.Equal(2, difference.ColumnsRemoved.Count);
    }

    [Fact]
    public void An_input_that_holds_no_dataset_is_refused_with_what_it_is()
    {
        using var report = OgpReader.OpenFile(Fixture.MexicoReportJsonPath);
        var e = Assert.Throws<ArgumentException>(() => DatasetSummary.Create(report, SummaryGrouping.Overall));
        Assert.Contains("end-of-commitment-report", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_read_only_in_part_gives_no_summary_and_no_difference()
    {
        var lines = File.ReadAllLines(Extract);
        var text = lines[0] + "\n" + lines[1] + "\n" + lines[2][..10] + new string('x', 5000) + lines[2][10..] + "\n" + lines[3] + "\n";
        var limits = new OgpReaderOptions { MaxRecordLength = 4096 };

        using var input = OgpReader.OpenText(text, limits);
        Assert.Throws<OgpReadException>(() => DatasetSummary.Create(input, SummaryGrouping.Overall));

        using var old = OgpReader.OpenText(text, limits);
        using var @new = OgpReader.OpenFile(Extract);
        Assert.Throws<OgpReadException>(() => DatasetDifference.Create(old, @new));
    }
}
