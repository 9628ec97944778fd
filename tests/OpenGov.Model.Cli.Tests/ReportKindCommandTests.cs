using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;
using static OpenGov.Model.Cli.Tests.CliRunner;

namespace OpenGov.Model.Cli.Tests;

/// <summary>The Inception Report, the Action Plan Review and the Results Report through the command line: show, validate, convert, schema.</summary>
public sealed class ReportKindCommandTests
{
    private static readonly string InceptionPage = Fixture(Path.Combine("pages", "inception-layout-b.txt"));

    private static readonly string SpanishInceptionPage = Fixture(Path.Combine("pages", "inception-spanish.txt"));

    [Fact]
    public void An_Inception_Report_page_is_shown_validated_and_converted_both_ways()
    {
        var show = Run("show", InceptionPage);
        Assert.Equal(OgpCli.Success, show.Exit);
        Assert.Contains("Inception Report", show.Output, StringComparison.Ordinal);
        Assert.Contains("Co-creation requirements: 4", show.Output, StringComparison.Ordinal);
        Assert.Contains("Commitments assessed: 2", show.Output, StringComparison.Ordinal);

        var validate = Run("validate", SpanishInceptionPage);
        Assert.Equal(OgpCli.Success, validate.Exit);
        Assert.Contains("100%", validate.Output, StringComparison.Ordinal);

        var json = Run("convert", InceptionPage, "--to", "json");
        Assert.Equal(OgpCli.Success, json.Exit);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal("inception-report", document.RootElement.GetProperty("kind").GetString());
        Assert.Equal("not-met", document.RootElement.GetProperty("requirements")[3].GetProperty("status").GetString());

        var path = Path.Combine(Path.GetTempPath(), $"ogp-inception-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, json.Output);
            var text = Run("convert", path, "--to", "text");
            Assert.Equal(OgpCli.Success, text.Exit);
            Assert.StartsWith("Inception Report – Action plan – Riverside (City), Freedonia, 2024 – 2025", text.Output, StringComparison.Ordinal);
            File.WriteAllText(path, text.Output);
            Assert.Equal(json.Output, Run("convert", path, "--to", "json").Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_Inception_Report_missing_an_answer_is_invalid()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ogp-inception-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(path, File.ReadAllText(InceptionPage).Replace("\nNo\n", "\n\n", StringComparison.Ordinal));
            var (exit, output, _) = Run("validate", path);
            Assert.Equal(OgpCli.Invalid, exit);
            Assert.Contains("OGP151", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("inception-report")]
    [InlineData("action-plan-review")]
    [InlineData("results-report")]
    public void Each_new_kind_has_its_schema(string kind)
    {
        var (exit, output, _) = Run("schema", kind);
        Assert.Equal(OgpCli.Success, exit);
        using var schema = JsonDocument.Parse(output);
        Assert.Equal(kind, schema.RootElement.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString());
    }

    [Fact]
    public void A_plan_s_review_and_results_are_assembled_from_the_dataset()
    {
        var review = Run("convert", Extract, "--to", "action-plan-review", "--plan", "AP_MNG04");
        Assert.Equal(OgpCli.Success, review.Exit);
        using (var document = JsonDocument.Parse(review.Output))
        {
            Assert.Equal("action-plan-review", document.RootElement.GetProperty("kind").GetString());
            Assert.Equal(6, document.RootElement.GetProperty("commitments").GetArrayLength());
            Assert.Equal("MN0049, MN0055", document.RootElement.GetProperty("clusters")[0].GetProperty("name").GetString());
        }

        var results = Run("convert", Extract, "--to", "results-report", "--plan", "AP_MNG04");
        Assert.Equal(OgpCli.Success, results.Exit);
        using (var document = JsonDocument.Parse(results.Output))
        {
            Assert.Equal("moderate", document.RootElement.GetProperty("commitments")[1].GetProperty("results").GetProperty("earlyResults").GetString());
        }

        var path = Path.Combine(Path.GetTempPath(), $"ogp-review-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, Run("convert", Extract, "--to", "action-plan-review", "--plan", "AP_PNG02").Output);
            var (exit, output, _) = Run("validate", path);
            Assert.Equal(OgpCli.Invalid, exit);
            Assert.Contains("OGP310", output, StringComparison.Ordinal);
            Assert.Contains("IRM Action Plan Review", Run("show", path).Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Disagreeing_rows_are_told_on_standard_error()
    {
        var (exit, _, error) = Run("convert", Extract, "--to", "action-plan-review", "--plan", "AP_LTU05");
        Assert.Equal(OgpCli.Success, exit);
        Assert.Contains("OGP314", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_disagreeing_rows_give_three_lines_on_standard_error_at_most()
    {
        using var input = OgpReader.OpenFile(Extract);
        var dataset = (CommitmentDataset)input.ReadDocument();
        var rows = dataset.Records.Where(r => r.ActionPlan.Id == ActionPlanId.Parse("AP_MNG04")).ToList();
        var path = Path.Combine(Path.GetTempPath(), $"ogp-flood-{Guid.NewGuid():N}.csv");
        try
        {
            using (var writer = new StreamWriter(path))
            {
                DatasetCsvWriter.Write(dataset with { Records = Enumerable.Repeat(rows, 20).SelectMany(r => r).ToValueList() }, writer, CsvColumnOrder.AsRead, false);
            }

            var (exit, _, error) = Run("convert", path, "--to", "action-plan-review", "--plan", "AP_MNG04");
            Assert.Equal(OgpCli.Success, exit);
            Assert.InRange(error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, 2, 3);
            Assert.Contains("more finding(s)", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--to", "action-plan-review")]
    [InlineData("--to", "results-report", "--plan", "MNG04")]
    [InlineData("--to", "json", "--plan", "AP_MNG04")]
    [InlineData("--to", "action-plan-review", "--plan", "AP_XYZ09")]
    public void A_plan_that_is_missing_or_wrong_is_refused(params string[] options)
    {
        var (exit, output, error) = Run(["convert", Extract, .. options]);
        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Empty(output);
        Assert.StartsWith("ogp: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_is_not_a_dataset_to_assemble_from()
    {
        var (exit, _, error) = Run("convert", InceptionPage, "--to", "action-plan-review", "--plan", "AP_MNG04");
        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("not a dataset", error, StringComparison.Ordinal);
    }
}
