using System;
using System.IO;
using System.Linq;
using Xunit;
using static OpenGov.Model.Cli.Tests.CliRunner;

namespace OpenGov.Model.Cli.Tests;

/// <summary>The commands on an <c>.xlsx</c> workbook: the same answers as on the same cells as CSV.</summary>
public sealed class WorkbookCommandTests
{
    private static readonly string Workbook = Fixture(Path.Combine("workbooks", "python-zipfile.xlsx"));
    private static readonly string SameAsCsv = Fixture(Path.Combine("workbooks", "python-zipfile.csv"));

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void A_workbook_converts_as_its_csv_does(string target)
    {
        var fromXlsx = Run("convert", Workbook, "--to", target);
        var fromCsv = Run("convert", SameAsCsv, "--to", target);

        Assert.Equal((0, 0), (fromXlsx.Exit, fromCsv.Exit));
        Assert.Equal(fromCsv.Output.Replace("python-zipfile.csv", "python-zipfile.xlsx", StringComparison.Ordinal), fromXlsx.Output);
    }

    [Fact]
    public void A_dash_for_the_output_is_standard_output_never_a_file()
    {
        var dash = Path.Combine(Environment.CurrentDirectory, "-");
        File.Delete(dash);

        var toJson = Run("convert", SameAsCsv, "--to", "json", "-o", "-");
        var indicators = Run("indicators", SameAsCsv, "-o", "-");
        var workbook = Run("indicators", SameAsCsv, "--format", "xlsx", "-o", "-");

        Assert.Equal(Run("convert", SameAsCsv, "--to", "json"), toJson);
        Assert.Equal(Run("indicators", SameAsCsv), indicators);
        Assert.NotEqual(0, workbook.Exit);
        Assert.Contains("give the file with -o", workbook.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(dash));
    }

