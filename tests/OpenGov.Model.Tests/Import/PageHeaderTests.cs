using System;
using OpenGov.Model.Rendering;
using Xunit;

namespace OpenGov.Model.Tests.Import;

/// <summary>Headers of report pages as people copy them from the site: values one per line, labels missing, pop-up text glued on, two titles.</summary>
public class PageHeaderTests
{
    private const string Plan = "Action plan – Riverside (City), Freedonia, 2022 – 2023";

    private static readonly EndOfCommitmentReport Mexico = OgpJson.Deserialize<EndOfCommitmentReport>(Fixture.Read(Fixture.MexicoReportJsonPath));

    /// <summary>The sections of a page the library writes, from <c>Section 1.</c> on.</summary>
    private static readonly string Sections = EndOfCommitmentReportText.Render(Mexico).Split("Section 1.\n")[1].Insert(0, "Section 1.\n");

    [Fact]
    public void Values_one_per_line_without_blank_lines_each_go_to_their_field()
    {
        var report = Imports.Page(
            "End of Commitment Report – Participatory budgeting\nName of Evaluator\nAna Lima\nMember Name\nRiverside (City), Freedonia\n" +
            Plan + "\nParticipatory budgeting\nOpen the budget to votes.\nResidents have no say.\n" + Sections).Report;

        Assert.Equal(["Ana Lima"], report.Evaluators);
        Assert.Equal("Riverside (City), Freedonia", report.MemberName);
        Assert.Equal(Plan, report.ActionPlanTitle);
        Assert.Equal(("Participatory budgeting", "Open the budget to votes.", "Residents have no say."), (report.Commitment.Title, report.Commitment.Objective, report.Commitment.Problem));
        Assert.Null(report.Commitment.ShortTitle);
    }

