using System;
using System.IO;
using System.Linq;
using System.Text;
using OpenGov.Model.Testing;
using Xunit;

namespace OpenGov.Model.Tests.IO;

/// <summary>
/// The reader's limits: what it holds, what it copies, how many columns it takes, and that each is told as a
/// limit (an <see cref="OgpReadException"/> or a finding) and never as something else; and that no input's
/// reading grows faster than its size, however the stream hands out its bytes.
/// </summary>
[Collection(nameof(PageReaderScalingTests))]
public sealed class ReaderLimitsTests
{
    private static readonly Lazy<string[]> Lines = new(() => File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "ogp-commitments-open-parliament-extract.csv")).Split('\n'));

    private static string Header => Lines.Value[0].TrimEnd('\r');

    private static string Row(int i) => Lines.Value[i].TrimEnd('\r');

    [Fact]
    public void A_row_over_the_limit_stops_the_reading_and_says_the_input_was_read_in_part()
    {
        var text = Header + "\n" + Row(1) + "\n" + Row(2)[..10] + new string('x', 5000) + Row(2)[10..] + "\n" + Row(3) + "\n";
        using var input = OgpReader.OpenText(text, new OgpReaderOptions { MaxRecordLength = 4096 });

        var rows = input.ReadRecords().Count();

        Assert.Equal(1, rows);
        Assert.True(input.StoppedEarly);
        Assert.Contains(input.Findings, f => f.Code == "OGP508");
    }

    [Fact]
    public void A_whole_input_is_not_said_to_be_read_in_part()
    {
        using var input = OgpReader.OpenText(Header + "\n" + Row(1) + "\n");

        Assert.Single(input.ReadRecords());
        Assert.False(input.StoppedEarly);
    }

    [Fact]
    public void A_row_with_more_cells_than_the_limit_stops_the_reading()
    {
        var text = Header + "\n" + Row(1) + "\n" + Row(2) + new string(',', 100_000) + "\n" + Row(3) + "\n";
        using var input = OgpReader.OpenText(text, new OgpReaderOptions { MaxColumns = 1000 });

        Assert.Single(input.ReadRecords());
        Assert.True(input.StoppedEarly);
        Assert.Contains(input.Findings, f => f.Code == "OGP508" && f.Message.Contains("MaxColumns", StringComparison.Ordinal));
    }

    [Fact]
    public void A_header_longer_than_64_KB_is_read_as_a_header()
    {
        var header = Header + string.Concat(Enumerable.Range(0, 3000).Select(i => ",Extra column number " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(header + "\n" + Row(1) + "\n"), 4096);
        using var input = OgpReader.Open(stream);

        Assert.Equal(InputKind.DatasetCsv, input.Kind);
        Assert.Equal(171 + 3000, input.Columns.Count);
        Assert.Single(input.ReadRecords());
    }

    [Fact]
    public void A_document_over_the_limit_is_refused_with_the_limit_named()
    {
        var json = "{\"kind\":\"action-plan\",\"commitments\":[" + string.Concat(Enumerable.Repeat("{},", 2000)) + "{}]}";
        using var input = OgpReader.OpenText(json, new OgpReaderOptions { MaxDocumentLength = 4096 });

        var e = Assert.ThrowsAny<OgpReadException>(() => input.ReadDocument());

        Assert.Contains("MaxDocumentLength", e.Message, StringComparison.Ordinal);
        Assert.Contains("4 KiB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_of_more_objects_than_the_limit_is_refused_and_strings_that_look_like_objects_are_not_counted()
    {
        var objects = "{\"kind\":\"action-plan\",\"commitments\":[" + string.Join(",", Enumerable.Repeat("{}", 200)) + "]}";
        var strings = "{\"kind\":\"action-plan\",\"title\":\"" + string.Concat(Enumerable.Repeat("{[\\\"", 200)) + "\"}";
        var options = new OgpReaderOptions { MaxDocumentObjects = 100 };

        using (var input = OgpReader.OpenText(objects, options))
        {
            var e = Assert.ThrowsAny<OgpReadException>(() => input.ReadDocument());
            Assert.Contains("MaxDocumentObjects", e.Message, StringComparison.Ordinal);
        }

        using (var input = OgpReader.OpenText(strings, options))
        {
            Assert.Equal(200 * 3, ((ActionPlan)input.ReadDocument()).Title!.Length);
        }
    }

    [Fact]
    public void Json_rows_from_a_stream_that_cannot_seek_are_copied_up_to_the_limit()
    {
        var rows = "[" + string.Join(",", Enumerable.Range(0, 200).Select(i => $"{{\"Commitment Unique Identifier\":\"AL{i:D4}\",\"Country/Locality\":\"Albania\"}}")) + "]";
        using var within = OgpReader.Open(new TrickleStream(Encoding.UTF8.GetBytes(rows), 1500));
        Assert.Equal(200, within.ReadRecords().Count());

        var e = Assert.ThrowsAny<OgpReadException>(() =>
        {
            using var over = OgpReader.Open(new TrickleStream(Encoding.UTF8.GetBytes(rows), 1500), new OgpReaderOptions { MaxSpoolLength = 2048 });
            _ = over.ReadRecords().Count();
        });
        Assert.Contains("MaxSpoolLength", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_copy_of_an_input_that_cannot_seek_has_no_name_while_it_is_read()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows removes the copy when it is closed.");
        var rows = "[" + string.Join(",", Enumerable.Range(0, 50).Select(i => $"{{\"Commitment Unique Identifier\":\"AL{i:D4}\"}}")) + "]";
        var before = Directory.GetFiles(Path.GetTempPath(), "ogp-*.spool").Length;

        using var input = OgpReader.Open(new TrickleStream(Encoding.UTF8.GetBytes(rows), 1500));
        Assert.Equal(50, input.ReadRecords().Count());

        Assert.Equal(before, Directory.GetFiles(Path.GetTempPath(), "ogp-*.spool").Length);
    }

    [Theory]
    [InlineData("[{\"Commitment Unique Identifier\":\"AL\\ud800\"}]")]
    [InlineData("[{\"Commitment Unique Identifier\":\"AL0002\",\"\\udc00\":\"x\"}]")]
    [InlineData("{\"data\":{\"\\ud800\":{}}}")]
    [InlineData("{\"kind\":\"\\ud800\"}")]
    [InlineData("{\"kind\":\"commitment-dataset\",\"records\":[{\"\\ud800\":1}]}")]
    public void A_lone_surrogate_escape_is_an_OgpReadException(string json)
    {
        Assert.ThrowsAny<OgpReadException>(() =>
        {
            using var input = OgpReader.OpenText(json);
            if (input.HasRecords)
            {
                _ = input.ReadRecords().Count();
            }
            else
            {
                input.ReadDocument();
            }
        });
    }

    /// <summary>
    /// A long row handed out 1,500 bytes a read (as a slow pipe does) is read in time that grows with its length:
    /// eight times the row takes not much more than eight times as long. The absolute figures are in the benchmarks.
    /// </summary>
    [Fact]
    public void A_long_row_from_a_stream_of_small_reads_is_read_in_linear_time() =>
        Scaling.AssertLinear(size => Header + "\n" + Row(1)[..10] + new string('y', size) + Row(1)[10..] + "\n", 500_000, text => Read(text, 1500, null));

    [Fact]
    public void A_row_of_many_empty_cells_is_read_in_linear_time() =>
        Scaling.AssertLinear(size => Header + "\n" + Row(1) + new string(',', size) + "\n", 75_000, text => Read(text, 64 * 1024, new OgpReaderOptions { MaxColumns = 1_000_000 }));

    [Fact]
    public void Json_rows_with_a_long_value_from_a_stream_of_small_reads_are_read_in_linear_time() =>
        Scaling.AssertLinear(size => "[{\"Commitment Unique Identifier\":\"AL0002\",\"Full Text\":\"" + new string('z', size) + "\"}]", 500_000, text => Read(text, 1500, null));

    [Fact]
    public void A_dataset_document_of_many_records_from_a_stream_of_small_reads_is_read_in_linear_time() =>
        Scaling.AssertLinear(size => "{\"kind\":\"commitment-dataset\",\"records\":[" + string.Join(",", Enumerable.Range(0, size).Select(i => $"{{\"commitment\":{{\"title\":\"{i}\"}}}}")) + "]}", 10_000, text => Read(text, 1500, null));

    private static void Read(string text, int chunk, OgpReaderOptions? options)
    {
        using var input = OgpReader.Open(new TrickleStream(Encoding.UTF8.GetBytes(text), chunk), options);
        foreach (var row in input.ReadRecords())
        {
            GC.KeepAlive(row);
        }
    }
}