    [Fact]
    public void Validate_and_show_read_the_workbook()
    {
        var validate = Run("validate", Workbook);
        var show = Run("show", Workbook);

        Assert.Equal(Run("validate", SameAsCsv).Exit, validate.Exit);
        Assert.Contains("3 items validated", validate.Output, StringComparison.Ordinal);
        Assert.Equal(0, show.Exit);
        Assert.Contains("workbook (sheet \"Commitments\")", show.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("show")]
    [InlineData("summary")]
    [InlineData("indicators")]
    [InlineData("convert", "--to", "csv")]
    [InlineData("diff", "WORKBOOK")]
    public void Every_command_that_reads_a_dataset_takes_the_sheet(string command, params string[] rest)
    {
        string[] args = [command, Workbook, .. rest.Select(a => a == "WORKBOOK" ? Workbook : a), "--sheet", "COMMITMENTS"];
        var (exit, _, error) = Run(args);
        var (wrongExit, _, wrongError) = Run([.. args[..^1], "Other"]);

        Assert.True(exit is OgpCli.Success or OgpCli.Invalid, error);
        Assert.Equal(OgpCli.Unreadable, wrongExit);
        Assert.Contains("no sheet \"Other\"", wrongError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_the_workbook_lacks_is_an_unreadable_input_that_names_the_sheets()
    {
        var (exit, _, error) = Run("summary", Workbook, "--sheet", "Data");

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("no sheet \"Data\"", error, StringComparison.Ordinal);
        Assert.Contains("\"Commitments\"", error, StringComparison.Ordinal);
        Assert.Equal(0, Run("summary", Workbook, "--sheet", "commitments").Exit);
    }

    [Fact]
    public void The_extract_converts_to_a_workbook_and_back_cell_for_cell()
    {
        var folder = Directory.CreateTempSubdirectory("ogp-xlsx-").FullName;
        try
        {
            var workbook = Path.Combine(folder, "extract.xlsx");
            var back = Path.Combine(folder, "back.csv");

            Assert.Equal(OgpCli.Success, Run("convert", Extract, "--to", "xlsx", "-o", workbook).Exit);
            Assert.Equal(OgpCli.Success, Run("convert", workbook, "--to", "csv", "-o", back).Exit);

            Assert.Equal(Run("convert", Extract, "--to", "csv").Output, File.ReadAllText(back));
            Assert.Equal(Run("summary", Extract, "--format", "json").Output.Replace("ogp-commitments-open-parliament-extract.csv", "extract.xlsx", StringComparison.Ordinal), Run("summary", workbook, "--format", "json").Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("Commitment Unique Identifier,Commitment Title,,\r\nAL0001,x,,\r\nAL0002,,,\r\n")]
    [InlineData("Commitment Unique Identifier,Commitment Title\r\nAL0001,x\r\n,\r\nAL0002,y\r\n")]
    [InlineData("Commitment Unique Identifier,Commitment Title\r\nAL0001,x,,\r\nAL0002,y,z\r\n")]
    public void Empty_rows_and_trailing_empty_cells_survive_a_workbook(string csv)
    {
        var folder = Directory.CreateTempSubdirectory("ogp-xlsx-").FullName;
        try
        {
            var input = Path.Combine(folder, "in.csv");
            var workbook = Path.Combine(folder, "in.xlsx");
            File.WriteAllText(input, csv);

            Assert.Equal(OgpCli.Success, Run("convert", input, "--to", "xlsx", "-o", workbook).Exit);

            Assert.Equal(Run("convert", input, "--to", "csv").Output, Run("convert", workbook, "--to", "csv").Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_workbook_is_not_written_to_standard_output()
    {
        var (exit, output, error) = Run("convert", Extract, "--to", "xlsx");

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Empty(output);
        Assert.Contains("-o", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_is_not_a_workbook()
    {
        var folder = Directory.CreateTempSubdirectory("ogp-xlsx-").FullName;
        try
        {
            var (exit, _, error) = Run("convert", CanonicalReport, "--to", "xlsx", "-o", Path.Combine(folder, "report.xlsx"));

            Assert.Equal(OgpCli.Unreadable, exit);
            Assert.Contains("csv and xlsx are for datasets", error, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("validate", "Findings")]
    [InlineData("indicators", "Indicators")]
    [InlineData("diff", "Changes")]
    public void A_table_written_as_a_workbook_holds_the_cells_of_its_csv(string command, string sheet)
    {
        var folder = Directory.CreateTempSubdirectory("ogp-xlsx-").FullName;
        try
        {
            var path = Path.Combine(folder, "table.xlsx");
            string[] args = command == "diff" ? [command, Extract, Workbook] : [command, Extract];

            var csv = Run([.. args, "--format", "csv"]);
            var xlsx = Run([.. args, "--format", "xlsx", "-o", path]);

            Assert.Equal(csv.Exit, xlsx.Exit);
            Assert.Empty(xlsx.Output);
            var (name, rows) = ReadSheet(path);
            Assert.Equal(sheet, name);
            Assert.Equal(CsvRows(csv.Output), rows);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_table_as_a_workbook_needs_a_file_and_a_file_needs_the_workbook_format()
    {
        var toTerminal = Run("indicators", Extract, "--format", "xlsx");
        var textToFile = Run("indicators", Extract, "--format", "csv", "-o", Path.Combine(Path.GetTempPath(), "never-written.csv"));

        Assert.Equal((OgpCli.Unreadable, OgpCli.Unreadable), (toTerminal.Exit, textToFile.Exit));
        Assert.Contains("give the file with -o", toTerminal.Error, StringComparison.Ordinal);
        Assert.Contains("-o goes with --format xlsx", textToFile.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "never-written.csv")));
    }

    /// <summary>The rows of a CSV text, every cell as text, empty cells dropped from the end of a row.</summary>
    private static System.Collections.Generic.List<string[]> CsvRows(string text)
    {
        using var reader = Sylvan.Data.Csv.CsvDataReader.Create(new StringReader(text), new Sylvan.Data.Csv.CsvDataReaderOptions { HasHeaders = false, MaxBufferSize = 1 << 26 });
        var rows = new System.Collections.Generic.List<string[]>();
        while (reader.Read())
        {
            var cells = Enumerable.Range(0, reader.RowFieldCount).Select(reader.GetString).ToList();
            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            rows.Add([.. cells]);
        }

        return rows;
    }

    /// <summary>The name and the rows of a workbook's only sheet, read with the Open XML SDK: cells as text, gaps as empty cells, empty cells dropped from the end of a row.</summary>
    private static (string Name, System.Collections.Generic.List<string[]> Rows) ReadSheet(string path)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single();
        var part = (DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var rows = new System.Collections.Generic.List<string[]>();
        foreach (var row in part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>())
        {
            var cells = new System.Collections.Generic.List<string>();
            foreach (var cell in row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>())
            {
                var column = cell.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                cells.Add(cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty);
            }

            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            rows.Add([.. cells]);
        }

        return (sheet.Name!.Value!, rows);
    }
}
