using System;
using System.Linq;
using Xunit;

namespace OpenGov.Model.Tests.Domain;

/// <summary>The real End of Commitment Report of Mexico State, as its page shows it and as its canonical JSON keeps it.</summary>
public class MexicoStateReportTests
{
    private static readonly string Page = Fixture.Read(Fixture.MexicoReportPagePath);
    private static readonly string Json = Fixture.Read(Fixture.MexicoReportJsonPath);
    private static readonly EndOfCommitmentReport Report = OgpJson.Deserialize<EndOfCommitmentReport>(Json);

    [Fact]
    public void The_committed_json_is_canonical() =>
        Assert.Equal(Json.TrimEnd('\n'), OgpJson.Serialize(Report));

    [Fact]
    public void Header_and_commitment_are_those_of_the_page()
    {
        Assert.Equal(["Carlos de la Peña Jimenez O’Farril", "Daniel Rosemberg Cervantes Perez", "Jesus Ponce Rubio"], Report.Evaluators);
        Assert.Equal("Mexico State, Mexico", Report.MemberName);
        Assert.Equal("Action plan – Mexico State, Mexico, 2021 – 2022", Report.ActionPlanTitle);
        Assert.Equal("Open government culture", Report.Commitment.Title);
        Assert.StartsWith("Articulate the local and municipal open government agendas", Report.Commitment.Objective, StringComparison.Ordinal);
        Assert.StartsWith("Lack of interest and knowledge of transparency", Report.Commitment.Problem, StringComparison.Ordinal);
        Assert.Null(Report.EvaluatorEmail);
    }

    [Fact]
    public void Every_text_of_the_document_is_a_paragraph_of_the_page()
    {
        var texts = new[]
        {
            Report.Commitment.Objective, Report.Commitment.Problem, Report.Completion.Explanation, Report.ImplementationFactors,
            Report.ImplementedAsPlanned.Explanation, Report.AccessToInformation.Explanation, Report.CivicParticipation.Explanation,
            Report.PublicAccountability.Explanation, Report.ProblemAddressed.Explanation,
        }.Concat(Report.Lessons);

        var paragraphs = Page.Split('\n').Select(l => l.Trim()).ToHashSet();
        Assert.All(texts, text => Assert.Contains(text!, paragraphs));
    }

    [Fact]
    public void What_the_page_lost_stays_unanswered()
    {
        Assert.Equal(RecordedState.NotAnswered, Report.Completion.Level.State);
        Assert.Equal(RecordedState.NotAnswered, Report.AccessToInformation.Degree.State);
        Assert.Equal(RecordedState.NotAnswered, Report.CivicParticipation.Degree.State);
        Assert.Equal(RecordedState.NotAnswered, Report.PublicAccountability.Degree.State);
        Assert.Equal(RecordedState.NotAnswered, Report.ProblemAddressed.Choice.State);
        Assert.Empty(Report.AccessToInformation.ImmediateResults);
        Assert.Empty(Report.ImplementedAsPlanned.Evidence);
    }

    [Fact]
    public void The_one_option_the_page_shows_is_read()
    {
        Assert.Contains("All of the commitment milestones were implemented as planned", Page, StringComparison.Ordinal);
        Assert.Equal(PlannedImplementation.AllMilestones, Report.ImplementedAsPlanned.Choice.Value);
        Assert.Equal(
            PlannedImplementation.AllMilestones,
            Codelist<PlannedImplementation>.Default.Read("All of the commitment milestones were implemented as planned").Value);
    }

    [Fact]
    public void Answer_statuses_show_what_is_missing()
    {
        var statuses = Report.GetStatuses().ToDictionary(p => p.Key, p => p.Value);

        Assert.Equal(AnswerStatus.PartlyAnswered, statuses[ReportQuestion.OverallProgress]);
        Assert.Equal(AnswerStatus.Answered, statuses[ReportQuestion.ImplementationFactors]);
        Assert.Equal(AnswerStatus.PartlyAnswered, statuses[ReportQuestion.ImplementedAsPlanned]);
        Assert.Equal(AnswerStatus.PartlyAnswered, statuses[ReportQuestion.AccessToInformation]);
        Assert.Equal(AnswerStatus.PartlyAnswered, statuses[ReportQuestion.CivicParticipation]);
        Assert.Equal(AnswerStatus.PartlyAnswered, statuses[ReportQuestion.PublicAccountability]);
        Assert.Equal(AnswerStatus.PartlyAnswered, statuses[ReportQuestion.ProblemAddressed]);
        Assert.Equal(AnswerStatus.Answered, statuses[ReportQuestion.Lessons]);
    }

    [Fact]
    public void Question_numbers_and_wording_are_those_of_the_form()
    {
        Assert.Equal(["1.1", "1.2", "1.3", "2.1.1", "2.1.2", "2.1.3", "2.2", "3"], ReportQuestions.All.Select(q => q.GetNumber()));
        Assert.All(
            new[] { ReportQuestion.OverallProgress, ReportQuestion.ImplementationFactors, ReportQuestion.ImplementedAsPlanned, ReportQuestion.PublicAccountability, ReportQuestion.ProblemAddressed, ReportQuestion.Lessons },
            q => Assert.Contains(q.GetText(), Page, StringComparison.Ordinal));
    }
}
