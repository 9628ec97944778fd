using System;
using System.IO;
using System.Text.Json;
using Xunit;
using static OpenGov.Model.Cli.Tests.CliRunner;

namespace OpenGov.Model.Cli.Tests;

public sealed class OgpCliTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ogp-cli-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Show_without_a_file_summarises_the_bundled_report()
    {
        var (exit, output, error) = Run("show");

        Assert.Equal(OgpCli.Success, exit);
        Assert.Empty(error);
        Assert.Contains("Mexico State, Mexico", output, StringComparison.Ordinal);
        Assert.Contains("Open government culture", output, StringComparison.Ordinal);
        Assert.Contains("Questions: 2 answered, 6 partly answered, 0 not answered", output, StringComparison.Ordinal);
        Assert.Contains("1.1   partly answered", output, StringComparison.Ordinal);
        Assert.Contains("Level: not answered", output, StringComparison.Ordinal);
        Assert.Contains("Choice: All of the commitment milestones were implemented as planned", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_summarises_an_action_plan()
    {
        var plan = new ActionPlanBuilder(new Member { Code = MemberCode.Parse("ALB"), Name = "Albania" }, 1, "AL")
            .AddCommitment("e-Acts")
            .Build();
        var path = WriteFile("plan.json", OgpJson.Serialize(plan));

        var (exit, output, _) = Run("show", path);

        Assert.Equal(OgpCli.Success, exit);
        Assert.Contains("AP_ALB01", output, StringComparison.Ordinal);
        Assert.Contains("AL0001   e-Acts", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_json_exits_2_with_file_line_position_and_path()
    {
        var path = WriteFile("bad.json", "{\"kind\": \"end-of-commitment-report\",\n\"completion\": {\"level\": 5}}");

        var (exit, output, error) = Run("show", path);

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Empty(output);
        Assert.StartsWith($"ogp: {path}:2:", error, StringComparison.Ordinal);
        Assert.Contains("$.completion.level", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void A_missing_file_exits_2_naming_it()
    {
        var (exit, _, error) = Run("show", Path.Combine(_directory, "absent.json"));

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("absent.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_writes_canonical_json_keeping_unknown_properties()
    {
        var path = WriteFile("report.json", """{"title": "x", "kind": "end-of-commitment-report", "completion": {"level": "Completed"}, "x-note": [1]}""");

        var (exit, output, _) = Run("convert", path, "--to", "json");

        Assert.Equal(OgpCli.Success, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("end-of-commitment-report", root.GetProperty("kind").GetString());
        Assert.Equal("complete", root.GetProperty("completion").GetProperty("level").GetString());
        Assert.Equal(1, root.GetProperty("x-note")[0].GetInt32());
    }

    [Fact]
    public void Convert_writes_to_the_output_file()
    {
        var input = WriteFile("in.json", """{"kind": "action-plan", "title": "Plan"}""");
        var target = Path.Combine(_directory, "out.json");

        var (exit, output, _) = Run("convert", input, "--to", "json", "-o", target);

        Assert.Equal(OgpCli.Success, exit);
        Assert.Empty(output);
        Assert.Equal("Plan", OgpJson.Deserialize<ActionPlan>(File.ReadAllText(target)).Title);
    }

    [Fact]
    public void Convert_to_an_unknown_format_is_wrong_usage()
    {
        var input = WriteFile("in.json", """{"kind": "action-plan"}""");

        var (exit, _, error) = Run("convert", input, "--to", "yaml");

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("yaml", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("action-plan")]
    [InlineData("end-of-commitment-report")]
    public void Schema_prints_the_schema_of_the_kind(string kind)
    {
        var (exit, output, _) = Run("schema", kind);

        Assert.Equal(OgpCli.Success, exit);
        Assert.Equal(OgpJson.GetSchema(kind), output);
    }

    [Fact]
    public void Schema_without_a_kind_prints_the_report_schema() =>
        Assert.Equal(OgpJson.GetSchema(DocumentKinds.EndOfCommitmentReport), Run("schema").Output);

    [Fact]
    public void Schema_of_an_unknown_kind_is_wrong_usage() => Assert.Equal(OgpCli.Unreadable, Run("schema", "budget").Exit);

    [Fact]
    public void An_unknown_command_is_wrong_usage()
    {
        var (exit, _, error) = Run("publish");

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("ogp --help", error, StringComparison.Ordinal);
    }

    private const string CompleteReport = """
        {
          "kind": "end-of-commitment-report",
          "evaluators": ["A. Evaluator"], "memberName": "Mexico State, Mexico", "actionPlanTitle": "Action plan",
          "commitment": {"title": "T", "objective": "O", "problem": "P"},
          "completion": {"level": "complete", "explanation": "e"},
          "implementationFactors": "f",
          "implementedAsPlanned": {"choice": "all-milestones", "explanation": "e", "evidence": [{"reference": "https://example.org/e.pdf"}]},
          "accessToInformation": {"immediateResults": ["disclose-more-information"], "degree": "major", "explanation": "e"},
          "civicParticipation": {"immediateResults": [], "degree": "not-applicable", "explanation": "e"},
          "publicAccountability": {"immediateResults": ["improve-accountability-channels"], "degree": "marginal", "explanation": "e"},
          "problemAddressed": {"choice": "yes", "explanation": "e"},
          "lessons": ["l"]
        }
        """;

    [Fact]
    public void Validate_without_a_file_checks_the_bundled_report_and_exits_1()
    {
        var (exit, output, error) = Run("validate");

        Assert.Equal(OgpCli.Invalid, exit);
        Assert.Empty(error);
        Assert.Contains("9 errors, 0 warnings, 0 infos", output, StringComparison.Ordinal);
        Assert.Contains("OGP120 error   Degree of result not chosen (3)", output, StringComparison.Ordinal);
        Assert.Contains("Completeness: 15 of 24 required items answered (63%)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_exits_0_for_a_complete_report()
    {
        var (exit, output, _) = Run("validate", WriteFile("complete.json", CompleteReport));

        Assert.Equal(OgpCli.Success, exit);
        Assert.Contains("0 errors, 0 warnings, 0 infos", output, StringComparison.Ordinal);
        Assert.Contains("Completeness: 23 of 23", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_writes_json_and_csv()
    {
        var json = Run("validate", "--format", "json").Output;
        var report = OgpJson.Deserialize<Validation.ValidationReport>(json);
        Assert.Equal(9, report.ErrorCount);
        Assert.Equal(CliInputs.BundledName, report.Subject);

        var csv = Run("validate", "-f", "csv").Output.Split("\r\n");
        Assert.Equal(Rendering.ValidationRendering.CsvHeader, csv[0]);
        Assert.Equal(11, csv.Length);
    }

    [Fact]
    public void Validate_reports_every_file_and_exits_2_when_one_is_unreadable()
    {
        var good = WriteFile("complete.json", CompleteReport);
        var bad = WriteFile("broken.json", "{\"kind\": ");

        var (exit, output, error) = Run("validate", good, bad, "--format", "json");

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("broken.json", error, StringComparison.Ordinal);
        Assert.Equal(0, OgpJson.Deserialize<Validation.ValidationReport>(output.Trim()).ErrorCount);
    }

    [Fact]
    public void Rules_lists_the_catalogue()
    {
        Assert.Contains("OGP110  error    completeness  Level of progress not chosen", Run("rules").Output, StringComparison.Ordinal);
        Assert.Equal(Rendering.RuleDocument.ToMarkdown(), Run("rules", "--format", "markdown").Output);
        Assert.StartsWith("[", Run("rules", "--format", "json").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var (exit, output, _) = Run("--help");

        Assert.Equal(OgpCli.Success, exit);
        Assert.Contains("show", output, StringComparison.Ordinal);
        Assert.Contains("convert", output, StringComparison.Ordinal);
        Assert.Contains("schema", output, StringComparison.Ordinal);
        Assert.Contains("validate", output, StringComparison.Ordinal);
        Assert.Contains("rules", output, StringComparison.Ordinal);
    }
}
