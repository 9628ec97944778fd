using System;
using System.Collections.Generic;
using System.Globalization;

namespace OpenGov.Model.Validation;

/// <summary>The rules on an OGP Local Inception Report: every question answered, explained and evidenced (OGP15x), every choice readable.</summary>
internal static class InceptionReportChecks
{
    public static CompletenessScore? Check(FindingCollector sink, InceptionReport report)
    {
        if (sink.Runs(RuleSets.Values))
        {
            for (var i = 0; i < report.Requirements.Count; i++)
            {
                ValueChecks.Label(sink, report.Requirements[i].Status, Index("/requirements", i), "/status");
            }

            for (var i = 0; i < report.Commitments.Count; i++)
            {
                var commitment = report.Commitments[i];
                var path = Index("/commitments", i);
                ValueChecks.Label(sink, commitment.Verifiable, path, "/verifiable");
                ValueChecks.Flag(sink, commitment.Relevant, path, "/relevant");
                ValueChecks.Label(sink, commitment.PotentialForResults, path, "/potentialForResults");
                for (var v = 0; v < commitment.Values.Count; v++)
                {
                    ValueChecks.Label(sink, commitment.Values[v], path, Index("/values", v));
                }
            }
        }

        if (!sink.Runs(RuleSets.Completeness))
        {
            return null;
        }

        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < report.Requirements.Count; i++)
        {
            if (report.Requirements[i].Requirement is { Length: > 0 } key && !keys.Add(key))
            {
                sink.Add(ValidationRules.DuplicateAnswer, Index("/requirements", i) + "/requirement", $"The requirement \"{key}\" is answered twice.", key);
            }
        }

        var numbers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < report.Commitments.Count; i++)
        {
            if (report.Commitments[i].Number is { Length: > 0 } number && !numbers.Add(number.Trim()))
            {
                sink.Add(ValidationRules.DuplicateAnswer, Index("/commitments", i) + "/number", $"Commitment {number} is assessed twice.", number);
            }
        }

        var score = new CompletenessTally(sink);
        score.Require(ReportChecks.HasAny(report.Evaluators), ValidationRules.EvaluatorMissing, FormFields.Evaluators.Path, "The report names no evaluator.", FormFields.Evaluators.FormQuestion);
        score.Require(ReportChecks.HasText(report.MemberName), ValidationRules.MemberNameMissing, FormFields.Member.Path, "The report does not name the member.", FormFields.Member.FormQuestion);
        score.Require(ReportChecks.HasText(report.ActionPlanTitle), ValidationRules.ActionPlanTitleMissing, FormFields.PlanTitle.Path, "The report does not give the action plan's title.", FormFields.PlanTitle.FormQuestion);

        foreach (var question in CoCreationRequirements.InceptionReportQuestions)
        {
            var asked = false;
            foreach (var answer in report.Requirements)
            {
                asked |= string.Equals(answer.Requirement, question.Key, StringComparison.OrdinalIgnoreCase);
            }

            score.Require(asked, ValidationRules.RequirementQuestionMissing, "/requirements", "The question is not in the report.", new FormQuestion(question.Number, question.Text));
        }

        for (var i = 0; i < report.Requirements.Count; i++)
        {
            var answer = report.Requirements[i];
            var path = Index("/requirements", i);
            var asked = new FormQuestion(answer.Number, answer.Question ?? (answer.TryGetRequirement(out var requirement) ? requirement.Text : answer.Requirement));
            score.Require(answer.Status.State != RecordedState.NotAnswered, ValidationRules.RequirementNotAnswered, path + "/status", "The question is not answered.", asked);
            score.Require(ReportChecks.HasText(answer.Explanation), ValidationRules.RequirementExplanationMissing, path + "/explanation", "The answer is not explained.", asked);
            score.Require(ReportChecks.HasEvidence(answer.Evidence), ValidationRules.RequirementEvidenceMissing, path + "/evidence", "No evidence (file or link) is given.", asked);
        }

        score.Require(report.Commitments.Count > 0, ValidationRules.CommitmentDesignMissing, "/commitments", "Section 3 assesses no commitment.");
        for (var i = 0; i < report.Commitments.Count; i++)
        {
            var commitment = report.Commitments[i];
            var path = Index("/commitments", i);
            var name = "Commitment " + (commitment.Number ?? (i + 1).ToString(CultureInfo.InvariantCulture));
            var verifiable = new FormQuestion(null, name + " · " + PageVocabulary.Default.Part(PagePart.Verifiable));
            var relevant = new FormQuestion(null, name + " · " + PageVocabulary.Default.Part(PagePart.Relevant));
            var potential = new FormQuestion(null, name + " · " + PageVocabulary.Default.Part(PagePart.Potential));
            score.Require(commitment.Verifiable.State != RecordedState.NotAnswered, ValidationRules.DesignAnswerMissing, path + "/verifiable", "Whether the commitment is verifiable is not answered.", verifiable);
            score.Require(ReportChecks.HasText(commitment.VerifiableExplanation), ValidationRules.DesignExplanationMissing, path + "/verifiableExplanation", "The verifiability answer is not explained.", verifiable);
            score.Require(commitment.Relevant.State != RecordedState.NotAnswered, ValidationRules.DesignAnswerMissing, path + "/relevant", "Whether the commitment is relevant to the OGP values is not answered.", relevant);
            score.Require(ReportChecks.HasText(commitment.RelevanceExplanation), ValidationRules.DesignExplanationMissing, path + "/relevanceExplanation", "The relevance answer is not explained.", relevant);
            score.Require(commitment.PotentialForResults.State != RecordedState.NotAnswered, ValidationRules.DesignAnswerMissing, path + "/potentialForResults", "The potential for results is not given.", potential);
            score.Require(ReportChecks.HasText(commitment.PotentialForResultsExplanation), ValidationRules.DesignExplanationMissing, path + "/potentialForResultsExplanation", "The potential for results is not explained.", potential);
        }

        return score.Result;
    }

    private static string Index(string path, int i) => path + "/" + i.ToString(CultureInfo.InvariantCulture);
}
