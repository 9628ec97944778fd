using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using OpenGov.Model.Analysis;
using OpenGov.Model.Tests.Workbooks;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.Implementation;

/// <summary>Implementation trackers read from the sheets they are kept in, in each layout, and their roll-up.</summary>
public sealed class TrackerReadingTests
{
    private static string Tracker(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "trackers", name);

    private static ImplementationTracker Read(string name)
    {
        using var input = OgpReader.OpenFile(Tracker(name));
        Assert.Equal(DocumentKinds.ImplementationTracker, input.DocumentKind);
        Assert.False(input.HasRecords);
        return input.ReadDocument<ImplementationTracker>();
    }

    [Fact]
    public void Rows_per_round_and_status_columns_per_round_read_as_the_same_tracker()
    {
        var rounds = Read("tracker-rounds.csv");
        var columns = Read("tracker-status-columns.csv");

        Assert.Equal(rounds, columns);
        Assert.Equal(["US0101", "US0102", "US0103", "US0104", "US0105", "US0106"], rounds.Commitments.Select(c => c.Reference));
        Assert.Equal(11, rounds.Commitments.Sum(c => c.Items.Count));
        Assert.All(rounds.Commitments.SelectMany(c => c.Items), item => Assert.Equal(["Round 1", "Round 2"], item.Updates.Select(u => u.Round)));
    }

    [Fact]
    public void The_fixtures_roll_up_as_their_readme_says()
    {
        var tracker = Read("tracker-rounds.csv");
        var rolled = tracker.Commitments.ToDictionary(c => c.Reference!, ImplementationAnalysis.RollUp);
        var progress = tracker.Commitments.ToDictionary(c => c.Reference!, c => ImplementationAnalysis.Progress(c) is { } p ? (int?)Math.Round(p) : null);

        Assert.Equal(ImplementationStatus.InProgress, rolled["US0101"]);
        Assert.Equal(ImplementationStatus.Complete, rolled["US0102"]);
        Assert.Equal(ImplementationStatus.NotStarted, rolled["US0103"]);
        Assert.Equal(ImplementationStatus.Delayed, rolled["US0104"]);
        Assert.Equal(ImplementationStatus.InProgress, rolled["US0105"]);
        Assert.Equal(RecordedState.NotAnswered, rolled["US0106"].State);
        Assert.Equal([80, 100, 0, 33, 80, null], progress.Values);
    }

    [Fact]
    public void One_row_per_sub_commitment_gives_the_latest_round_s_roll_up()
    {
        var latest = Read("tracker-latest.csv");
        var rounds = Read("tracker-rounds.csv");

        Assert.Equal(rounds.Commitments.Select(ImplementationAnalysis.RollUp), latest.Commitments.Select(ImplementationAnalysis.RollUp));
        Assert.Equal(rounds.Commitments.Select(ImplementationAnalysis.Progress), latest.Commitments.Select(ImplementationAnalysis.Progress));
        Assert.All(latest.Commitments.SelectMany(c => c.Items), item => Assert.Equal(new LocalDate(2023, 12, 31), Assert.Single(item.Updates).AsOf.Value.End));
    }

    [Fact]
    public void Statuses_written_in_other_ways_are_read_and_unknown_ones_kept()
    {
        var tracker = Read("tracker-rounds.csv");
        var latest = tracker.Commitments.SelectMany(c => c.Items).ToDictionary(i => i.Id!, i => i.Updates[^1].Status);

        Assert.Equal(ImplementationStatus.NotStarted, latest["US0103.2"]);
        Assert.Equal(ImplementationStatus.Delayed, latest["US0104.1"]);
        Assert.Equal(ImplementationStatus.OnTrack, latest["US0104.2"]);
        Assert.Equal("Stalled", latest["US0106.1"].UnrecognizedText);
    }

    [Fact]
    public void Html_in_a_cell_is_read_as_text_with_its_links_kept_as_evidence()
    {
        var item = Read("tracker-rounds.csv").Commitments.Single(c => c.Reference == "US0105").Items.Single();
        var evidence = item.Updates[0].Evidence;

        Assert.Equal(2, evidence.Count);
        Assert.Contains(evidence, e => e.Reference == "https://example.gov/audits" && e.Description == "audit report");
        Assert.Contains(evidence, e => e.Reference == "press note");
    }

