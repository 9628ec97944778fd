using System;
using System.IO;
using System.Linq;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.Validation;

/// <summary>A finding names the question or field it is about apart from its message, and prints on one line.</summary>
public class FindingQuestionTests
{
    private static readonly ValidationReport Mexico =
        new OgpValidator().Validate(OgpJson.Deserialize<EndOfCommitmentReport>(File.ReadAllText(Fixture.MexicoReportJsonPath)));

    [Fact]
    public void A_finding_about_a_question_names_its_number_and_wording_and_its_message_does_not()
    {
        var level = Assert.Single(Mexico.Findings, f => f.Path == "/completion/level" && f.Code == ValidationRules.ProgressLevelMissing.Code);
        Assert.Equal("1.1", level.QuestionNumber);
        Assert.Equal(ReportQuestion.OverallProgress.GetText(), level.Question);
        Assert.DoesNotContain("1.1", level.Message, StringComparison.Ordinal);

        var access = Mexico.Findings.Where(f => f.Path.StartsWith("/accessToInformation/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(access);
        Assert.All(access, f => Assert.Equal("2.1.1", f.QuestionNumber));
    }

    [Fact]
    public void A_finding_about_a_header_field_names_the_field_without_a_number()
    {
        var report = new OgpValidator().Validate(new EndOfCommitmentReport());
        var member = Assert.Single(report.Findings, f => f.Path == "/memberName");
        Assert.Null(member.QuestionNumber);
        Assert.Equal("Member Name", member.Question);
    }

    [Fact]
    public void A_finding_about_an_Inception_question_names_the_requirement()
    {
        var report = new OgpValidator().Validate(new InceptionReport { Requirements = [new RequirementAnswer { Requirement = CoCreationRequirements.Forum.Key, Number = "1.1" }] });
        var finding = Assert.Single(report.Findings, f => f.Path == "/requirements/0/status");
        Assert.Equal("1.1", finding.QuestionNumber);
        Assert.Equal(CoCreationRequirements.Forum.Text, finding.Question);
        Assert.Equal("The question is not answered.", finding.Message);
    }

    [Fact]
    public void A_finding_about_a_dataset_row_names_the_column_as_the_sheet_heads_it()
    {
        var extract = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ogp-commitments-open-parliament-extract.csv"));
        var header = extract[0].Split(',');
        var region = Array.IndexOf(header, "Region");
        Assert.True(region >= 0);
        using var input = OpenGov.Model.OgpReader.OpenText(string.Join(",", header) + "\n" + string.Join(",", header.Select((_, i) => i == region ? "Atlantis" : string.Empty)) + "\n");

        var report = new OgpValidator().Validate(input);

        var finding = Assert.Single(report.Findings, f => f.Path == "/records/0/member/region");
        Assert.Equal("Region", finding.Question);
        Assert.Null(finding.QuestionNumber);
        Assert.All(report.Findings.Where(f => !f.Path.StartsWith("/records/", StringComparison.Ordinal)), f => Assert.Null(f.Question));
    }

    [Fact]
    public void A_finding_prints_on_one_line_with_its_location()
    {
        var finding = new Finding
        {
            Code = "OGP110",
            Severity = FindingSeverity.Error,
            Path = "/completion/level",
            Message = "No level\r\nof progress.",
            QuestionNumber = "1.1",
        };
        Assert.Equal("error OGP110 1.1: No level of progress. (at /completion/level)", finding.ToString());
        Assert.Equal("warning OGP501: Odd. (at line 3, column 7, /records/2/start)", new Finding { Code = "OGP501", Severity = FindingSeverity.Warning, Path = "/records/2/start", Message = "Odd.", Line = 3, Column = 7 }.ToString());
    }
}
