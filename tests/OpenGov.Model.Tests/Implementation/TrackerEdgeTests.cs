using System.IO;
using System.Linq;
using OpenGov.Model.Analysis;
using OpenGov.Model.Tests.Workbooks;
using Xunit;

namespace OpenGov.Model.Tests.Implementation;

/// <summary>Trackers as people keep them: rounds out of order or written two ways, large weights, percent cells, markup, repeated and blank cells.</summary>
public sealed class TrackerEdgeTests
{
    private static ImplementationTracker Csv(string text) => (ImplementationTracker)Imports.Csv(text).Document;

    private static ImplementationStatus Rolled(ImplementationTracker tracker) => ImplementationAnalysis.RollUp(tracker.Commitments.Single()).Value;

    [Theory]
    [InlineData("Sub-commitment ID,Status (Round 10),Status (Round 2),Status (Round 1)\nUS0001.1,Complete,In Progress,Not Started\n")]
    [InlineData("Sub-commitment ID,Round,Status\nUS0001.1,Round 10,Complete\nUS0001.1,Round 2,In Progress\nUS0001.1,Round 1,Not Started\n")]
    [InlineData("Sub-commitment ID,As of,Status\nUS0001.1,2024-06,Complete\nUS0001.1,2023-12,In Progress\nUS0001.1,2023-06,Not Started\n")]
    public void Rounds_are_put_in_the_order_their_numbers_or_dates_give(string csv)
    {
        var tracker = Csv(csv);

        Assert.Equal(ImplementationStatus.Complete, Rolled(tracker));
        Assert.DoesNotContain(new Model.Validation.OgpValidator().Validate(tracker).Findings, f => f.Code == "OGP331");
    }

    [Fact]
    public void A_round_written_two_ways_is_one_round()
    {
        var tracker = Csv("Sub-commitment ID,Status (June 2023),Progress (Jun 2023),Evidence (june 2023),Status (Round 01),Status (round 1)\nUS0001.1,In Progress,40%,https://example.org/a,Complete,\n");
        var updates = tracker.Commitments.Single().Items.Single().Updates;

        Assert.Equal(["June 2023", "Round 01"], updates.Select(u => u.Round).Order());
        var june = updates.Single(u => u.Round == "June 2023");
        Assert.Equal((ImplementationStatus.InProgress, 40), (june.Status.Value, june.Progress.Value));
        Assert.Equal("https://example.org/a", Assert.Single(june.Evidence).Reference);
    }

    [Fact]
    public void A_later_round_without_a_status_does_not_undo_the_earlier_one()
    {
        var tracker = Csv("Sub-commitment ID,Round,Status,Narrative\nUS0001.1,1,Complete,\nUS0001.1,2,,Handed over\n");

        Assert.Equal(ImplementationStatus.Complete, Rolled(tracker));
        Assert.Equal(100, ImplementationAnalysis.Progress(tracker.Commitments[0].Items[0]));
        Assert.True(ImplementationAnalysis.Compare(tracker, "1", "2").Changed.All(c => c.Before == c.After));
    }

    [Fact]
    public void Weights_as_large_as_budgets_give_the_weighted_mean()
    {
        var tracker = Csv("Sub-commitment ID,Weight,Status,Progress\nUS0001.1,30000000,Complete,100\nUS0001.2,30000000,In Progress,50\n");

        Assert.Equal(75, ImplementationAnalysis.Progress(tracker.Commitments.Single()));
    }

    [Fact]
    public void A_percent_cell_of_a_workbook_is_read_as_the_percentage_it_shows()
    {
        var workbook = TestWorkbook.Write(("Tracker", [
            ["Sub-commitment ID", "Status", "Progress"],
            ["US0001.1", "Complete", new PercentCell(1)],
            ["US0001.2", "In Progress", new PercentCell(0.455, Custom: true)],
        ]));
        using var input = OgpReader.Open(new MemoryStream(workbook));
        var items = input.ReadDocument<ImplementationTracker>().Commitments.Single().Items;

        Assert.Equal(100, items[0].Updates[0].Progress);
        Assert.Equal("45.5%", items[1].Updates[0].Progress.UnrecognizedText);
    }

