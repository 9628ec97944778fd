using System;
using System.IO;
using System.Text;
using OpenGov.Model.Analysis;
using Xunit;
using static OpenGov.Model.Cli.Tests.CliRunner;

namespace OpenGov.Model.Cli.Tests;

public sealed class DiffCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ogp-diff-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_release_against_itself_exits_0()
    {
        var (exit, output, _) = Run("diff", Extract, Extract);

        Assert.Equal(OgpCli.Success, exit);
        Assert.Contains("558 → 558 rows; 0 added, 0 removed, 0 changed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_rows_in_the_library_s_json_compare_equal()
    {
        var json = Path.Combine(_folder, "extract.json");
        Assert.Equal(OgpCli.Success, Run("convert", Extract, "--to", "json", "-o", json).Exit);

        var (exit, _, error) = Run("diff", Extract, json);

        Assert.True(exit == OgpCli.Success, error);
    }

    [Fact]
    public void Edits_exit_1_and_are_listed_in_every_format()
    {
        var lines = File.ReadAllText(Extract, Encoding.UTF8);
        var edited = Path.Combine(_folder, "edited.csv");
        File.WriteAllText(edited, lines.Replace("e-Acts project", "e-Acts programme", StringComparison.Ordinal), Encoding.UTF8);

        var (exit, text, _) = Run("diff", Extract, edited);
        var (jsonExit, json, _) = Run("diff", Extract, edited, "--format", "json");
        var (csvExit, csv, _) = Run("diff", Extract, edited, "--format", "csv");

        Assert.Equal((OgpCli.Invalid, OgpCli.Invalid, OgpCli.Invalid), (exit, jsonExit, csvExit));
        Assert.Contains("1 changed (1 cells)", text, StringComparison.Ordinal);
        var difference = OgpJson.Deserialize<DatasetDifference>(json);
        var change = Assert.Single(difference.Changed);
        Assert.Equal("AL0002", change.Row.Text);
        Assert.Equal("Full Text", Assert.Single(change.Fields).Column);
        Assert.Equal(2, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("change,id,column,old,new", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_input_exits_2()
    {
        var (exit, _, error) = Run("diff", Extract, Path.Combine(_folder, "missing.csv"));
        var (documentExit, _, documentError) = Run("diff", Extract, CanonicalReport);

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("missing.csv", error, StringComparison.Ordinal);
        Assert.Equal(OgpCli.Unreadable, documentExit);
        Assert.Contains("not a commitment dataset", documentError, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_for_both_releases_is_refused()
    {
        var (exit, _, error) = Run("diff", "-", "-");

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("only one of the two", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_release_read_only_in_part_exits_2_without_a_difference()
    {
        var text = File.ReadAllText(Extract, Encoding.UTF8);
        var cut = Path.Combine(_folder, "cut.csv");
        File.WriteAllText(cut, text[..(text.IndexOf("\nAR", StringComparison.Ordinal) + 1)] + "\"an open quote that never closes", Encoding.UTF8);

        var (exit, output, error) = Run("diff", Extract, cut);

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Empty(output);
        Assert.Contains("not read whole", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_are_matched_by_the_identifier_as_written_and_values_by_meaning()
    {
        var header = "Commitment Unique Identifier,Commitment Title,Start Date,Completion (End Of Term),Notes\n";
        var old = Path.Combine(_folder, "old.csv");
        var @new = Path.Combine(_folder, "new.csv");
        File.WriteAllText(old, header + "AL002,Open data,1/1/2024,Complete,a\nAL0003,Budget,NA,Limited,b\n");
        File.WriteAllText(@new, header + "AL002,Open data,2024-01-01,Completed,a\nAL0003,Budget,NA,Limited,c\n");

        var (exit, output, _) = Run("diff", old, @new, "--format", "json");

        Assert.Equal(OgpCli.Invalid, exit);
        var difference = OgpJson.Deserialize<DatasetDifference>(output);
        var change = Assert.Single(difference.Changed);
        Assert.Equal("AL0003", change.Row.Text);
        Assert.Equal(new FieldChange { Column = "Notes", Old = "b", New = "c" }, Assert.Single(change.Fields));
        Assert.Equal(0, difference.Unidentified);
    }

    [Fact]
    public void Rows_without_an_identifier_or_a_column_less_keep_the_releases_from_being_the_same()
    {
        var header = "Commitment Unique Identifier,Commitment Title,URL\n";
        var old = Path.Combine(_folder, "old.csv");
        var blank = Path.Combine(_folder, "blank.csv");
        var fewer = Path.Combine(_folder, "fewer.csv");
        File.WriteAllText(old, header + "AL0002,Open data,x\n");
        File.WriteAllText(blank, header + "AL0002,Open data,x\n,Unknown,y\n");
        File.WriteAllText(fewer, "Commitment Unique Identifier,Commitment Title\nAL0002,Open data\n");

        var (blankExit, blankOutput, _) = Run("diff", old, blank);
        var (fewerExit, fewerOutput, _) = Run("diff", old, fewer);

        Assert.Equal(OgpCli.Invalid, blankExit);
        Assert.Contains("1 rows without an identifier not compared", blankOutput, StringComparison.Ordinal);
        Assert.Equal(OgpCli.Invalid, fewerExit);
        Assert.Contains("columns only in the old release (not compared) (1):\n  URL", fewerOutput.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
