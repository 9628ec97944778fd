using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Mapping;
using Xunit;

namespace OpenGov.Model.Tests.Csv;

public class CsvReaderTests
{
    [Fact]
    public void Rows_come_one_at_a_time()
    {
        using var input = OgpReader.OpenFile(RealExtractTests.ExtractPath);

        using var rows = input.ReadRecords().GetEnumerator();
        Assert.True(rows.MoveNext());
        Assert.Equal(CommitmentId.Parse("AL0002"), rows.Current.Record.Commitment.Id);
        Assert.Equal(0, rows.Current.Origin.Row);
        Assert.Equal(2, rows.Current.Origin.Line);
        Assert.True(rows.MoveNext());
        Assert.Equal(1, rows.Current.Origin.Row);
    }

    [Fact]
    public async Task Rows_come_asynchronously_too()
    {
        await using var input = await OgpReader.OpenAsync(File.OpenRead(RealExtractTests.ExtractPath), new OgpReaderOptions { InputName = "extract" }, TestContext.Current.CancellationToken);
        var count = 0;
        await foreach (var row in input.ReadRecordsAsync(TestContext.Current.CancellationToken))
        {
            Assert.NotNull(row.Record.Commitment.Id);
            count++;
        }

        Assert.Equal(558, count);
    }

    [Fact]
    public void The_rows_are_read_once() =>
        Assert.Throws<InvalidOperationException>(() =>
        {
            using var input = OgpReader.OpenText("Commitment Unique Identifier\nAL0001\n");
            _ = input.ReadRecords().ToList();
            _ = input.ReadRecords().ToList();
        });

    [Fact]
    public void A_file_without_the_identity_column_gives_one_error_and_no_row()
    {
        var import = Imports.Csv("Country/Locality,Region\nAlbania,Europe\n", "no-id.csv");

        Assert.Empty(import.Dataset.Records);
        Assert.Equal("OGP500", Assert.Single(import.Findings).Code);
    }

    [Fact]
    public void Unreadable_cells_are_findings_with_line_and_column()
    {
        const string Csv = "Commitment Unique Identifier,Full Text,Code\nAL0001,\"two\nlines\",ALB\nAL-2,x,ALB\n";

        var import = Imports.Csv(Csv, null);

        var finding = Assert.Single(import.Findings);
        Assert.Equal("OGP501", finding.Code);
        Assert.Equal(4, finding.Line);
        Assert.Equal(1, finding.Column);
        Assert.Equal("/records/1/commitment/id", finding.Path);
    }

    [Fact]
    public void Crlf_and_lf_read_the_same()
    {
        const string Csv = "Commitment Unique Identifier,Full Text\nAL0001,\"a\nb\"\nAL0002,c\n";

        var lf = Imports.Csv(Csv, null).Dataset.Records;
        var crlf = Imports.Csv(Csv.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("a\r\nb", "a\nb", StringComparison.Ordinal), null).Dataset.Records;

        Assert.Equal(lf, crlf);
        Assert.Equal("a\nb", lf[0].Commitment.FullText);
    }

    [Fact]
    public void A_dataset_made_in_code_is_written_in_the_canonical_order()
    {
        var dataset = new CommitmentDataset { Records = [new DatasetRecord { Commitment = new Commitment { Id = CommitmentId.Parse("AL0001"), Title = "e-Acts, phase 2" } }] };
        var written = new StringWriter();

        DatasetCsvWriter.Write(dataset, written);

        var (headers, rows) = RealExtractTests.ReadRaw(written.ToString());
        Assert.Equal(DatasetRowMapper.CanonicalHeaders, headers);
        Assert.Equal("e-Acts, phase 2", rows[0][headers.IndexOf("Commitment Title")]);
        Assert.Equal(dataset.Records[0].Commitment with { Assessment = null }, Imports.Csv(written.ToString(), null).Dataset.Records[0].Commitment with { Assessment = null, PolicyAreas = ValueDictionary<PolicyArea, Recorded<bool>>.Empty, Theme = null, ShortTitle = null, FullText = null, LeadInstitution = null, SupportingInstitutions = null, Url = null });
    }

    private static readonly string[] Texts = ["", "x", "NA", "ND", "1", "0", "Europe", "Complete", "a,b", "say \"hi\"", "two\nlines", "  space ", "é ñ 漢"];

    [Fact]
    public void A_row_of_one_empty_cell_is_written_so_that_it_reads_back_as_a_row()
    {
        var import = Imports.Csv("Commitment Unique Identifier\r\nComplete\r\n\"\"\r\nND\r\n", null);
        var written = new StringWriter();
        DatasetCsvWriter.Write(import.Dataset, written);

        Assert.Equal(3, import.Dataset.Records.Count);
        Assert.Equal("Commitment Unique Identifier\r\nComplete\r\n\"\"\r\nND\r\n", written.ToString());
        Assert.Equal(3, Imports.Csv(written.ToString(), null).Dataset.Records.Count);
    }

    [Property(MaxTest = 100)]
    public Property Any_cells_under_any_headers_write_back_as_they_were() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements("Commitment Unique Identifier", "Region", "Completion (End Of Term)", "Full Text", "Notes", "Start Date", "_OpenGovernment", "Open Data"), 4)
                .Select(h => new[] { "Commitment Unique Identifier" }.Concat(h.Distinct().Where(x => x != "Commitment Unique Identifier")).ToArray())
                .SelectMany(headers => Gen.ArrayOf(Gen.ArrayOf(Gen.Elements(Texts), headers.Length), 3).Select(rows => (headers, rows)))
                .ToArbitrary(),
            sample =>
            {
                var (headers, rows) = sample;
                var csv = new StringBuilder(string.Join(",", headers.Select(RealExtractTests.Quote))).Append("\r\n");
                foreach (var row in rows)
                {
                    // A row of one empty cell is a quoted empty field: a blank line is no row.
                    csv.Append(row is [""] ? "\"\"" : string.Join(",", row.Select(RealExtractTests.Quote))).Append("\r\n");
                }

                var import = Imports.Csv(csv.ToString(), null);
                var written = new StringWriter();
                DatasetCsvWriter.Write(import.Dataset, written);

                var (writtenHeaders, writtenRows) = RealExtractTests.ReadRaw(written.ToString());
                Assert.Equal(headers, writtenHeaders);
                Assert.Equal(rows.Length, writtenRows.Count);
                for (var i = 0; i < rows.Length; i++)
                {
                    Assert.Equal(rows[i], writtenRows[i]);
                }
            });
}
