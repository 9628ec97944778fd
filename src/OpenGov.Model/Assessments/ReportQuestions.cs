using System;
using System.Collections.Generic;

namespace OpenGov.Model;

/// <summary>The numbers and wording of the <see cref="ReportQuestion"/> values, and what a report answers.</summary>
public static class ReportQuestions
{
    /// <summary>Gets every question, in the order of the form.</summary>
    public static IReadOnlyList<ReportQuestion> All { get; } =
    [
        ReportQuestion.OverallProgress,
        ReportQuestion.ImplementationFactors,
        ReportQuestion.ImplementedAsPlanned,
        ReportQuestion.AccessToInformation,
        ReportQuestion.CivicParticipation,
        ReportQuestion.PublicAccountability,
        ReportQuestion.ProblemAddressed,
        ReportQuestion.Lessons,
    ];

    /// <summary>Gets the question's number on the form, such as <c>2.1.1</c>.</summary>
    /// <param name="question">The question.</param>
    public static string GetNumber(this ReportQuestion question) => question switch
    {
        ReportQuestion.OverallProgress => "1.1",
        ReportQuestion.ImplementationFactors => "1.2",
        ReportQuestion.ImplementedAsPlanned => "1.3",
        ReportQuestion.AccessToInformation => "2.1.1",
        ReportQuestion.CivicParticipation => "2.1.2",
        ReportQuestion.PublicAccountability => "2.1.3",
        ReportQuestion.ProblemAddressed => "2.2",
        ReportQuestion.Lessons => "3",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    /// <summary>Gets the question's wording on the form.</summary>
    /// <param name="question">The question.</param>
    public static string GetText(this ReportQuestion question) => question switch
    {
        ReportQuestion.OverallProgress => "What was the overall level of progress in the commitment implementation at the time of this assessment?",
        ReportQuestion.ImplementationFactors => "Describe the main external or internal factors that impacted implementation of this commitment and how they were addressed (or not).",
        ReportQuestion.ImplementedAsPlanned => "Was the commitment implemented as originally planned?",
        ReportQuestion.AccessToInformation => "Did the government disclose more information; improve the quality of the information (new or existing); improve the value of the information; improve the channels to disclose or request information or improve accessibility to information?",
        ReportQuestion.CivicParticipation => "Did the government create new opportunities to seek feedback from citizens/enable participation inform or influence decisions; improve existing channels or spaces to seek feedback from citizens/enable participation/ inform or influence decisions; create or improve capabilities in the government or the public aimed to improve how the government seeks feedback from citizens/enables participation/ or allows for the public to inform or influence decisions?",
        ReportQuestion.PublicAccountability => "Did the government create or improve channels, opportunities or capabilities to hold officials answerable to their actions?",
        ReportQuestion.ProblemAddressed => "Did the commitment address the public policy problem that it intended to address as described in the action plan?",
        ReportQuestion.Lessons => "Provide at least one lesson or reflection relating to the implementation of this commitment. It can be the identification of key barriers to implementation, an unexpected help/hindrance, recommendations for future commitments, or if the commitment should be taken forward to the next action plan.",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    /// <summary>
    /// Gets how much of <paramref name="question"/> the report answers: every part the form asks for
    /// (a choice, its explanation, evidence for 1.3, immediate results for 2.1.x unless the degree is
    /// Not Applicable, at least one lesson for 3), some of them, or none.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="question">The question.</param>
    public static AnswerStatus GetStatus(this EndOfCommitmentReport report, ReportQuestion question)
    {
        ArgumentNullException.ThrowIfNull(report);

        return question switch
        {
            ReportQuestion.OverallProgress => Status(Chosen(report.Completion.Level), HasText(report.Completion.Explanation)),
            ReportQuestion.ImplementationFactors => Status(HasText(report.ImplementationFactors)),
            ReportQuestion.ImplementedAsPlanned => Status(
                Chosen(report.ImplementedAsPlanned.Choice),
                HasText(report.ImplementedAsPlanned.Explanation),
                !report.ImplementedAsPlanned.Evidence.IsEmpty),
            ReportQuestion.AccessToInformation => Status(report.AccessToInformation),
            ReportQuestion.CivicParticipation => Status(report.CivicParticipation),
            ReportQuestion.PublicAccountability => Status(report.PublicAccountability),
            ReportQuestion.ProblemAddressed => Status(Chosen(report.ProblemAddressed.Choice), HasText(report.ProblemAddressed.Explanation)),
            ReportQuestion.Lessons => Status(report.Lessons.Count > 0),
            _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
        };
    }

    /// <summary>Gets the answer status of every question, in the order of the form.</summary>
    /// <param name="report">The report.</param>
    public static IReadOnlyList<KeyValuePair<ReportQuestion, AnswerStatus>> GetStatuses(this EndOfCommitmentReport report)
    {
        var statuses = new KeyValuePair<ReportQuestion, AnswerStatus>[All.Count];
        for (var i = 0; i < statuses.Length; i++)
        {
            statuses[i] = new(All[i], report.GetStatus(All[i]));
        }

        return statuses;
    }

    private static AnswerStatus Status(OpenGovernmentAnswer answer)
    {
        var degree = Chosen(answer.Degree);
        var notApplicable = answer.Degree.State == RecordedState.NotApplicable;
        return notApplicable
            ? Status(degree, HasText(answer.Explanation))
            : Status(degree, answer.ImmediateResults.Count > 0, HasText(answer.Explanation));
    }

    private static bool Chosen<T>(Recorded<T> choice) => choice.State != RecordedState.NotAnswered;

    private static bool HasText(string? text) => !string.IsNullOrWhiteSpace(text);

    private static AnswerStatus Status(params bool[] parts)
    {
        var answered = 0;
        foreach (var part in parts)
        {
            answered += part ? 1 : 0;
        }

        return answered == 0 ? AnswerStatus.NotAnswered : answered == parts.Length ? AnswerStatus.Answered : AnswerStatus.PartlyAnswered;
    }
}
