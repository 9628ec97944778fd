using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using OpenGov.Model.Mapping;
using OpenGov.Model.Validation;
using Sylvan.Data.Csv;
using Xunit;

namespace OpenGov.Model.Tests.Csv;

/// <summary>The real extract of the IRM commitment dataset: 558 commitments, 171 columns.</summary>
public class RealExtractTests
{
    internal static readonly string ExtractPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "ogp-commitments-open-parliament-extract.csv");

    private static readonly ImportResult Import = Imports.CsvFile(ExtractPath);

    private static IEnumerable<DatasetRecord> Records => Import.Dataset.Records;

    [Fact]
    public void Reads_every_row_without_an_error()
    {
        Assert.Equal(558, Import.Dataset.Records.Count);
        Assert.Equal(171, Import.Dataset.Columns.Count);
        Assert.False(Import.HasErrors);
        var finding = Assert.Single(Import.Findings);
        Assert.Equal("OGP503", finding.Code);
        Assert.Equal("Did It Open Government: Public Accountability", finding.Value);
        Assert.Equal("ogp-commitments-open-parliament-extract.csv", Import.Dataset.Source!.Title);
    }

    [Fact]
    public void Maps_every_column()
    {
        var mapper = new DatasetRowMapper(Import.Dataset.Columns);

        Assert.All(Import.Dataset.Columns, c => Assert.NotNull(DatasetRowMapper.CanonicalHeaderOf(c)));
        Assert.DoesNotContain(Records, r => r.ExtraColumns.Keys.Any(k => DatasetRowMapper.CanonicalHeaderOf(k) is null));
        Assert.True(mapper.HasIdentityColumn);
    }

    [Fact]
    public void AL0002_is_the_e_Acts_commitment_of_Albania_s_first_plan()
    {
        var al0002 = Records.Single(r => r.Commitment.Id == CommitmentId.Parse("AL0002"));

        Assert.Equal("e-Acts", al0002.Commitment.Title);
        Assert.Equal("Council of Ministers", al0002.Commitment.LeadInstitution);
        Assert.Equal("National Agency for Information Society", al0002.Commitment.SupportingInstitutions);
        Assert.Equal(2012, al0002.ActionPlan.SubmissionYear.Value);
        Assert.Equal(2014, al0002.ActionPlan.EndYear.Value);
        Assert.Equal(ActionPlanId.Parse("AP_ALB01"), al0002.ActionPlan.Id);
        Assert.Equal("Albania", al0002.Member.Name);
        Assert.Equal(MemberKind.National, al0002.Member.Kind.Value);
        Assert.Equal(Specificity.Medium, al0002.Commitment.Assessment!.Design.Specificity.Value);
        Assert.Equal(PotentialImpact.Moderate, al0002.Commitment.Assessment.Design.PotentialImpact.Value);
        Assert.Equal(CompletionLevel.Substantial, al0002.Commitment.Assessment.Implementation.CompletionMidterm.Value);
        Assert.Equal(RecordedState.NoData, al0002.Commitment.Assessment.Implementation.CompletionEndOfTerm.State);
        Assert.Equal("1.2", al0002.Commitment.Assessment.Design.Cluster.Value);
        Assert.Equal(4, al0002.Indicators.IrmBasedScore.Value);
        Assert.Equal(
            [PolicyArea.DemocratizingDecisionMaking, PolicyArea.RegulatoryGovernance, PolicyArea.OpenParliaments],
            al0002.Commitment.PolicyAreas.Where(p => p.Value == true).Select(p => p.Key));
        Assert.Equal(86, al0002.Commitment.PolicyAreas.Count);
    }

    [Fact]
    public void Seventy_one_commitments_are_complete_at_the_end_of_term() =>
        Assert.Equal(71, Records.Count(r => r.Commitment.Assessment!.Implementation.CompletionEndOfTerm == CompletionLevel.Complete));

    [Fact]
    public void Commitments_per_region_are_those_of_the_dataset()
    {
        var byRegion = Records.GroupBy(r => r.Member.Region.Value).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(255, byRegion[Region.Europe]);
        Assert.Equal(116, byRegion[Region.AsiaAndThePacific]);
        Assert.Equal(110, byRegion[Region.AfricaAndTheMiddleEast]);
        Assert.Equal(77, byRegion[Region.Americas]);
    }

    [Fact]
    public void The_quirks_of_the_dataset_are_reported_each_once()
    {
        var report = new OgpValidator().Validate(Records, "extract");
        var findings = report.Findings;

        Assert.Equal(report.Findings.Count, findings.Select(f => (f.Code, f.Path)).Distinct().Count());

        // One error in the data itself: CL0005 and CL0006 of Chile's first plan are both numbered 2.1.
        var error = Assert.Single(findings, f => f.Severity == FindingSeverity.Error);
        Assert.Equal(("OGP303", "2.1"), (error.Code, error.Value));

        // Labels that disagree with their numeric code: Not Applicable coded 2, Marginal coded 0 (twice),
        // Not Applicable or Did Not Change beside NR (nine rows).
        var labelCode = findings.Where(f => f.Code == "OGP216").Select(f => f.Value).ToList();
        Assert.Equal(12, labelCode.Count);
        Assert.Equal(2, labelCode.Count(v => v == "Marginal / 0"));
        Assert.Equal(1, labelCode.Count(v => v == "Not Applicable / 2"));
        Assert.Equal(8, labelCode.Count(v => v == "Not Applicable / NR"));
        Assert.Equal(1, labelCode.Count(v => v == "Did not change / NR"));

        // An Increase with a change of 0 (three rows), a No Change with 1, and No Change beside NR (five rows).
        var delta = findings.Where(f => f.Code == "OGP217").Select(f => f.Value).ToList();
        Assert.Equal(3, delta.Count(v => v == "Increase / 0"));
        Assert.Equal(1, delta.Count(v => v == "No Change / 1"));
        Assert.Equal(5, delta.Count(v => v == "No Change / NR"));
        Assert.Equal(9, delta.Count);

        // A 1 in the Yes/No column Verifiable.
        var verifiable = Assert.Single(findings, f => f.Code == "OGP200");
        Assert.Equal("1", verifiable.Value);
        Assert.EndsWith("/commitment/assessment/design/verifiable", verifiable.Path, StringComparison.Ordinal);

        // 2.2999999999999998 and the like, in the cluster and the commitment number.
        Assert.Contains(findings, f => f.Code == "OGP204" && f.Value == "2.2999999999999998" && f.Path.EndsWith("/design/cluster", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code == "OGP204" && f.Value == "4.0999999999999996" && f.Path.EndsWith("/commitment/number", StringComparison.Ordinal));

        // Several identifiers in one cell are read as a list.
        Assert.Contains(Records, r => r.Commitment.Assessment!.Design.ClusterCommitments.HasValue && r.Commitment.Assessment.Design.ClusterCommitments.Value.Count == 2);
    }

    [Fact]
    public void Findings_of_a_validation_point_at_their_line_and_column()
    {
        using var input = OgpReader.OpenFile(ExtractPath);
        var records = input.ReadRecords().ToList();

        var report = new OgpValidator().Validate(records, input.InputName, input.Findings);

        // LT0033 starts at line 2786; its Verifiable cell, after a Full Text of 47 lines, at line 2832.
        var verifiable = Assert.Single(report.Findings, f => f.Code == "OGP200");
        Assert.Equal(2832, verifiable.Line);
        Assert.Equal(111, verifiable.Column);
        Assert.Equal(CommitmentId.Parse("LT0033"), records[90].Record.Commitment.Id);
        Assert.Equal(2786, records[90].Origin.Line);
        Assert.All(report.Findings, f => Assert.NotNull(f.Line));
    }

    [Fact]
    public void Writing_back_keeps_every_cell_and_every_column()
    {
        var written = new StringWriter();
        DatasetCsvWriter.Write(Import.Dataset, written);

        var (originalHeaders, originalRows) = ReadRaw(File.ReadAllText(ExtractPath));
        var (writtenHeaders, writtenRows) = ReadRaw(written.ToString());

        Assert.Equal(originalHeaders, writtenHeaders);
        Assert.Equal(originalRows.Count, writtenRows.Count);
        for (var i = 0; i < originalRows.Count; i++)
        {
            Assert.Equal(originalRows[i], writtenRows[i]);
        }
    }

    [Fact]
    public void Through_json_and_back_every_cell_is_kept()
    {
        var json = OgpJson.Serialize(Import.Dataset);
        var dataset = OgpJson.Deserialize<CommitmentDataset>(json);
        var written = new StringWriter();
        DatasetCsvWriter.Write(dataset, written);

        Assert.Equal(Import.Dataset, dataset);
        Assert.Equal(ReadRaw(File.ReadAllText(ExtractPath)).Rows, ReadRaw(written.ToString()).Rows);
    }

    [Fact]
    public void The_canonical_order_spells_the_headers_canonically_and_keeps_the_cells()
    {
        var written = new StringWriter();
        DatasetCsvWriter.Write(Import.Dataset, written, CsvColumnOrder.Canonical);

        var (headers, rows) = ReadRaw(written.ToString());
        var (originalHeaders, originalRows) = ReadRaw(File.ReadAllText(ExtractPath));

        Assert.Equal(DatasetRowMapper.CanonicalHeaders, headers);
        var colon = originalHeaders.IndexOf("Did It Open Government: Public Accountability");
        var canonical = headers.IndexOf("Did It Open Government (Public Accountability)");
        Assert.Equal(originalRows.Select(r => r[colon]), rows.Select(r => r[canonical]));
    }

    [Fact]
    public void Reading_is_tolerant_of_bom_line_ends_column_order_and_missing_or_extra_columns()
    {
        var (headers, rows) = ReadRaw(File.ReadAllText(ExtractPath));
        var order = Enumerable.Range(0, headers.Count).Reverse().Where(i => headers[i] != "Theme").ToList();
        var text = new StringBuilder();
        text.Append('\uFEFF');
        text.Append(string.Join(",", order.Select(i => Quote(headers[i])).Append("Reviewer"))).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(",", order.Select(i => Quote(row[i])).Append("ok"))).Append('\n');
        }

        var import = Imports.Csv(text.ToString(), "shuffled.csv");

        Assert.False(import.HasErrors);
        Assert.Equal(558, import.Dataset.Records.Count);
        for (var i = 0; i < 558; i++)
        {
            var expected = Import.Dataset.Records[i];
            var actual = import.Dataset.Records[i];
            Assert.Equal(expected.Commitment with { Theme = null }, actual.Commitment);
            Assert.Equal(expected.Codes, actual.Codes);
            Assert.Equal("ok", actual.ExtraColumns["Reviewer"]);
        }
    }

    internal static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    /// <summary>Reads CSV as raw strings with Sylvan, to compare cells.</summary>
    internal static (List<string> Headers, List<string[]> Rows) ReadRaw(string csv)
    {
        using var reader = CsvDataReader.Create(new StringReader(csv), new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', MaxBufferSize = 0x4000000 });
        var headers = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.RowFieldCount).Select(reader.GetString).ToArray());
        }

        return (headers, rows);
    }
}
