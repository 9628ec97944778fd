using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using OpenGov.Model.Analysis;
using Sylvan.Data.Csv;
using Xunit;
using static OpenGov.Model.Cli.Tests.CliRunner;

namespace OpenGov.Model.Cli.Tests;

/// <summary>
/// The commands write what they take from the data inert: a CSV file whose cells are formulas behind
/// blanks and invisibles, full-width signs, terminal escapes, direction controls, links and math, through
/// <c>ogp indicators</c>, <c>validate -f csv</c>, <c>convert --safe-csv</c>, <c>summary -f markdown</c>,
/// <c>summary --html</c> and <c>diff</c>.
/// </summary>
public sealed class OutputSafetyCommandTests : IDisposable
{
    private static readonly string[] Payloads =
    [
        "=1+1", "+1+1", "-1+1", "@SUM(A1)", " =1+1", "\n=1+1", "\t=1+1", "\r=1+1", "\u00a0=1+1", "\u3000@SUM(A1)", "\ufeff+1+1", "\u200b-1+1", "\0=1+1",
        "\uff1d1+1", "\uff20SUM(A1)", "\uff0b1+1", "\uff0d1+1", " \t\u200b\u00a0+cmd|' /C calc'!A0", "\u2060-1+1", "\u00ad@SUM(A1)", "\u202e=1+1", "\u0085=1+1",
        "\u001b]0;owned\u0007 title", "invoice\u202egpj.exe", "a\u2066b\u2069c", "see http://evil.example/a", "go to www.evil.example", "someone@evil.example", "costs $x^2$",
    ];

    private static readonly string Recorded = Indicators.DatasetColumns[0].RecordedColumn!;

    private readonly string _directory = Directory.CreateTempSubdirectory("ogp-output-safety-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Indicators_writes_inert_cells()
    {
        var (exit, output, _) = Run("indicators", Dataset());

        Assert.Equal(OgpCli.Success, exit);
        AssertInertCsv(output);
        Assert.Contains("'\uff1d1+1", output, StringComparison.Ordinal);
        Assert.Contains("\\u001b]0;owned\\u0007 title", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_as_csv_writes_inert_cells()
    {
        var (_, output, _) = Run("validate", Dataset(), "--format", "csv");

        AssertInertCsv(output);
        Assert.Contains("\\u001b", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_with_safe_csv_writes_inert_cells_and_without_it_every_cell_as_it_was()
    {
        var path = Dataset();

        var safe = Run("convert", path, "--to", "csv", "--safe-csv").Output;
        var converted = Run("convert", path, "--to", "csv").Output;

        AssertInertCsv(safe);
        var titles = ReadCsv(converted).Skip(1).Select(r => r[Array.IndexOf(ReadCsv(converted)[0], "Commitment Title")]).ToArray();
        Assert.Equal(Payloads, titles);
    }

    [Fact]
    public void Summary_as_markdown_has_no_control_direction_link_or_math_from_the_data()
    {
        var (exit, output, _) = Run("summary", Dataset(), "--by", "Notes", "--format", "markdown");

        Assert.Equal(OgpCli.Success, exit);
        AssertNoRawControl(output, allowTab: false);
        foreach (var live in new[] { "://", "www.", "@", "$" })
        {
            Assert.DoesNotContain(live, output, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("\\\\u202e", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_as_html_has_no_control_or_direction_character_from_the_data()
    {
        var page = Path.Combine(_directory, "summary.html");

        var (exit, _, _) = Run("summary", Dataset(), "--by", "Notes", "--html", page);

        Assert.Equal(OgpCli.Success, exit);
        var html = File.ReadAllText(page);
        AssertNoRawControl(html, allowTab: false);
        Assert.Contains("invoice\\u202egpj.exe", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_shows_values_that_differ_only_by_invisible_characters_apart()
    {
        var old = Write("old.csv", ["Open data", "Jos\u00e9", "Open data"]);
        var @new = Write("new.csv", ["Open\u200b data", "Jose\u0301", "Open\u00a0data"]);

        var (exit, output, _) = Run("diff", old, @new);

        Assert.Equal(OgpCli.Invalid, exit);
        Assert.Contains("\"Open data\" → \"Open\\u200b data\"", output, StringComparison.Ordinal);
        Assert.Contains("\"Jos\u00e9\" → \"Jose\\u0301\"", output, StringComparison.Ordinal);
        Assert.Contains("\"Open data\" → \"Open\\u00a0data\"", output, StringComparison.Ordinal);
    }

    private string Dataset() => Write("payloads.csv", Payloads);

    /// <summary>A dataset with one commitment per value: the value is its title, its notes and its recorded indicator.</summary>
    private string Write(string name, string[] values)
    {
        var csv = new StringBuilder("Commitment Unique Identifier,Commitment Title,Notes,").Append(Recorded).Append("\r\n");
        for (var i = 0; i < values.Length; i++)
        {
            var cell = "\"" + values[i].Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            csv.Append("AL").Append((i + 1).ToString("0000", CultureInfo.InvariantCulture)).Append(',').Append(cell).Append(',').Append(cell).Append(',').Append(cell).Append("\r\n");
        }

        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, csv.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    private static List<string[]> ReadCsv(string csv)
    {
        using var reader = CsvDataReader.Create(new StringReader(csv), new CsvDataReaderOptions { HasHeaders = false, Delimiter = ',' });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.RowFieldCount).Select(reader.GetString)]);
        }

        return rows;
    }

    private static void AssertInertCsv(string csv)
    {
        AssertNoRawControl(csv, allowTab: true);
        foreach (var cell in ReadCsv(csv).SelectMany(r => r))
        {
            var i = 0;
            while (i < cell.Length && (char.IsWhiteSpace(cell[i]) || CharUnicodeInfo.GetUnicodeCategory(cell[i]) is UnicodeCategory.Control or UnicodeCategory.Format))
            {
                i++;
            }

            var number = double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            Assert.False(!number && i < cell.Length && cell[i] is '=' or '+' or '-' or '@' or '\uff1d' or '\uff20' or '\uff0b' or '\uff0d', "A cell a spreadsheet would run: " + cell);
        }
    }

    private static void AssertNoRawControl(string text, bool allowTab)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var allowed = c == '\n' || (allowTab && c is '\t' or '\r') || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n');
            Assert.False((char.IsControl(c) && !allowed) || c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069' or '\u200e' or '\u200f' or '\u061c', $"A raw U+{(int)c:X4} at {i}");
        }
    }
}
