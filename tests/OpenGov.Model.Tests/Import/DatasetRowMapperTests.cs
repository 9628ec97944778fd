using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Mapping;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.Import;

public class DatasetRowMapperTests
{
    /// <summary>The import rules these tests make fire.</summary>
    public static readonly IReadOnlyList<string> ImportCodes = ["OGP500", "OGP501", "OGP502", "OGP503", "OGP504"];

    private static readonly DatasetRowMapper Canonical = new(DatasetRowMapper.CanonicalHeaders);

    private static string[] Row(params (string Header, string Cell)[] cells)
    {
        var row = Enumerable.Repeat(string.Empty, Canonical.Headers.Count).ToArray();
        foreach (var (header, cell) in cells)
        {
            row[Canonical.Headers.IndexOf(header)] = cell;
        }

        return row;
    }

    [Fact]
    public void The_canonical_header_has_the_171_columns_of_the_dataset()
    {
        Assert.Equal(171, DatasetRowMapper.CanonicalHeaders.Count);
        Assert.Equal(171, DatasetRowMapper.CanonicalHeaders.Select(h => h.ToUpperInvariant()).Distinct().Count());
        Assert.Empty(Canonical.HeaderFindings);
        Assert.True(Canonical.HasIdentityColumn);
    }

    [Fact]
    public void A_row_maps_into_the_model()
    {
        var record = Canonical.Read(Row(
            ("Commitment Unique Identifier", "AL0002"), ("Country/Locality", "Albania"), ("Code", "ALB"), ("Region", "Europe"),
            ("National Or Local", "National"), ("Action Plan ID", "AP_ALB01"), ("Action Plan Number", "1"), ("Commitment Number", "2"),
            ("Commitment Title", "e-Acts"), ("Start Date", "July 2014"), ("End Date", "NA"), ("Lead Institution", "Council of Ministers"),
            ("Specificity", "Medium"), ("_Specificity", "2"), ("Completion (End Of Term)", "NR"), ("Open Parliaments", "1"), ("Digital Participation", "ND"),
            ("Did It Open Government (Access To Information)", "Not Applicable"), ("Cluster Commitment ID(s)", "CL0069, CL0070")), 0);

        Assert.Equal(CommitmentId.Parse("AL0002"), record.Commitment.Id);
        Assert.Equal("2", record.Commitment.Number);
        Assert.Equal(Region.Europe, record.Member.Region.Value);
        Assert.Equal(ActionPlanId.Parse("AP_ALB01"), record.ActionPlan.Id);
        Assert.Equal(DatePrecision.Month, record.Commitment.Start.Value.Precision);
        Assert.Equal(RecordedState.NotApplicable, record.Commitment.End.State);
        Assert.Equal(Specificity.Medium, record.Commitment.Assessment!.Design.Specificity.Value);
        Assert.Equal(2, record.Codes.Specificity.Value);
        Assert.Equal(RecordedState.NotReviewed, record.Commitment.Assessment.Implementation.CompletionEndOfTerm.State);
        Assert.True(record.Commitment.PolicyAreas[PolicyArea.OpenParliaments].Value);
        Assert.Equal(RecordedState.NoData, record.Commitment.PolicyAreas[PolicyArea.DigitalParticipation].State);
        Assert.Equal(RecordedState.NotApplicable, record.Commitment.Assessment.Implementation.OpenGovernmentAccessToInformation.State);
        Assert.Equal([CommitmentId.Parse("CL0069"), CommitmentId.Parse("CL0070")], record.Commitment.Assessment.Design.ClusterCommitments.Value);
        Assert.Empty(record.ExtraColumns);
    }

    [Fact]
    public void Headers_match_whatever_their_order_case_and_punctuation()
    {
        var mapper = new DatasetRowMapper(["did it open government: public accountability", "COMMITMENT UNIQUE IDENTIFIER", "_specificity"]);

        var record = mapper.Read(["Major", "al0003", "3"], 0);

        Assert.Equal(OpenGovernmentResult.Major, record.Commitment.Assessment!.Implementation.OpenGovernmentPublicAccountability.Value);
        Assert.Equal(3, record.Codes.Specificity.Value);
        Assert.Equal(CommitmentId.Parse("AL0003"), record.Commitment.Id);
        Assert.All(mapper.HeaderFindings, f => Assert.Equal("OGP503", f.Code));
        Assert.Equal(3, mapper.HeaderFindings.Count);
    }

    [Fact]
    public void The_underscore_keeps_a_code_column_apart_from_its_label_column()
    {
        var mapper = new DatasetRowMapper(["Commitment Unique Identifier", "Specificity", "_Specificity"]);

        var record = mapper.Read(["AL0001", "High", "3"], 0);

        Assert.Equal(Specificity.High, record.Commitment.Assessment!.Design.Specificity.Value);
        Assert.Equal(3, record.Codes.Specificity.Value);
        Assert.Empty(mapper.HeaderFindings);
    }

    [Fact]
    public void Unknown_columns_are_kept_with_each_row_and_written_back()
    {
        var mapper = new DatasetRowMapper(["Commitment Unique Identifier", "Reviewer notes", "Region"]);

        var record = mapper.Read(["AL0001", "Checked, twice", "Europe"], 0);

        Assert.Equal("Checked, twice", record.ExtraColumns["Reviewer notes"]);
        Assert.Equal(["AL0001", "Checked, twice", "Europe"], mapper.Write(record));
        Assert.Empty(mapper.HeaderFindings);
    }

