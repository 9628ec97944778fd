using System.Linq;

namespace OpenGov.Model.Tests.Validation;

/// <summary>Complete, valid documents of the kinds the rules of Inception Reports and IRM reports check, to break one piece at a time.</summary>
public static class ReportSamples
{
    private static readonly Evidence[] Minutes = [new() { Reference = "https://example.org/minutes.pdf", Description = "Minutes of the forum" }];

    public static RequirementAnswer Answer(CoCreationRequirement requirement, RequirementStatus status) => new()
    {
        Requirement = requirement.Key,
        Number = requirement.Number,
        Status = status,
        Explanation = "The forum met four times.",
        References = "Interview with the forum's secretary",
        Evidence = ValueList.Create(Minutes),
    };

    public static CommitmentDesignAnswer Design(string number, string title) => new()
    {
        Number = number,
        Title = title,
        Verifiable = Verifiability.Verifiable,
        VerifiableExplanation = "Each milestone has a date and a product.",
        Relevant = true,
        Values = [OgpValue.AccessToInformation],
        RelevanceExplanation = "It publishes contracts.",
        PotentialForResults = PotentialForResults.Modest,
        PotentialForResultsExplanation = "A useful step, limited to one department.",
    };

    public static InceptionReport Inception() => new()
    {
        Evaluators = ["Ana Lima", "Rui Costa"],
        EvaluatorEmail = "monitoring@example.org",
        MemberName = "Riverside (City), Freedonia",
        ActionPlanTitle = "Action plan – Riverside (City), Freedonia, 2024 – 2025",
        Requirements = ValueList.CreateRange(CoCreationRequirements.InceptionReportQuestions.Select(q => Answer(q, RequirementStatus.Met))),
        Commitments = [Design("1", "Open contracting portal"), Design("2", "Neighbourhood safety councils")],
    };

    public static ReviewAssessment Assessment(PotentialForResults potential, bool promising = false) => new()
    {
        Verifiable = Verifiability.Verifiable,
        Relevant = true,
        PotentialForResults = potential,
        Promising = promising,
        Explanation = "Clear milestones.",
    };

    public static ActionPlanReview Review() => new()
    {
        ActionPlanId = ActionPlanId.Parse("AP_ALB05"),
        MemberName = "Albania",
        Commitments =
        [
            new ReviewedCommitment { Id = CommitmentId.Parse("AL0001"), Number = "1", Title = "Open budgets", Cluster = "Fiscal openness" },
            new ReviewedCommitment { Id = CommitmentId.Parse("AL0002"), Number = "2", Title = "Budget hearings", Cluster = "Fiscal openness" },
            new ReviewedCommitment { Id = CommitmentId.Parse("AL0003"), Number = "3", Title = "Open courts", Assessment = Assessment(PotentialForResults.Substantial, promising: true) },
        ],
        Clusters =
        [
            new ReviewedCluster { Name = "Fiscal openness", Commitments = [CommitmentId.Parse("AL0001"), CommitmentId.Parse("AL0002")], Assessment = Assessment(PotentialForResults.Modest) },
        ],
        CoCreation = new CoCreationAssessment
        {
            Requirements = ValueList.CreateRange(CoCreationRequirements.NationalRequirements.Select(q => Answer(q, RequirementStatus.Met))),
            InfluenceDuringDevelopment = PublicInfluence.Involve,
            InfluenceDuringImplementation = PublicInfluence.Consult,
            OpenParticipation = true,
            CollaboratedWithIrm = true,
        },
    };

    public static ResultsReport Results() => new()
    {
        ActionPlanId = ActionPlanId.Parse("AP_ALB05"),
        MemberName = "Albania",
        Commitments =
        [
            new CommitmentResult { Id = CommitmentId.Parse("AL0001"), Number = "1", Cluster = "Fiscal openness", Results = new ResultAssessment { Completion = CompletionLevel.Complete } },
            new CommitmentResult { Id = CommitmentId.Parse("AL0002"), Number = "2", Cluster = "Fiscal openness", Results = new ResultAssessment { Completion = CompletionLevel.Limited } },
            new CommitmentResult { Id = CommitmentId.Parse("AL0003"), Number = "3", Results = new ResultAssessment { Completion = CompletionLevel.Substantial, EarlyResults = EarlyResultsLevel.Moderate } },
        ],
        Clusters = [new ClusterResult { Name = "Fiscal openness", Commitments = [CommitmentId.Parse("AL0001"), CommitmentId.Parse("AL0002")] }],
    };
}
