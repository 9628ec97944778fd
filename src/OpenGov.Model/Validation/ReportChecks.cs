using OpenGov.Model.Assessments;
using OpenGov.Model.Diagnostics;

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
        score.Require(HasAny(report.Evaluators), ValidationRules.EvaluatorMissing, "/evaluators", "The report names no evaluator.");
        score.Require(HasText(report.MemberName), ValidationRules.MemberNameMissing, "/memberName", "The report does not name the member.");
        score.Require(HasText(report.ActionPlanTitle), ValidationRules.ActionPlanTitleMissing, "/actionPlanTitle", "The report does not give the action plan's title.");
        score.Require(HasText(report.Commitment.Title), ValidationRules.CommitmentTitleMissing, "/commitment/title", "The report does not give the commitment's title.");
        score.Require(HasText(report.Commitment.Objective), ValidationRules.CommitmentObjectiveMissing, "/commitment/objective", "The report does not state the commitment's objective.");
        score.Require(HasText(report.Commitment.Problem), ValidationRules.CommitmentProblemMissing, "/commitment/problem", "The report does not state the public problem.");

        score.Require(Chosen(report.Completion.Level), ValidationRules.ProgressLevelMissing, "/completion/level", "1.1: no level of progress is chosen.");
        score.Require(HasText(report.Completion.Explanation), ValidationRules.ExplanationMissing, "/completion/explanation", "1.1: the level of progress is not explained.");
        score.Require(HasText(report.ImplementationFactors), ValidationRules.ImplementationFactorsMissing, "/implementationFactors", "1.2: the factors that impacted implementation are not described.");
        score.Require(Chosen(report.ImplementedAsPlanned.Choice), ValidationRules.PlannedImplementationMissing, "/implementedAsPlanned/choice", "1.3: no option is chosen for whether the commitment was implemented as planned.");
        score.Require(HasText(report.ImplementedAsPlanned.Explanation), ValidationRules.ExplanationMissing, "/implementedAsPlanned/explanation", "1.3: the answer is not explained.");
        score.Require(HasEvidence(report.ImplementedAsPlanned.Evidence), ValidationRules.EvidenceMissing, "/implementedAsPlanned/evidence", "1.3: no evidence (file or link) is given.");

        CheckOpenGovernment(score, report.AccessToInformation, "/accessToInformation", "2.1.1 (access to information)");
        CheckOpenGovernment(score, report.CivicParticipation, "/civicParticipation", "2.1.2 (civic participation)");
        CheckOpenGovernment(score, report.PublicAccountability, "/publicAccountability", "2.1.3 (public accountability)");

        score.Require(Chosen(report.ProblemAddressed.Choice), ValidationRules.ProblemAddressedMissing, "/problemAddressed/choice", "2.2: no option is chosen for whether the commitment addressed the problem.");
        score.Require(HasText(report.ProblemAddressed.Explanation), ValidationRules.ExplanationMissing, "/problemAddressed/explanation", "2.2: the answer is not explained.");
        score.Require(HasAny(report.Lessons), ValidationRules.LessonsMissing, "/lessons", "3: no lesson or reflection is given.");
        return score.Result;
    }

    private static void CheckOpenGovernment(CompletenessTally score, OpenGovernmentAnswer answer, string path, string question)
    {
        score.Require(Chosen(answer.Degree), ValidationRules.DegreeOfResultMissing, path + "/degree", $"{question}: no degree of result is chosen.");

        // The form: "If the commitment did not result in any of the above, select Not Applicable"; then no result is ticked.
        if (answer.Degree.State != RecordedState.NotApplicable)
        {
            score.Require(answer.ImmediateResults.Count > 0, ValidationRules.ImmediateResultsMissing, path + "/immediateResults", $"{question}: no immediate result is ticked.");
        }

        score.Require(HasText(answer.Explanation), ValidationRules.ImpactExplanationMissing, path + "/explanation", $"{question}: the impact on people or practice is not explained.");
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
