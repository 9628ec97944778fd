using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using OpenGov.Model.Analysis;
using Xunit;
using static OpenGov.Model.Cli.Tests.CliRunner;

namespace OpenGov.Model.Cli.Tests;

public sealed class AnalysisCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ogp-analysis-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Summary_as_text_shows_shares_scores_and_the_agreement_table()
    {
        var (exit, output, error) = Run("summary", Extract);

        Assert.Equal(OgpCli.Success, exit);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("ogp-commitments-open-parliament-extract.csv · 558 commitments", output, StringComparison.Ordinal);
        Assert.Contains("High completion                                           56.4%     229     406  NR 152", output, StringComparison.Ordinal);
        Assert.Contains("IRM-based score: -1: 57  1: 72  2: 59  3: 93  4: 165  cannot tell: 112 (NR 103, ND 9)", output, StringComparison.Ordinal);
        Assert.Contains("High Ambition                                 333        12             213", output, StringComparison.Ordinal);
        Assert.Contains("disagreeing: CZ0007, ES0003, GH0017, JO0042, JO0062, LK0020, RS0026, SE0008, SL0008, UA0048, UA0049, US0036", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_as_json_is_a_dataset_summary_document_grouped_as_asked()
    {
        var (exit, output, _) = Run("summary", Extract, "--by", "region", "--format", "json");

        Assert.Equal(OgpCli.Success, exit);
        var summary = OgpJson.Deserialize<DatasetSummary>(output);
        Assert.Equal(SummaryGrouping.Region, summary.GroupedBy);
        Assert.Equal(["Africa and the Middle East", "Americas", "Asia and the Pacific", "Europe"], summary.Groups.Select(g => g.Label));
        Assert.Equal(558, summary.Groups.Sum(g => g.CommitmentCount));
        Assert.Equal(Indicators.DatasetColumns.Select(i => i.RecordedColumn), summary.Agreement.Select(a => a.Column));
        Assert.Equal(IndicatorConvention.Strict, summary.Convention);
    }

    [Fact]
    public void Summary_under_the_dataset_convention_reproduces_the_dataset_s_own_counts()
    {
        var (exit, output, _) = Run("summary", Extract, "--convention", "dataset", "--format", "json");

        Assert.Equal(OgpCli.Success, exit);
        var summary = OgpJson.Deserialize<DatasetSummary>(output);
        Assert.Equal(IndicatorConvention.Dataset, summary.Convention);

        // The extract records High Completion 1 on 229 rows and High DIOG 1 on 52, over all 558.
        var completion = summary.Overall.GetShare(Indicators.HighCompletion);
        Assert.Equal((229, 558), (completion.Numerator, completion.Denominator));
        var results = summary.Overall.GetShare(Indicators.StrongEarlyResults);
        Assert.Equal((52, 558), (results.Numerator, results.Denominator));
        Assert.Equal(558, summary.Agreement.Single(a => a.Column == "Raw Completion").Agree);
    }

    [Fact]
    public void Summary_groups_by_any_column_and_filters_by_column_values()
    {
        var (exit, output, _) = Run("summary", Extract, "--by", "national or local", "--where", "Region=europe", "--where", " Legislation = 1", "--format", "json");

        Assert.Equal(OgpCli.Success, exit);
        var summary = OgpJson.Deserialize<DatasetSummary>(output);
        Assert.Equal(SummaryGrouping.Column, summary.GroupedBy);
        Assert.Equal("national or local", summary.GroupColumn);
        Assert.Equal(["Region = europe", "Legislation = 1"], summary.Filters);
        Assert.Equal(558, summary.CommitmentCount + summary.FilteredOut);
        Assert.All(summary.Groups, g => Assert.Contains(g.Label, new[] { "National", "Legacy Local", "Other" }));
        Assert.Equal(summary.CommitmentCount, summary.Groups.Sum(g => g.CommitmentCount));
    }

    [Fact]
    public void Where_matches_labels_by_meaning_and_takes_the_grouping_words()
    {
        var (exit, output, _) = Run("summary", Extract, "--where", "completion (end of term)=Completed", "--where", "kind=national", "--format", "json");

        Assert.Equal(OgpCli.Success, exit);
        var summary = OgpJson.Deserialize<DatasetSummary>(output);

        // Of the 71 commitments the extract records Complete at the end of term, 68 are of national members.
        var complete = summary.Overall.Distributions.Single(d => d.Scale == "completion-end-of-term").Counts.Single(c => c.Token == "complete").Count;
        Assert.Equal(68, summary.CommitmentCount);
        Assert.Equal(summary.CommitmentCount, complete);
        Assert.Equal(["completion (end of term) = Completed", "National Or Local = national"], summary.Filters);
    }

    [Theory]
    [InlineData("--by", "Continent")]
    [InlineData("--where", "Continent=Europe")]
    [InlineData("--where", "Region")]
    public void Summary_refuses_a_column_the_file_does_not_have(string option, string value)
    {
        var (exit, _, error) = Run("summary", Extract, option, value);

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains(value.Split('=')[0], error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("member")]
    [InlineData("plan")]
    [InlineData("year")]
    [InlineData("kind")]
    [InlineData("overall")]
    public void Summary_groups_by_every_grouping(string by)
    {
        var (exit, output, _) = Run("summary", Extract, "--by", by, "--format", "json");

        Assert.Equal(OgpCli.Success, exit);
        var summary = OgpJson.Deserialize<DatasetSummary>(output);
        Assert.Equal(558, summary.Overall.CommitmentCount);
        Assert.Equal(by == "overall" ? 0 : 558, summary.Groups.Sum(g => g.CommitmentCount));
    }

    [Fact]
    public void Summary_as_markdown_has_a_table_per_part()
    {
        var (exit, output, _) = Run("summary", Extract, "--by", "kind", "--format", "markdown");

        Assert.Equal(OgpCli.Success, exit);
        Assert.StartsWith("# Summary of ogp-commitments-open-parliament-extract.csv", output, StringComparison.Ordinal);
        Assert.Contains("| High completion | 56.4% | 229 | 406 | NR 152 |", output, StringComparison.Ordinal);
        Assert.Contains("## IRM-based score", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_writes_a_self_contained_html_page_when_asked()
    {
        var page = Path.Combine(_directory, "summary.html");

        var (exit, _, _) = Run("summary", Extract, "--by", "region", "--html", page);

        Assert.Equal(OgpCli.Success, exit);
        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Asia and the Pacific", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        // No external asset: nothing is loaded from anywhere (the SVG namespace is a name, not a request).
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Summary_of_something_that_is_not_a_dataset_exits_2()
    {
        var (exit, output, error) = Run("summary", CanonicalReport);

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("not a commitment dataset", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_refuses_an_unknown_grouping()
    {
        var (exit, _, error) = Run("summary", Extract, "--by", "continent");

        Assert.NotEqual(OgpCli.Success, exit);
        Assert.Contains("continent", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_as_csv_has_one_row_per_commitment_with_recorded_values_beside()
    {
        var (exit, output, _) = Run("indicators", Extract);

        Assert.Equal(OgpCli.Success, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(559, lines.Count);
        Assert.StartsWith(
            "id,high-completion,High Completion,high-ambition-potential-impact,High Ambition,high-ambition-potential-for-results,strong-early-results,High DIOG,"
            + "starred-pre-2015-midterm,Starred (2015 Only),starred-pre-2015-end-of-term,starred-since-2015-midterm,Starred (Current Formula) Progress Report,"
            + "starred-since-2015-end-of-term,Starred (Current Formula) End of Term,irm-based-score,IRM-Based Score,max-star,Max star,",
            lines[0],
            StringComparison.Ordinal);
        Assert.EndsWith(",checksum,CHECKSUM,binding-constraint,Binding constraint,subnational-in-national-plan,Subnational in NAPs", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("AL0002,1,1,1,1,ND,ND,0,1,1,ND,0,0,0,ND,4,4,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",PotImp,PotImp,0,0", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("LT0004,NR,0,NR,NR,ND,ND,0,NR,NR,NR,NR,NR,NR,ND,-1,1,", StringComparison.Ordinal));
    }

    [Fact]
    public void Indicators_under_the_dataset_convention_write_the_dataset_s_markers()
    {
        var (exit, output, _) = Run("indicators", Extract, "--convention", "dataset");

        Assert.Equal(OgpCli.Success, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        var header = lines[0].Split(',');
        var row = lines.Single(l => l.StartsWith("LT0004,", StringComparison.Ordinal)).Split(',');

        // High completion not reviewed counts as 0, and raw completion writes the marker the dataset writes.
        Assert.Equal("0", row[Array.IndexOf(header, "high-completion")]);
        Assert.Equal("ND", row[Array.IndexOf(header, "raw-completion")]);
        Assert.Equal("ND", row[Array.IndexOf(header, "Raw Completion")]);
    }

    [Fact]
    public void Indicators_as_json_is_an_array_of_rows()
    {
        var (exit, output, _) = Run("indicators", Extract, "--format", "json");

        Assert.Equal(OgpCli.Success, exit);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(558, document.RootElement.GetArrayLength());
        var first = document.RootElement[0];
        Assert.Equal("AL0002", first.GetProperty("id").GetString());
        var score = first.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("indicator").GetString() == "irm-based-score");
        Assert.Equal(4, score.GetProperty("computed").GetInt32());
        Assert.Equal("agree", score.GetProperty("agreement").GetString());
    }
}
