using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;
using static OpenGov.Model.Cli.Tests.CliRunner;

namespace OpenGov.Model.Cli.Tests;

/// <summary>The commands on implementation trackers: summary, validate, diff between rounds, convert.</summary>
public sealed class TrackerCommandTests
{
    private static readonly string Rounds = Fixture(Path.Combine("trackers", "tracker-rounds.csv"));
    private static readonly string Columns = Fixture(Path.Combine("trackers", "tracker-status-columns.csv"));
    private static readonly string Latest = Fixture(Path.Combine("trackers", "tracker-latest.csv"));

    [Fact]
    public void Summary_rolls_the_commitments_up()
    {
        var (exit, output, error) = Run("summary", Rounds);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("6 commitments, 11 sub-commitments and milestones, 2 update rounds (Round 1, Round 2)", output, StringComparison.Ordinal);
        Assert.Contains("US0101      Open contracting          2         1  In Progress       80%       90%  yes", output, StringComparison.Ordinal);
        Assert.Contains("Behind the progress their dates lead one to expect: 4 commitments.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_as_json_is_an_implementation_summary_document_and_the_layouts_agree()
    {
        var rounds = Run("summary", Rounds, "--format", "json");
        var columns = Run("summary", Columns, "--format", "json");

        using var document = JsonDocument.Parse(rounds.Output);
        Assert.Equal("implementation-summary", document.RootElement.GetProperty("kind").GetString());
        Assert.Equal(rounds.Output.Replace("tracker-rounds.csv", "X", StringComparison.Ordinal), columns.Output.Replace("tracker-status-columns.csv", "X", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_compares_with_the_irm_s_dataset_and_measures_at_a_date()
    {
        var path = Path.Combine(Path.GetTempPath(), "ogp-tracker-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "Commitment ID,Status,Start date,End date\nGE0073,Complete,2018-01,2020-12\nGE0077,Complete,2018-01,2020-12\nGE0090,In Progress,2018-01,2020-12\n");
        try
        {
            var (exit, output, _) = Run("summary", path, "--irm", Extract, "--as-of", "2019-12-31", "--format", "markdown");

            Assert.Equal(0, exit);
            Assert.Contains("| strict | 3 | 67% | 1 | 1 | 0 | 1 | 0 |", output, StringComparison.Ordinal);
            Assert.Contains("expected progress as of 2019-12-31", output, StringComparison.Ordinal);
            Assert.Contains("| GE0077 |  | 1 | 1 | Complete | 100% | 67% |  | Limited |", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Summary_writes_an_html_page_and_a_workbook()
    {
        var folder = Directory.CreateTempSubdirectory("ogp-tracker-").FullName;
        try
        {
            var html = Path.Combine(folder, "summary.html");
            var workbook = Path.Combine(folder, "summary.xlsx");
            Assert.Equal(0, Run("summary", Rounds, "--html", html).Exit);
            Assert.Equal(0, Run("summary", Rounds, "--format", "xlsx", "-o", workbook).Exit);

            var page = File.ReadAllText(html);
            Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
            Assert.Contains("<svg", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
            // The workbook's one sheet is the table of commitments, which reads back as a sheet with their statuses.
            var cells = Run("convert", workbook, "--to", "json");
            Assert.Equal(0, cells.Exit);
            Assert.Contains("\"US0105\"", cells.Output, StringComparison.Ordinal);
            Assert.Contains("\"in-progress\"", cells.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Validate_tells_the_fixture_s_problems_and_fails()
    {
        var (exit, output, _) = Run("validate", Rounds, "--format", "csv");

        Assert.Equal(OgpCli.Invalid, exit);
        foreach (var code in new[] { "OGP200", "OGP330", "OGP331", "OGP332" })
        {
            Assert.Contains(code, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Diff_compares_two_rounds_of_one_tracker()
    {
        var (exit, output, _) = Run("diff", Rounds, Rounds, "--old-round", "Round 1", "--new-round", "Round 2");
        var same = Run("diff", Rounds, Columns);
        var missing = Run("diff", Rounds, Rounds, "--new-round", "Round 9");

        Assert.Equal(OgpCli.Invalid, exit);
        Assert.Contains("7 changed, 0 added, 0 removed, 4 unchanged", output, StringComparison.Ordinal);
        Assert.Contains("US0105.1: Complete → In Progress, progress 100 → 80 (went back)", output, StringComparison.Ordinal);
        Assert.Equal(OgpCli.Success, same.Exit);
        Assert.Equal(OgpCli.Unreadable, missing.Exit);
        Assert.Contains("no update of round \"Round 9\"", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_a_tracker_and_a_dataset_is_refused()
    {
        var (exit, _, error) = Run("diff", Rounds, Extract);

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("not an implementation tracker", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tracker_converts_to_csv_and_a_workbook_and_back_without_losing_a_cell()
    {
        var folder = Directory.CreateTempSubdirectory("ogp-tracker-").FullName;
        try
        {
            var csv = Path.Combine(folder, "tracker.csv");
            var workbook = Path.Combine(folder, "tracker.xlsx");
            Assert.Equal(0, Run("convert", Rounds, "--to", "csv", "-o", csv).Exit);
            Assert.Equal(0, Run("convert", csv, "--to", "xlsx", "-o", workbook).Exit);

            var fromWorkbook = Run("convert", workbook, "--to", "csv");
            var json = Run("convert", Rounds, "--to", "json").Output;

            Assert.Equal(File.ReadAllText(csv), fromWorkbook.Output);
            Assert.Equal(json, Run("convert", csv, "--to", "json").Output.Replace("tracker.csv", "tracker-rounds.csv", StringComparison.Ordinal));
            Assert.Contains("\"Internal note\": \"kept\"", json, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_latest_layout_gives_the_same_roll_up()
    {
        static string Statuses(string output) => string.Join("\n", output.Split('\n').SkipWhile(l => !l.StartsWith("Commitments", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.Length > 0).Select(l => l[..60]));

        Assert.Equal(Statuses(Run("summary", Rounds).Output), Statuses(Run("summary", Latest).Output));
    }
}
