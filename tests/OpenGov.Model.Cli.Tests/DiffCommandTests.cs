using System;
using System.IO;
using System.Text;
using OpenGov.Model.Analysis;
using OpenGov.Model.Serialization;
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
        Assert.Equal("AL0002", change.Id);
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
}