    [Fact]
    public void A_file_without_the_identity_column_gives_one_clear_error()
    {
        var mapper = new DatasetRowMapper(["Country/Locality", "Region"]);

        Assert.False(mapper.HasIdentityColumn);
        var finding = Assert.Single(mapper.HeaderFindings);
        Assert.Equal("OGP500", finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("Commitment Unique Identifier", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_column_is_kept_as_a_column_of_its_own()
    {
        var mapper = new DatasetRowMapper(["Commitment Unique Identifier", "Region", "region"]);

        var record = mapper.Read(["AL0001", "Europe", "Americas"], 0);

        Assert.Equal("OGP502", Assert.Single(mapper.HeaderFindings).Code);
        Assert.Equal(Region.Europe, record.Member.Region.Value);
        Assert.Equal("Americas", record.ExtraColumns["region #3"]);
        Assert.Equal(["AL0001", "Europe", "Americas"], mapper.Write(record));
    }

    [Fact]
    public void An_unreadable_identifier_is_a_finding_with_row_line_and_column_and_is_kept()
    {
        var findings = new List<Finding>();
        var mapper = new DatasetRowMapper(["Region", "Commitment Unique Identifier"]);

        var record = mapper.Read(["Europe", "AL-2"], 7, findings, line: 12);

        var finding = Assert.Single(findings);
        Assert.Equal("OGP501", finding.Code);
        Assert.Equal("/records/7/commitment/id", finding.Path);
        Assert.Equal(12, finding.Line);
        Assert.Equal(2, finding.Column);
        Assert.Equal("AL-2", finding.Value);
        Assert.Null(record.Commitment.Id);
        Assert.Equal(["Europe", "AL-2"], mapper.Write(record));
    }

    [Fact]
    public void Rows_of_another_length_are_read_and_reported()
    {
        var findings = new List<Finding>();
        var mapper = new DatasetRowMapper(["Commitment Unique Identifier", "Region"]);

        var shorter = mapper.Read(["AL0001"], 0, findings);
        var longer = mapper.Read(["AL0002", "Europe", "extra"], 1, findings);

        Assert.Equal(["OGP504", "OGP504"], findings.Select(f => f.Code));
        Assert.Equal(RecordedState.NotAnswered, shorter.Member.Region.State);
        Assert.Equal(1, shorter.CellCount);
        Assert.Equal(["extra"], longer.CellsPastHeader);
        Assert.Null(longer.CellCount);
        Assert.Equal(["AL0001"], mapper.Write(shorter));
        Assert.Equal(["AL0002", "Europe", "extra"], mapper.Write(longer));
        Assert.Equal(["AL0001", "Europe"], mapper.Write(shorter with { Member = shorter.Member with { Region = Region.Europe } }));
    }

    [Fact]
    public void An_alias_is_read_as_its_value_and_written_back_as_it_was()
    {
        var mapper = new DatasetRowMapper(["Commitment Unique Identifier", "Completion (End Of Term)", "Did It Open Government (Overall)"]);

        var record = mapper.Read(["AL0001", "Completed", "worsened"], 0);

        Assert.Equal(CompletionLevel.Complete, record.Commitment.Assessment!.Implementation.CompletionEndOfTerm.Value);
        Assert.Equal(OpenGovernmentResult.Worsened, record.Commitment.Assessment.Implementation.OpenGovernment.Value);
        Assert.Equal(["AL0001", "Completed", "worsened"], mapper.Write(record));
        Assert.Equal(["AL0001", "Complete", "Worsens"], mapper.Write(record with { ExtraColumns = ValueDictionary<string, string>.Empty }));
    }

    [Fact]
    public void Written_with_canonical_headers_a_row_keeps_its_cells()
    {
        var read = new DatasetRowMapper(["Did It Open Government: Public Accountability", "Commitment Unique Identifier", "Notes"]);
        var record = read.Read(["Not Applicable", "AL0001", "n"], 0);

        var cells = Canonical.Write(record);

        Assert.Equal("Not Applicable", cells[Canonical.Headers.IndexOf("Did It Open Government (Public Accountability)")]);
        Assert.Equal("AL0001", cells[0]);
    }

    private static readonly string[] CellTexts =
        ["", "0", "1", "2", "-1", "10", "ND", "NR", "NA", "N/A", "2014", "Medium", "High", "Complete", "Completed", "Worsens", "Did Not Change",
         "Not Applicable", "Increase", "No Change", "Europe", "Legacy Local", "AL0002", "al0002", "AP_ALB01", "ALB", "7/1/2014", "July 2014",
         "3/4/2019", "Quarter 4 2016", "43525", "Ongoing", "CL0069, CL0070", "2.2999999999999998", "B.1.A", "x", " padded ", "multi\nline", "\"quoted\", text"];

    [Property(MaxTest = 200)]
    public Property Any_row_writes_back_cell_for_cell() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements(CellTexts), Canonical.Headers.Count).ToArbitrary(),
            cells =>
            {
                var findings = new List<Finding>();
                var record = Canonical.Read(cells, 0, findings);
                Assert.Equal(cells, Canonical.Write(record));
                Assert.Equal(cells, Canonical.Write(OgpJson.Deserialize<CommitmentDataset>(OgpJson.Serialize(new CommitmentDataset { Records = [record] })).Records[0]));
            });
}
