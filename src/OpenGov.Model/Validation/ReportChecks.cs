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
        score.Require(HasAny(report.Evaluators), ValidationRules.EvaluatorMissing, FormFields.Evaluators.Path, "The report names no evaluator.", FormFields.Evaluators.FormQuestion);
        score.Require(HasText(report.MemberName), ValidationRules.MemberNameMissing, FormFields.Member.Path, "The report does not name the member.", FormFields.Member.FormQuestion);
        score.Require(HasText(report.ActionPlanTitle), ValidationRules.ActionPlanTitleMissing, FormFields.PlanTitle.Path, "The report does not give the action plan's title.", FormFields.PlanTitle.FormQuestion);
        score.Require(HasText(report.Commitment.Title), ValidationRules.CommitmentTitleMissing, FormFields.CommitmentTitle.Path, "The report does not give the commitment's title.", FormFields.CommitmentTitle.FormQuestion);
        score.Require(HasText(report.Commitment.Objective), ValidationRules.CommitmentObjectiveMissing, FormFields.Objective.Path, "The report does not state the commitment's objective.", FormFields.Objective.FormQuestion);
        score.Require(HasText(report.Commitment.Problem), ValidationRules.CommitmentProblemMissing, FormFields.Problem.Path, "The report does not state the public problem.", FormFields.Problem.FormQuestion);

        score.Require(Chosen(report.Completion.Level), ValidationRules.ProgressLevelMissing, FormFields.Of(ReportQuestion.OverallProgress).Path + "/level", "No level of progress is chosen.", FormFields.Of(ReportQuestion.OverallProgress).FormQuestion);
        score.Require(HasText(report.Completion.Explanation), ValidationRules.ExplanationMissing, FormFields.Of(ReportQuestion.OverallProgress).Path + "/explanation", "The level of progress is not explained.", FormFields.Of(ReportQuestion.OverallProgress).FormQuestion);
        score.Require(HasText(report.ImplementationFactors), ValidationRules.ImplementationFactorsMissing, FormFields.Of(ReportQuestion.ImplementationFactors).Path, "The factors that impacted implementation are not described.", FormFields.Of(ReportQuestion.ImplementationFactors).FormQuestion);
        score.Require(Chosen(report.ImplementedAsPlanned.Choice), ValidationRules.PlannedImplementationMissing, FormFields.Of(ReportQuestion.ImplementedAsPlanned).Path + "/choice", "No option is chosen for whether the commitment was implemented as planned.", FormFields.Of(ReportQuestion.ImplementedAsPlanned).FormQuestion);
        score.Require(HasText(report.ImplementedAsPlanned.Explanation), ValidationRules.ExplanationMissing, FormFields.Of(ReportQuestion.ImplementedAsPlanned).Path + "/explanation", "The answer is not explained.", FormFields.Of(ReportQuestion.ImplementedAsPlanned).FormQuestion);
        score.Require(HasEvidence(report.ImplementedAsPlanned.Evidence), ValidationRules.EvidenceMissing, FormFields.Of(ReportQuestion.ImplementedAsPlanned).Path + "/evidence", "No evidence (file or link) is given.", FormFields.Of(ReportQuestion.ImplementedAsPlanned).FormQuestion);

        CheckOpenGovernment(score, report.AccessToInformation, FormFields.Of(ReportQuestion.AccessToInformation).Path, FormFields.Of(ReportQuestion.AccessToInformation).FormQuestion);
        CheckOpenGovernment(score, report.CivicParticipation, FormFields.Of(ReportQuestion.CivicParticipation).Path, FormFields.Of(ReportQuestion.CivicParticipation).FormQuestion);
        CheckOpenGovernment(score, report.PublicAccountability, FormFields.Of(ReportQuestion.PublicAccountability).Path, FormFields.Of(ReportQuestion.PublicAccountability).FormQuestion);

        score.Require(Chosen(report.ProblemAddressed.Choice), ValidationRules.ProblemAddressedMissing, FormFields.Of(ReportQuestion.ProblemAddressed).Path + "/choice", "No option is chosen for whether the commitment addressed the problem.", FormFields.Of(ReportQuestion.ProblemAddressed).FormQuestion);
        score.Require(HasText(report.ProblemAddressed.Explanation), ValidationRules.ExplanationMissing, FormFields.Of(ReportQuestion.ProblemAddressed).Path + "/explanation", "The answer is not explained.", FormFields.Of(ReportQuestion.ProblemAddressed).FormQuestion);
        score.Require(HasAny(report.Lessons), ValidationRules.LessonsMissing, FormFields.Of(ReportQuestion.Lessons).Path, "No lesson or reflection is given.", FormFields.Of(ReportQuestion.Lessons).FormQuestion);
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