    [Theory]
    [InlineData("45.5%")]
    [InlineData("1.5")]
    [InlineData("0.455")]
    public void A_fraction_of_a_percent_is_kept_as_written_not_rounded(string progress)
    {
        var tracker = Csv("Sub-commitment ID,Status,Progress,Weight\nUS0001.1,In Progress," + progress + "," + progress + "\n");
        var item = tracker.Commitments.Single().Items.Single();

        Assert.Equal(progress, item.Updates[0].Progress.UnrecognizedText);
        Assert.Equal(progress, item.Weight.UnrecognizedText);
    }

    [Fact]
    public void Identifiers_in_another_case_or_with_invisible_blanks_are_the_same()
    {
        var tracker = Csv("Commitment ID,Sub-commitment ID,Round,Status\nUS0113,US0113.1,1,In Progress\nus0113,us0113.1\u200B,2,Complete\n");

        var item = tracker.Commitments.Single().Items.Single();
        Assert.Equal(2, item.Updates.Count);
        Assert.Equal("US0113.1", item.Id);
    }

    [Fact]
    public void Columns_of_one_name_and_cells_that_differ_by_round_are_all_kept()
    {
        var tracker = Csv("Sub-commitment ID,Round,Status,Note,Note,,Column 4\nUS0001.1,1,In Progress,first,second,blank header,real\nUS0001.1,2,Complete,,,,\n");
        var item = tracker.Commitments.Single().Items.Single();

        Assert.Equal("first", item.ExtraColumns["Note"]);
        Assert.Equal(["blank header", "real", "second"], item.ExtraColumns.Where(e => e.Key != "Note").Select(e => e.Value).Order());
        Assert.Equal(string.Empty, item.Updates[1].ExtraColumns["Note"]);

        using var writer = new StringWriter();
        TrackerSheetWriter.WriteCsv(tracker, writer);
        Assert.Equal(tracker, Csv(writer.ToString()));
    }

    [Fact]
    public void Evidence_cells_say_what_they_hold()
    {
        const string Csv_ = "Sub-commitment ID,Status,Evidence\n"
            + "US0001.1,Complete,N/A\n"
            + "US0001.2,Complete,\"<!-- https://hidden.example --><script>x='https://script.example'</script><a href=\"\"https://example.org/r?a=1&amp;b=2\"\">Annual report; part 2 &amp; annex</a>\"\n"
            + "US0001.3,Complete,https://a.example/1; https://b.example/2\n"
            + "US0001.4,Complete,\"Minutes; signed (docs/minutes.pdf)\"\n"
            + "US0001.5,Complete,\"&lt;a href=&quot;https://escaped.example&quot;&gt;escaped&lt;/a&gt;\"\n";
        var items = Csv(Csv_).Commitments.Single().Items;

        Assert.Equal((null, "N/A"), (Assert.Single(items[0].Updates[0].Evidence).Reference, items[0].Updates[0].Evidence[0].Description));
        var link = Assert.Single(items[1].Updates[0].Evidence);
        Assert.Equal(("https://example.org/r?a=1&b=2", "Annual report; part 2 & annex"), (link.Reference, link.Description));
        Assert.Equal(["https://a.example/1", "https://b.example/2"], items[2].Updates[0].Evidence.Select(e => e.Reference));
        Assert.Equal(("docs/minutes.pdf", "Minutes; signed"), (items[3].Updates[0].Evidence[0].Reference, items[3].Updates[0].Evidence[0].Description));
        Assert.Equal("https://escaped.example", Assert.Single(items[4].Updates[0].Evidence).Reference);

        var summary = ImplementationAnalysis.Summarize(Csv(Csv_));
        Assert.Equal(4, summary.Evidence.CompleteWithEvidence);
        Assert.Contains(new Model.Validation.OgpValidator().Validate(Csv(Csv_)).Findings, f => f.Code == "OGP332" && f.Path == "/commitments/0/items/0");
    }