    [Fact]
    public void A_page_with_only_the_plan_s_line_above_its_sections_gives_the_plan_and_its_member()
    {
        var import = Imports.Page("\n" + Plan + "\n\n" + Sections);

        Assert.Equal(Plan, import.Report.ActionPlanTitle);
        Assert.Equal("Riverside (City), Freedonia", import.Report.MemberName);
        var inferred = Assert.Single(import.Findings, f => f.Code == "OGP513");
        Assert.Equal(("/memberName", Plan), (inferred.Path, inferred.Value));
        Assert.Equal(Mexico.Lessons, import.Report.Lessons);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\n\n")]
    public void A_member_on_its_own_line_between_the_evaluators_and_the_plan_s_label_is_the_member(string gap)
    {
        var report = Imports.Page(
            $"End of Commitment Report – Participatory budgeting\n\nName of Evaluator\n\nAna Lima, Rui Costa{gap}Riverside (City), Freedonia\n\nAction Plan\n\n{Plan}\n\n" + Sections).Report;

        Assert.Equal(["Ana Lima", "Rui Costa"], report.Evaluators);
        Assert.Equal("Riverside (City), Freedonia", report.MemberName);
        Assert.Equal(Plan, report.ActionPlanTitle);
    }

    [Theory]
    [InlineData("Action PlanAction plans are at the core of a member's part in the partnership …")]
    [InlineData("Action Plan TitleAction plans are at the core of a member's part in the partnership … ")]
    [InlineData("Action PlanAction plans are at the core of a member's part in the partnership...")]
    [InlineData("Action PlanA short note …")]
    [InlineData("Action PlanA short note … Title")]
    [InlineData("Plan de acciónBreve nota …")]
    public void Pop_up_text_glued_onto_a_label_whose_value_is_on_the_next_line_is_taken_off(string label)
    {
        var import = Imports.Page(
            $"End of Commitment Report – Participatory budgeting\n\nName of Evaluator\n\nAna Lima\n\nMember Name\n\nRiverside (City), Freedonia\n\n{label}\n{Plan}\n\n" + Sections);

        Assert.Equal("Riverside (City), Freedonia", import.Report.MemberName);
        Assert.Equal(Plan, import.Report.ActionPlanTitle);
        Assert.DoesNotContain(import.Findings, f => f.Code == "OGP510" && f.Path is "/memberName" or "/actionPlanTitle");
    }

    [Theory]
    [InlineData("", "", null)]
    [InlineData("Ana Lima\n\n", "", "Ana Lima")]
    [InlineData("Ana Lima\n", "", "Ana Lima")]
    [InlineData("Ana Lima\n\n", "\n\nPB\n\nOpen the budget.\n\nNo say.", "Ana Lima")]
    public void A_header_without_labels_gives_the_plan_s_title_its_own_place(string before, string after, string? evaluator)
    {
        var import = Imports.Page($"End of Commitment Report – PB\n\n{before}{Plan}{after}\n\n" + Sections);
        var report = import.Report;

        Assert.Equal(evaluator is null ? [] : [evaluator], report.Evaluators);
        Assert.Equal(Plan, report.ActionPlanTitle);
        Assert.Equal("Riverside (City), Freedonia", report.MemberName);
        Assert.Single(import.Findings, f => f.Code == "OGP513");
        if (after.Length > 0)
        {
            Assert.Equal(("PB", "Open the budget.", "No say."), (report.Commitment.Title, report.Commitment.Objective, report.Commitment.Problem));
        }
    }

    [Theory]
    [InlineData("Action PlanAction plans are ... …", "Action plan – Riverside (City), Freedonia, 2022 – 2023", "plan")]
    [InlineData("ProblemPop text …", "None.", "problem")]
    [InlineData("ProblemaEl problema del glosario …", "Ninguno.", "problem")]
    public void A_short_pop_up_glued_onto_any_label_is_taken_off(string label, string value, string field)
    {
        var report = Imports.Page(
            $"End of Commitment Report – PB\n\nName of Evaluator\nAna Lima\nMember Name\nRiverside (City), Freedonia\n{(field == "plan" ? string.Empty : "Action Plan Title\n" + Plan + "\n")}Action\nOpen.\n{label}\n{value}\n\n" + Sections).Report;

        Assert.Equal(value, field == "plan" ? report.ActionPlanTitle : report.Commitment.Problem);
        Assert.Equal("Open.", report.Commitment.Objective);
    }

    [Fact]
    public void A_heading_that_names_the_commitment_otherwise_than_its_title_block_keeps_both_titles()
    {
        var page = EndOfCommitmentReportText.Render(Mexico with { Commitment = Mexico.Commitment with { ShortTitle = "Culture" } });
        var report = Imports.Page(page).Report;

        Assert.StartsWith("End of Commitment Report – Culture\n", page, StringComparison.Ordinal);
        Assert.Equal(("Open government culture", "Culture"), (report.Commitment.Title, report.Commitment.ShortTitle));
        Assert.Null(Imports.Page(EndOfCommitmentReportText.Render(Mexico)).Report.Commitment.ShortTitle);
    }

    [Fact]
    public void A_French_page_gives_every_question_and_field()
    {
        var page = EndOfCommitmentReportText.Render(Mexico, "fr");
        var import = Imports.Page(page);

        Assert.Contains("\nNom de l'évaluateur\n", page, StringComparison.Ordinal);
        Assert.Contains("\n1.1 Quel a été le niveau global", page, StringComparison.Ordinal);
        Assert.Empty(import.Findings);
        Assert.Equal(Mexico, import.Report);
        Assert.All(ReportQuestions.All, q => Assert.Equal(Mexico.GetStatus(q), import.Report.GetStatus(q)));
    }

    [Fact]
    public void A_Portuguese_Inception_page_gives_its_requirements_and_commitments()
    {
        var written = Validation.ReportSamples.Inception();
        var page = InceptionReportText.Render(written, "pt");
        var import = Imports.AnyPage(page);

        Assert.StartsWith("Relatório inicial", page, StringComparison.Ordinal);
        Assert.Contains("\n1.1 Existe um fórum?\n\nSim\n", page, StringComparison.Ordinal);
        Assert.Equal(written, import.Inception);
        Assert.Empty(import.Findings);
    }
}