    [Fact]
    public void A_column_the_library_does_not_map_is_kept()
    {
        var item = Read("tracker-rounds.csv").Commitments[0].Items[0];

        Assert.Equal("kept", item.ExtraColumns["Internal note"]);
    }

    [Fact]
    public void A_later_row_that_gives_another_value_keeps_it_with_its_update()
    {
        const string Csv = "Sub-commitment ID,Lead agency,Round,Status\nUS0001.1,GSA,1,In Progress\nUS0001.1,OMB,2,Complete\n";
        var tracker = (ImplementationTracker)Imports.Csv(Csv).Document;
        var item = tracker.Commitments.Single().Items.Single();

        Assert.Equal("GSA", item.LeadAgency);
        Assert.Equal("OMB", item.Updates[1].ExtraColumns["Lead agency"]);
        Assert.Equal("US0001", tracker.Commitments[0].Reference);
    }

    public static TheoryData<string, string> Headers() => new()
    {
        { "Commitment ID", "commitment" }, { "commitment_id", "commitment" }, { "Compromiso", "commitment" },
        { "Sub-commitment ID", "item" }, { "commitment_detail_sub_id", "item" }, { "Milestone ID", "item" },
        { "Status", "status" }, { "commitment_status", "status" }, { "Estado", "status" }, { "STATUS", "status" },
        { "Theme", "theme" }, { "commitment_theme_name", "theme" },
        { "Lead agency", "agency" }, { "commitment_agency", "agency" },
        { "Evidence", "evidence" }, { "As of", "as-of" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Headers_are_matched_by_meaning(string header, string meaning)
    {
        var headers = new[] { "Sub-commitment ID", "Status", "Theme", "Lead agency", "Evidence", "As of" }.Where(h => !string.Equals(h, header, StringComparison.OrdinalIgnoreCase)).ToList();
        var idColumn = meaning is "commitment" or "item" ? header : "Sub-commitment ID";
        var statusColumn = meaning == "status" ? header : "Status";
        var columns = new List<string> { idColumn, statusColumn };
        if (meaning is not ("commitment" or "item" or "status"))
        {
            columns.Add(header);
        }

        var values = columns.Select(c => c == idColumn ? "AB0001.1" : c == statusColumn ? "Complete" : meaning switch
        {
            "evidence" => "https://example.org/e",
            "as-of" => "2024-03-31",
            _ => "X",
        });
        var csv = string.Join(",", columns) + "\n" + string.Join(",", values) + "\n";
        var tracker = (ImplementationTracker)Imports.Csv(csv).Document;
        var commitment = tracker.Commitments.Single();
        var item = commitment.Items.Single();
        var update = item.Updates.Single();

        Assert.Equal(ImplementationStatus.Complete, update.Status);
        switch (meaning)
        {
            case "commitment":
                Assert.Equal("AB0001.1", commitment.Number);
                break;
            case "item":
                Assert.Equal("AB0001.1", item.Id);
                break;
            case "theme":
                Assert.Equal("X", item.Theme);
                break;
            case "agency":
                Assert.Equal("X", item.LeadAgency);
                break;
            case "evidence":
                Assert.Equal("https://example.org/e", Assert.Single(update.Evidence).Reference);
                break;
            case "as-of":
                Assert.Equal(new LocalDate(2024, 3, 31), update.AsOf.Value.Start);
                break;
        }

        Assert.Empty(item.ExtraColumns);
    }

    [Fact]
    public void Json_rows_and_a_workbook_sheet_read_as_the_same_tracker_as_csv()
    {
        var csvText = File.ReadAllText(Tracker("tracker-rounds.csv"));
        var fromCsv = Read("tracker-rounds.csv");
        var rows = csvText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ParseLine).ToList();

        var json = new StringBuilder("[");
        for (var r = 1; r < rows.Count; r++)
        {
            json.Append(r > 1 ? "," : string.Empty).Append('{')
                .Append(string.Join(",", rows[0].Select((h, i) => System.Text.Json.JsonSerializer.Serialize(h) + ":" + System.Text.Json.JsonSerializer.Serialize(rows[r][i]))))
                .Append('}');
        }

        json.Append(']');
        using var jsonInput = OgpReader.OpenText(json.ToString());
        Assert.Equal(InputKind.DatasetJsonRows, jsonInput.Kind);
        Assert.Equal(DocumentKinds.ImplementationTracker, jsonInput.DocumentKind);
        Assert.Equal(fromCsv, jsonInput.ReadDocument());

        var workbook = TestWorkbook.Write(("Notes", [["Nothing here"]]), ("Tracker", rows.Select(row => (IReadOnlyList<object?>)row.Select(c => c.Length == 0 ? null : (object)c).ToList()).ToList()));
        using var workbookInput = OgpReader.Open(new MemoryStream(workbook));
        Assert.Equal(InputKind.DatasetWorkbook, workbookInput.Kind);
        Assert.Equal(DocumentKinds.ImplementationTracker, workbookInput.DocumentKind);
        Assert.Equal("Tracker", workbookInput.Sheet);
        Assert.Equal(fromCsv, workbookInput.ReadDocument());
    }

    [Fact]
    public void The_summary_counts_what_the_fixture_holds()
    {
        var summary = ImplementationAnalysis.Summarize(Read("tracker-rounds.csv"));
        static int Count(ValueList<CategoryCount> counts, string token) => counts.FirstOrDefault(c => c.Token == token)?.Count ?? 0;

        Assert.Equal(["Round 1", "Round 2"], summary.Rounds);
        Assert.Equal(PartialDate.Parse("2023-12-31"), summary.AsOf);
        Assert.Equal((1, 2, 1, 1, 1), (Count(summary.CommitmentsByStatus, "complete"), Count(summary.CommitmentsByStatus, "in-progress"), Count(summary.CommitmentsByStatus, "not-started"), Count(summary.CommitmentsByStatus, "delayed"), Count(summary.CommitmentsByStatus, "cannot-tell")));
        Assert.Equal(1, Count(summary.ItemsByStatus, "Stalled"));
        Assert.Equal(new EvidenceCoverage { Items = 11, WithEvidence = 2, Complete = 2, CompleteWithEvidence = 1 }, summary.Evidence);
        Assert.Equal(4, summary.ByTheme.Single(g => g.Name == "Anti-corruption").Items + summary.ByTheme.Single(g => g.Name == "Procurement").Items);
        Assert.Equal([4, 3], summary.ByRound.Select(r => Count(r.Statuses, "not-started")));

        // US0103 runs 2023-01-01 to 2024-12-31: half of it had passed at 2023-12-31, and nothing was done.
        var participation = summary.Commitments.Single(c => c.Commitment == "US0103");
        Assert.Equal((0, 50, true), (participation.Progress, participation.ExpectedProgress, participation.Behind));
        Assert.True(summary.IrmAgreement.IsEmpty);
    }

    [Fact]
    public void The_government_s_view_is_compared_with_the_irm_s_on_the_real_dataset()
    {
        // Georgia's fourth plan as the real extract assesses it: GE0073 Complete, GE0077 Limited, GE0090 Limited,
        // GE0091 Substantial at the end of term; DE0030 not reviewed at the end of term, no data at mid-term.
        const string Csv = "Commitment ID,Status\nGE0073,Complete\nGE0077,Complete\nGE0090,In Progress\nGE0091,Complete\nDE0030,Complete\nGE9999,Complete\n";
        var tracker = (ImplementationTracker)Imports.Csv(Csv).Document;
        var dataset = Imports.CsvFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ogp-commitments-open-parliament-extract.csv")).Dataset;

        var summary = ImplementationAnalysis.Summarize(tracker, null, dataset.Records, "georgia");

        var strict = summary.IrmAgreement.Single(a => a.Convention == IndicatorConvention.Strict);
        Assert.Equal(new ImplementationAgreement { Convention = IndicatorConvention.Strict, Compared = 4, BothComplete = 1, GovernmentOnly = 2, IrmOnly = 0, NeitherComplete = 1, CannotTell = 1 }, strict);
        Assert.Equal(0.5, strict.Share);
        Assert.Equal(CompletionLevel.Limited, summary.Commitments.Single(c => c.Commitment == "GE0077").IrmCompletion);
        Assert.Equal(RecordedState.NotAnswered, summary.Commitments.Single(c => c.Commitment == "GE9999").IrmCompletion.State);
    }

    [Fact]
    public void The_conventions_differ_on_a_completion_the_irm_has_not_recorded()
    {
        var tracker = new ImplementationTracker
        {
            Commitments =
            [
                new TrackedCommitment { Id = CommitmentId.Parse("AB0001"), Items = [new TrackedItem { Updates = [new ImplementationUpdate { Status = ImplementationStatus.Complete }] }] },
                new TrackedCommitment { Id = CommitmentId.Parse("AB0002"), Items = [new TrackedItem { Updates = [new ImplementationUpdate { Status = ImplementationStatus.Complete }] }] },
            ],
        };
        DatasetRecord Row(string id, Recorded<CompletionLevel> end) => new()
        {
            Commitment = new Commitment { Id = CommitmentId.Parse(id), Assessment = new IrmAssessment { Implementation = new ImplementationAssessment { CompletionEndOfTerm = end } } },
        };

        var summary = ImplementationAnalysis.Summarize(tracker, null, [Row("AB0001", CompletionLevel.Complete), Row("AB0002", Recorded<CompletionLevel>.NotAnswered)], null);

        Assert.Equal((1, 1, 0), summary.IrmAgreement.Where(a => a.Convention == IndicatorConvention.Strict).Select(a => (a.Compared, a.CannotTell, a.GovernmentOnly)).Single());
        Assert.Equal((2, 0, 1), summary.IrmAgreement.Where(a => a.Convention == IndicatorConvention.Dataset).Select(a => (a.Compared, a.CannotTell, a.GovernmentOnly)).Single());
    }

    [Fact]
    public void Two_rounds_are_compared_item_by_item()
    {
        var tracker = Read("tracker-rounds.csv");

        var difference = ImplementationAnalysis.Compare(tracker, "Round 1", "Round 2");

        Assert.Equal(7, difference.Changed.Count);
        Assert.Equal(4, difference.Unchanged);
        var audit = difference.Changed.Single(c => c.Item == "US0105.1");
        Assert.True(audit.WentBack);
        Assert.Equal((ImplementationStatus.Complete, ImplementationStatus.InProgress), (audit.Before.Value, audit.After.Value));
        Assert.Single(difference.Changed, c => c.WentBack);
        Assert.Throws<ArgumentException>("newRound", () => ImplementationAnalysis.Compare(tracker, "Round 1", "Round 3"));
    }

    [Fact]
    public void The_rules_find_what_the_fixture_holds()
    {
        var report = new OgpValidator().Validate(Read("tracker-rounds.csv"));

        Assert.Equal(
            ["OGP200", "OGP200", "OGP330", "OGP331", "OGP332"],
            report.Findings.Select(f => f.Code).Order(StringComparer.Ordinal));
        Assert.Equal("/commitments/3/items/2/id", report.Findings.Single(f => f.Code == "OGP330").Path);
        Assert.Equal(11, report.ItemCount);
    }

    [Fact]
    public void Findings_on_a_tracker_read_from_a_sheet_name_the_line_of_their_row()
    {
        using var input = OgpReader.OpenFile(Tracker("tracker-rounds.csv"));

        var findings = new OgpValidator().Validate(input).Findings;

        Assert.Equal(16, findings.Single(f => f.Code == "OGP330").Line);
        Assert.Equal(19, findings.Single(f => f.Code == "OGP331").Line);
        Assert.Equal([20, 21], findings.Where(f => f.Code == "OGP200").Select(f => f.Line));
    }

    [Fact]
    public void A_sheet_without_a_column_naming_commitments_is_told()
    {
        using var input = OgpReader.OpenText("Status,Progress\nComplete,100\n", new OgpReaderOptions { Kind = InputKind.DatasetCsv });

        // Without a column that names a commitment it is no tracker: the dataset's reader says what is missing.
        Assert.Equal(DocumentKinds.CommitmentDataset, input.DocumentKind);
    }

    private static List<string> ParseLine(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