    [Theory]
    [InlineData("Complete<br>")]
    [InlineData("<span>Complete</span>")]
    [InlineData("Complete&nbsp;")]
    [InlineData("Complété")]
    public void A_status_in_markup_or_another_language_is_read(string status)
    {
        Assert.Equal(ImplementationStatus.Complete, Rolled(Csv("Sub-commitment ID,Status\nUS0001.1," + status + "\n")));
    }

    [Fact]
    public void A_tracker_keyed_by_the_irm_s_identifiers_is_a_tracker()
    {
        using var input = OgpReader.OpenText("Commitment Unique Identifier,Sub-commitment ID,Status\nGE0073,GE0073.1,Complete\n");

        Assert.Equal(DocumentKinds.ImplementationTracker, input.DocumentKind);
        Assert.Equal("GE0073", input.ReadDocument<ImplementationTracker>().Commitments.Single().Reference);
    }

    [Fact]
    public void Json_rows_are_told_a_tracker_by_the_keys_of_their_first_rows()
    {
        using var input = OgpReader.OpenText("""[{"commitment_id": "US0002", "Narrative": "x"}, {"commitment_id": "US0002", "commitment_status": "Complete", "commitment_status": "Delayed"}]""");

        Assert.Equal(DocumentKinds.ImplementationTracker, input.DocumentKind);
        var updates = input.ReadDocument<ImplementationTracker>().Commitments.Single().Items.Single().Updates;
        Assert.Equal(ImplementationStatus.Complete, updates[^1].Status);
        Assert.Equal("Delayed", updates[^1].ExtraColumns["commitment_status (again)"]);
    }

    [Fact]
    public void A_diff_tells_other_cells_that_changed_and_keeps_sub_commitments_of_two_commitments_apart()
    {
        var before = Csv("Commitment ID,Sub-commitment ID,Lead agency,Status\nUS0001,X.1,GSA,Not Started\nUS0002,X.1,OMB,Not Started\n");
        var after = Csv("Commitment ID,Sub-commitment ID,Lead agency,Status\nUS0001,X.1,Treasury,Not Started\nUS0002,X.1,OMB,Complete\n");

        var difference = ImplementationAnalysis.Compare(before, after);

        Assert.Equal(2, difference.Changed.Count);
        Assert.Equal(new FieldChange { Column = "Lead agency", Old = "GSA", New = "Treasury" }, Assert.Single(difference.Changed[0].Fields));
        Assert.Equal((ImplementationStatus.NotStarted, ImplementationStatus.Complete, "US0002"), (difference.Changed[1].Before.Value, difference.Changed[1].After.Value, difference.Changed[1].Commitment));
    }

    [Fact]
    public void Statuses_no_one_knows_are_one_column_in_the_tables_of_groups()
    {
        var rows = string.Concat(Enumerable.Range(0, 300).Select(i => $"US0001.{i},status {i},theme {i}\n"));
        var summary = ImplementationAnalysis.Summarize(Csv("Sub-commitment ID,Status,Theme\n" + rows));

        Assert.All(summary.ByTheme, group => Assert.Equal(Codelist<ImplementationStatus>.Default.Entries.Count + 1, group.Statuses.Count));
        Assert.Equal(300, summary.ItemsByStatus.Count(c => c.Token.StartsWith("status ", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void A_progress_out_of_range_is_read_and_told()
    {
        var tracker = Csv("Sub-commitment ID,Status,Progress,Weight\nUS0001.1,In Progress,150,-3\n");
        var codes = new Model.Validation.OgpValidator().Validate(tracker).Findings.Select(f => (f.Code, f.Path)).ToList();

        Assert.Equal(150, tracker.Commitments[0].Items[0].Updates[0].Progress);
        Assert.Contains(("OGP203", "/commitments/0/items/0/updates/0/progress"), codes);
        Assert.Contains(("OGP203", "/commitments/0/items/0/weight"), codes);
    }
}
