using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FsCheck.Xunit;
using OpenGov.Model.Rendering;
using OpenGov.Model.Tests.Generators;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.Validation;

public class ValidationOptionsTests
{
    private static readonly EndOfCommitmentReport Mexico = OgpJson.Deserialize<EndOfCommitmentReport>(Fixture.Read(Fixture.MexicoReportJsonPath));

    [Fact]
    public void A_code_switched_off_reports_nothing()
    {
        var result = new OgpValidator(new ValidationOptions { DisabledCodes = ["OGP121", "ogp120"] }).Validate(Mexico);

        Assert.Equal(["OGP110", "OGP114", "OGP130"], result.Findings.Select(f => f.Code));
        Assert.Equal(3, result.ErrorCount);
    }

    [Fact]
    public void A_severity_can_be_changed()
    {
        var result = new OgpValidator(new ValidationOptions { SeverityOverrides = ValueDictionary<string, FindingSeverity>.Create([new("OGP114", FindingSeverity.Info)]) }).Validate(Mexico);

        Assert.Equal(FindingSeverity.Info, result.Findings.Single(f => f.Code == "OGP114").Severity);
        Assert.Equal(8, result.ErrorCount);
        Assert.Equal(1, result.InfoCount);
    }

    [Fact]
    public void Rule_sets_can_be_picked()
    {
        var result = new OgpValidator(new ValidationOptions { RuleSets = RuleSets.Consistency | RuleSets.Values }).Validate(Mexico);

        Assert.Empty(result.Findings);
        Assert.Null(result.Completeness);
    }

    [Fact]
    public void Unknown_codes_in_the_options_are_refused() =>
        Assert.Throws<ArgumentException>(() => new OgpValidator(new ValidationOptions { DisabledCodes = ["OGP999"] }));

    [Fact]
    public void Findings_are_grouped_by_code_with_counts_and_the_first_paths()
    {
        var result = new OgpValidator(new ValidationOptions { PathsPerGroup = 2 }).Validate(Mexico);

        var group = result.Groups.Single(g => g.Rule.Code == "OGP120");
        Assert.Equal(3, group.Count);
        Assert.Equal(["/accessToInformation/degree", "/civicParticipation/degree"], group.Paths);
        Assert.Equal("Degree of result not chosen", group.Rule.Title);
        Assert.Equal(["OGP110", "OGP114", "OGP120", "OGP121", "OGP130"], result.Groups.Select(g => g.Rule.Code));
    }

    [Fact]
    public void Findings_past_the_limit_are_counted_not_kept()
    {
        var result = new OgpValidator(new ValidationOptions { MaxFindings = 4 }).Validate(Mexico);

        Assert.Equal(4, result.Findings.Count);
        Assert.Equal(5, result.FindingsLeftOut);
        Assert.Equal(9, result.ErrorCount);
        Assert.Equal(9, result.Groups.Sum(g => g.Count));
    }

    [Fact]
    public void The_report_serializes_through_the_json_entry_point()
    {
        var result = new OgpValidator().Validate(Mexico);

        var json = OgpJson.Serialize(result);
        var read = OgpJson.Deserialize<ValidationReport>(json);

        Assert.Equal(result, read);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal("validation-report", root.GetProperty("kind").GetString());
        Assert.Equal("/accessToInformation", root.GetProperty("findings")[2].GetProperty("fieldPath").GetString()![..20]);
        Assert.Equal("error", root.GetProperty("findings")[0].GetProperty("severity").GetString());
        Assert.Equal(15.0 / 24, root.GetProperty("completeness").GetProperty("ratio").GetDouble(), 10);
    }

    [Fact]
    public void The_report_writes_csv_rows_for_spreadsheets()
    {
        var report = new EndOfCommitmentReport { Completion = new CompletionAnswer { Level = Recorded<CompletionLevel>.Unrecognized("=SUM(A1), \"done\"") } };
        var result = new OgpValidator(new ValidationOptions { RuleSets = RuleSets.Values }).Validate(report);

        var lines = result.ToCsv().Split("\r\n");

        Assert.Equal(ValidationRendering.CsvHeader, lines[0]);
        Assert.StartsWith("end-of-commitment-report,OGP200,warning,structure,/completion/level,/completion/level,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",\"'=SUM(A1), \"\"done\"\"\",,,,", lines[1], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[2]);
    }

    [Fact]
    public void Field_paths_drop_the_indices()
    {
        var finding = new Finding { Path = "/records/12/commitment/milestones/0/end" };

        Assert.Equal("/records/commitment/milestones/end", finding.FieldPath);
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 150)]
    public void Every_finding_points_at_a_value_of_the_written_document(OgpDocument document)
    {
        var result = new OgpValidator().Validate(document);
        var root = JsonDocument.Parse(OgpJson.Serialize(document)).RootElement;

        Assert.All(result.Findings, f => Assert.True(Resolves(root, f.Path), $"{f.Code} at {f.Path} does not resolve."));
    }

    [Fact]
    public void A_dataset_is_validated_as_its_rows_come()
    {
        var rows = Rows(5000);

        var result = new OgpValidator().Validate(rows, "generated");

        Assert.Equal(5000, result.ItemCount);
        Assert.Equal("generated", result.Subject);
        Assert.Equal(1, rows.Enumerations);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_dataset_is_validated_asynchronously_the_same_way()
    {
        var dataset = new CommitmentDataset { Records = FsCheck.Fluent.Gen.Sample(ModelGenerators.DatasetRecord(canonical: false), 20, 5).ToValueList() };

        var sync = new OgpValidator().Validate(dataset);
        var async = await new OgpValidator().ValidateAsync(ToAsync(dataset.Records), DocumentKinds.CommitmentDataset, TestContext.Current.CancellationToken);

        Assert.Equal(sync, async);
    }

    private static async IAsyncEnumerable<DatasetRecord> ToAsync(IEnumerable<DatasetRecord> rows)
    {
        foreach (var row in rows)
        {
            await System.Threading.Tasks.Task.Yield();
            yield return row;
        }
    }

    private static CountingRows Rows(int count) => new(count);

    private sealed class CountingRows(int count) : IEnumerable<DatasetRecord>
    {
        public int Enumerations { get; private set; }

        public IEnumerator<DatasetRecord> GetEnumerator()
        {
            Enumerations++;
            for (var i = 0; i < count; i++)
            {
                yield return new DatasetRecord { Commitment = new Commitment { Id = CommitmentId.Create("AL", i), Number = i.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Resolves a JSON Pointer (RFC 6901) in a document.</summary>
    internal static bool Resolves(JsonElement root, string pointer)
    {
        var current = root;
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
