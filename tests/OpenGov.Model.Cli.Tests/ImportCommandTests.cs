using System;
using System.IO;
using System.Linq;
using Xunit;
using static OpenGov.Model.Cli.Tests.CliRunner;

namespace OpenGov.Model.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ogp-import-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Temp(string name) => Path.Combine(_directory, name);

    [Fact]
    public void A_dataset_converts_from_csv_to_json_and_back_cell_for_cell()
    {
        var json = Temp("extract.json");
        var csv = Temp("extract.csv");

        Assert.Equal(OgpCli.Success, Run("convert", Extract, "--to", "json", "-o", json).Exit);
        Assert.Equal(OgpCli.Success, Run("convert", json, "--to", "csv", "-o", csv).Exit);

        var dataset = OgpJson.Deserialize<CommitmentDataset>(File.ReadAllText(json));
        Assert.Equal(558, dataset.Records.Count);
        Assert.Equal(ReadCells(Extract), ReadCells(csv));
    }

    [Fact]
    public void Converting_a_file_to_json_reads_ambiguous_dates_in_the_order_the_file_settles_from_a_file_or_a_pipe()
    {
        var (exit, output, _) = Run("convert", Extract, "--to", "json");
        var (stdinExit, stdinOutput, _) = RunOnTerminal(File.ReadAllBytes(Extract), "convert", "-", "--to", "json");

        Assert.Equal((0, 0), (exit, stdinExit));
        var ghana = OgpJson.Deserialize<CommitmentDataset>(output).Records.Single(r => r.Commitment.Id?.ToString() == "GH0010");
        var piped = OgpJson.Deserialize<CommitmentDataset>(stdinOutput).Records.Single(r => r.Commitment.Id?.ToString() == "GH0010");

        // AP_GHA01 writes its end dates day first: 02/3/2014 is 2 March, whether the file is named or piped
        // (standard input is copied to a temporary file and read twice, as a file is).
        Assert.Equal(new NodaTime.LocalDate(2014, 3, 2), ghana.Commitment.End.Value.Start);
        Assert.Equal(ghana.Commitment.End, piped.Commitment.End);
        Assert.Equal("02/3/2014", ghana.Commitment.End.Value.SourceText);
    }

    [Fact]
    public void A_report_page_converts_to_its_canonical_json_and_back_to_text()
    {
        var (exit, output, _) = Run("convert", Page, "--to", "json");

        Assert.Equal(OgpCli.Success, exit);
        Assert.Equal(File.ReadAllText(CanonicalReport), output);

        var text = Run("convert", CanonicalReport, "--to", "text").Output;
        Assert.Equal(OgpJson.Deserialize<EndOfCommitmentReport>(File.ReadAllText(CanonicalReport)), ReadPage(text));
    }

    [Theory]
    [InlineData("es", "Informe de fin de compromiso – ")]
    [InlineData("fr", "Rapport de fin d'engagement – ")]
    [InlineData("pt", "Relatório de fim de compromisso – ")]
    public void A_report_is_written_as_a_page_in_the_language_asked_for_and_reads_back(string language, string heading)
    {
        var text = Run("convert", CanonicalReport, "--to", "text", "--language", language).Output;

        Assert.StartsWith(heading, text, StringComparison.Ordinal);
        Assert.Equal(OgpJson.Deserialize<EndOfCommitmentReport>(File.ReadAllText(CanonicalReport)), ReadPage(text));
    }

    [Theory]
    [InlineData("\"evaluators\": [\"Lima, Ana\"]")]
    [InlineData("\"lessons\": [\"First.\\n\\nSecond.\"]")]
    [InlineData("\"memberName\": \"\"")]
    [InlineData("\"implementedAsPlanned\": { \"evidence\": [{ \"reference\": \"Minutes — May 2023\" }] }")]
    public void A_report_whose_values_a_page_would_change_is_not_written_as_a_page(string property)
    {
        var report = Temp("report.json");
        File.WriteAllText(report, "{ \"kind\": \"end-of-commitment-report\", \"schemaVersion\": \"1.0\", " + property + " }");
        var page = Temp("report.txt");

        var (exit, _, error) = Run("convert", report, "--to", "text", "-o", page);

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("would read back otherwise", error, StringComparison.Ordinal);
        Assert.False(File.Exists(page));
    }

    [Fact]
    public void A_language_pages_are_not_written_in_is_refused()
    {
        var (exit, _, error) = Run("convert", CanonicalReport, "--to", "text", "--language", "de");

        Assert.NotEqual(OgpCli.Success, exit);
        Assert.Contains("de", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kind_of_input_is_told_from_the_content_not_the_name()
    {
        var misnamed = Temp("report.csv");
        File.Copy(Page, misnamed);

        var (exit, output, _) = Run("convert", misnamed, "--to", "json");

        Assert.Equal(OgpCli.Success, exit);
        Assert.Contains("\"kind\": \"end-of-commitment-report\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_conversion_that_does_not_fit_the_input_is_refused()
    {
        var (exit, _, error) = Run("convert", CanonicalReport, "--to", "csv");

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("csv and xlsx are for datasets", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_of_no_known_kind_is_unreadable()
    {
        var path = Temp("notes.txt");
        File.WriteAllText(path, "just some notes\nand more");

        var (exit, _, error) = Run("validate", path);

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("Cannot tell what this is", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validating_the_extract_reports_its_one_error_with_line_and_column()
    {
        var (exit, output, error) = Run("validate", Extract);

        Assert.Equal(OgpCli.Invalid, exit);
        Assert.Empty(error);
        Assert.Contains("558 items validated", output, StringComparison.Ordinal);
        Assert.Contains("1 error, ", output, StringComparison.Ordinal);
        Assert.Contains("/records/90/commitment/assessment/design/verifiable (line 2832, column 111)", output, StringComparison.Ordinal);
        Assert.Contains("OGP503 info    Header spelled differently (1)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validating_a_page_gives_the_findings_of_the_canonical_report()
    {
        var page = Run("validate", Page, "--format", "json").Output;
        var json = Run("validate", CanonicalReport, "--format", "json").Output;

        var fromPage = OgpJson.Deserialize<Validation.ValidationReport>(page);
        var fromJson = OgpJson.Deserialize<Validation.ValidationReport>(json);
        Assert.Equal(fromJson.Findings, fromPage.Findings);
        Assert.Equal(fromJson.Completeness, fromPage.Completeness);
    }

    [Fact]
    public void Rows_exported_as_json_are_validated_and_shown()
    {
        var path = Temp("rows.json");
        File.WriteAllText(path, """[{"Commitment Unique Identifier": "AL0002", "Country/Locality": "Albania", "Code": "ALB", "Region": "Europe"}]""");

        Assert.Equal(OgpCli.Success, Run("validate", path).Exit);
        Assert.Contains("Commitments: 1", Run("show", path).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_progress_is_written_when_standard_error_is_not_a_terminal()
    {
        var error = Run("convert", Extract, "--to", "json", "-o", Temp("x.json")).Error;

        Assert.Empty(error);
    }

    [Fact]
    public void Progress_is_written_when_asked()
    {
        var error = new StringWriter();
        var rows = string.Join("\n", Enumerable.Range(1, 2500).Select(i => "AL" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)));
        var path = Temp("many.csv");
        File.WriteAllText(path, "Commitment Unique Identifier\n" + rows + "\n");

        Assert.Equal(OgpCli.Success, OgpCli.Run(["convert", path, "--to", "json", "-o", Temp("many.json")], new StringWriter(), error, progress: true, TestContext.Current.CancellationToken));
        Assert.Contains("2,000 rows", error.ToString(), StringComparison.Ordinal);
    }

    private static EndOfCommitmentReport ReadPage(string text)
    {
        using var input = Model.OgpReader.OpenText(text);
        return input.ReadDocument<EndOfCommitmentReport>();
    }

    private static string[][] ReadCells(string path)
    {
        using var reader = Sylvan.Data.Csv.CsvDataReader.Create(path, new Sylvan.Data.Csv.CsvDataReaderOptions { HasHeaders = false, Delimiter = ',', MaxBufferSize = 0x4000000 });
        var rows = new System.Collections.Generic.List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.RowFieldCount).Select(reader.GetString).ToArray());
        }

        return rows.ToArray();
    }
}
