namespace OpenGov.Model.Validation;

/// <summary>The rules on an End of Commitment Report: every question answered (OGP1xx), every choice readable.</summary>
internal static class ReportChecks
{
    public static CompletenessScore? Check(FindingCollector sink, EndOfCommitmentReport report)
    {
        if (sink.Runs(RuleSets.Values))
        {
            ValueChecks.Label(sink, report.Completion.Level, string.Empty, "/completion/level");
            ValueChecks.Label(sink, report.ImplementedAsPlanned.Choice, string.Empty, "/implementedAsPlanned/choice");
            CheckValues(sink, report.AccessToInformation, "/accessToInformation");
            CheckValues(sink, report.CivicParticipation, "/civicParticipation");
            CheckValues(sink, report.PublicAccountability, "/publicAccountability");
            ValueChecks.Label(sink, report.ProblemAddressed.Choice, string.Empty, "/problemAddressed/choice");
        }

        if (!sink.Runs(RuleSets.Completeness))
        {
            return null;
        }

        var score = new CompletenessTally(sink);
        score.Require(HasAny(report.Evaluators), ValidationRules.EvaluatorMissing, "/evaluators", "The report names no evaluator.", FormQuestion.Field("Name of evaluator"));
        score.Require(HasText(report.MemberName), ValidationRules.MemberNameMissing, "/memberName", "The report does not name the member.", FormQuestion.Field("Member name"));
        score.Require(HasText(report.ActionPlanTitle), ValidationRules.ActionPlanTitleMissing, "/actionPlanTitle", "The report does not give the action plan's title.", FormQuestion.Field("Action plan"));
        score.Require(HasText(report.Commitment.Title), ValidationRules.CommitmentTitleMissing, "/commitment/title", "The report does not give the commitment's title.", FormQuestion.Field("Commitment title"));
        score.Require(HasText(report.Commitment.Objective), ValidationRules.CommitmentObjectiveMissing, "/commitment/objective", "The report does not state the commitment's objective.", FormQuestion.Field("Objective"));
        score.Require(HasText(report.Commitment.Problem), ValidationRules.CommitmentProblemMissing, "/commitment/problem", "The report does not state the public problem.", FormQuestion.Field("Problem"));

        score.Require(Chosen(report.Completion.Level), ValidationRules.ProgressLevelMissing, "/completion/level", "No level of progress is chosen.", FormQuestion.Of(ReportQuestion.OverallProgress));
        score.Require(HasText(report.Completion.Explanation), ValidationRules.ExplanationMissing, "/completion/explanation", "The level of progress is not explained.", FormQuestion.Of(ReportQuestion.OverallProgress));
        score.Require(HasText(report.ImplementationFactors), ValidationRules.ImplementationFactorsMissing, "/implementationFactors", "The factors that impacted implementation are not described.", FormQuestion.Of(ReportQuestion.ImplementationFactors));
        score.Require(Chosen(report.ImplementedAsPlanned.Choice), ValidationRules.PlannedImplementationMissing, "/implementedAsPlanned/choice", "No option is chosen for whether the commitment was implemented as planned.", FormQuestion.Of(ReportQuestion.ImplementedAsPlanned));
        score.Require(HasText(report.ImplementedAsPlanned.Explanation), ValidationRules.ExplanationMissing, "/implementedAsPlanned/explanation", "The answer is not explained.", FormQuestion.Of(ReportQuestion.ImplementedAsPlanned));
        score.Require(HasEvidence(report.ImplementedAsPlanned.Evidence), ValidationRules.EvidenceMissing, "/implementedAsPlanned/evidence", "No evidence (file or link) is given.", FormQuestion.Of(ReportQuestion.ImplementedAsPlanned));

        CheckOpenGovernment(score, report.AccessToInformation, "/accessToInformation", FormQuestion.Of(ReportQuestion.AccessToInformation));
        CheckOpenGovernment(score, report.CivicParticipation, "/civicParticipation", FormQuestion.Of(ReportQuestion.CivicParticipation));
        CheckOpenGovernment(score, report.PublicAccountability, "/publicAccountability", FormQuestion.Of(ReportQuestion.PublicAccountability));

        score.Require(Chosen(report.ProblemAddressed.Choice), ValidationRules.ProblemAddressedMissing, "/problemAddressed/choice", "No option is chosen for whether the commitment addressed the problem.", FormQuestion.Of(ReportQuestion.ProblemAddressed));
        score.Require(HasText(report.ProblemAddressed.Explanation), ValidationRules.ExplanationMissing, "/problemAddressed/explanation", "The answer is not explained.", FormQuestion.Of(ReportQuestion.ProblemAddressed));
        score.Require(HasAny(report.Lessons), ValidationRules.LessonsMissing, "/lessons", "No lesson or reflection is given.", FormQuestion.Of(ReportQuestion.Lessons));
        return score.Result;
    }

    private static void CheckOpenGovernment(CompletenessTally score, OpenGovernmentAnswer answer, string path, FormQuestion question)
    {
        score.Require(Chosen(answer.Degree), ValidationRules.DegreeOfResultMissing, path + "/degree", "No degree of result is chosen.", question);

        // The form: "If the commitment did not result in any of the above, select Not Applicable"; then no result is ticked.
        if (answer.Degree.State != RecordedState.NotApplicable)
        {
            score.Require(answer.ImmediateResults.Count > 0, ValidationRules.ImmediateResultsMissing, path + "/immediateResults", "No immediate result is ticked.", question);
        }

        score.Require(HasText(answer.Explanation), ValidationRules.ImpactExplanationMissing, path + "/explanation", "The impact on people or practice is not explained.", question);
    }

    private static void CheckValues(FindingCollector sink, OpenGovernmentAnswer answer, string path)
    {
        ValueChecks.Label(sink, answer.Degree, path, "/degree");
        for (var i = 0; i < answer.ImmediateResults.Count; i++)
        {
            ValueChecks.Label(sink, answer.ImmediateResults[i], path, "/immediateResults/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static bool Chosen<T>(Recorded<T> choice) => choice.State != RecordedState.NotAnswered;

    internal static bool HasText(string? text) => !string.IsNullOrWhiteSpace(text);

    /// <summary>Whether a list of evidence has a piece with a reference: a piece without one points at nothing.</summary>
    internal static bool HasEvidence(ValueList<Evidence> evidence)
    {
        foreach (var piece in evidence)
        {
            if (HasText(piece.Reference))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool HasAny(ValueList<string> texts)
    {
        foreach (var text in texts)
        {
            if (HasText(text))
            {
                return true;
            }
        }

        return false;
    }
}
