using System.Linq;
using OpenGov.Model.Analysis;
using OpenGov.Model.Tests.Csv;
using OpenGov.Model.Tests.Validation;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests;

/// <summary>IRM Action Plan Reviews and Results Reports: assembled from the real extract, and the rules that need two documents or the dataset's rows.</summary>
public class IrmReportTests
{
    /// <summary>The codes these tests prove fire and stay quiet, beside <see cref="RuleTests.Cases"/>.</summary>
    public static readonly string[] OtherCodes = ["OGP313", "OGP314"];

    private static readonly CommitmentDataset Extract = Imports.CsvFile(RealExtractTests.ExtractPath).Dataset;

    private static readonly OgpValidator Validator = new();

    [Fact]
    public void The_review_of_Mongolia_s_fourth_plan_has_its_cluster()
    {
        var assembled = IrmReports.AssembleReview(Extract.Records, ActionPlanId.Parse("AP_MNG04"));
        var review = assembled.Document;

        Assert.Empty(assembled.Findings);
        Assert.Equal(6, assembled.RowCount);
        Assert.Equal(["MN0048", "MN0049", "MN0052", "MN0053", "MN0054", "MN0055"], review.Commitments.Select(c => c.Id.ToString()));
        var cluster = Assert.Single(review.Clusters);
        Assert.Equal("MN0049, MN0055", cluster.Name);
        Assert.Equal([CommitmentId.Parse("MN0049"), CommitmentId.Parse("MN0055")], cluster.Commitments);
        Assert.Equal(Recorded<PotentialForResults>.Of(PotentialForResults.Substantial), cluster.Assessment.PotentialForResults);
        Assert.Equal(Recorded<Verifiability>.Of(Verifiability.Verifiable), cluster.Assessment.Verifiable);
        Assert.Equal(Recorded<bool>.Of(true), cluster.Assessment.Relevant);
        Assert.Equal(["MN0049, MN0055", "MN0049, MN0055"], review.Commitments.Where(c => c.Cluster is not null).Select(c => c.Cluster));
        Assert.Equal(new ReviewAssessment(), review.Commitments[1].Assessment);
        Assert.Equal(Recorded<PotentialForResults>.Of(PotentialForResults.Unclear), review.Commitments[4].Assessment.PotentialForResults);
        Assert.Equal(Recorded<PotentialForResults>.Of(PotentialForResults.Modest), review.Commitments[2].Assessment.PotentialForResults);
        Assert.Empty(Validator.Validate(review).Findings);
    }

    [Fact]
    public void The_results_of_Mongolia_s_fourth_plan_are_each_commitment_s()
    {
        var results = IrmReports.AssembleResults(Extract.Records, ActionPlanId.Parse("AP_MNG04")).Document;

        Assert.Equal(
            [CompletionLevel.Limited, CompletionLevel.Substantial, CompletionLevel.Limited, CompletionLevel.Substantial, CompletionLevel.Limited, CompletionLevel.NotStarted],
            results.Commitments.Select(c => c.Results.Completion.Value));
        Assert.Equal(EarlyResultsLevel.Moderate, results.Commitments[1].Results.EarlyResults.Value);
        Assert.Equal(5, results.Commitments.Count(c => c.Results.EarlyResults == EarlyResultsLevel.NoNotableResults));
        Assert.Equal("MN0049, MN0055", Assert.Single(results.Clusters).Name);
        var review = IrmReports.AssembleReview(Extract.Records, ActionPlanId.Parse("AP_MNG04")).Document;
        Assert.Empty(Validator.Validate(results, review).Findings);
    }

    [Fact]
    public void A_cluster_of_six_assembles_whole()
    {
        var review = IrmReports.AssembleReview(Extract.Records, ActionPlanId.Parse("AP_IDN06")).Document;
        var cluster = Assert.Single(review.Clusters);
        Assert.Equal(6, cluster.Commitments.Count);
        Assert.Equal(6, review.Commitments.Count(c => c.Cluster == cluster.Name));
        Assert.Empty(Validator.Validate(review).Findings);
    }

    [Fact]
    public void Cluster_members_outside_the_extract_are_reported_by_validation()
    {
        // The extract is the open-parliament subset: AP_PNG02's clusters name commitments it does not hold.
        var review = IrmReports.AssembleReview(Extract.Records, ActionPlanId.Parse("AP_PNG02")).Document;
        Assert.Equal(3, review.Clusters.Count);
        var findings = Validator.Validate(review).Findings;
        Assert.All(findings, f => Assert.Equal("OGP310", f.Code));
        Assert.Equal(["PNG0014", "PNG0017", "PNG0018", "PNG0019", "PNG0022", "PNG0023"], findings.Select(f => f.Value!).Order());
    }

    [Fact]
    public void A_row_marked_clustered_without_members_is_assessed_on_its_own_with_a_finding()
    {
        var assembled = IrmReports.AssembleReview(Extract.Records, ActionPlanId.Parse("AP_LTU05"));
        var finding = Assert.Single(assembled.Findings);
        Assert.Equal("OGP314", finding.Code);
        Assert.Contains("LT0032", finding.Message, System.StringComparison.Ordinal);
        var commitment = assembled.Document.Commitments.Single(c => c.Id == CommitmentId.Parse("LT0032"));
        Assert.Null(commitment.Cluster);
        Assert.Equal(PotentialForResults.Modest, commitment.Assessment.PotentialForResults.Value);
    }

    [Fact]
    public void Rows_of_a_cluster_that_disagree_give_one_finding_each()
    {
        var rows = Extract.Records.Where(r => r.ActionPlan.Id == ActionPlanId.Parse("AP_MNG04")).ToList();
        var quiet = IrmReports.AssembleReview(rows, ActionPlanId.Parse("AP_MNG04"));
        Assert.Empty(quiet.Findings);

        var last = rows[^1];
        var design = last.Commitment.Assessment!.Design;
        rows[^1] = last with { Commitment = last.Commitment with { Assessment = last.Commitment.Assessment with { Design = design with { PotentialForResults = PotentialForResults.Modest } } } };
        var finding = Assert.Single(IrmReports.AssembleReview(rows, ActionPlanId.Parse("AP_MNG04")).Findings);
        Assert.Equal("OGP314", finding.Code);
        Assert.Equal("/clusters/0/assessment/potentialForResults", finding.Path);

        rows[^1] = last with { Commitment = last.Commitment with { Assessment = last.Commitment.Assessment with { Design = design with { ClusterCommitments = ValueList.Create(CommitmentId.Parse("MN0055"), CommitmentId.Parse("MN0049"), CommitmentId.Parse("MN0052")) } } } };
        finding = Assert.Single(IrmReports.AssembleReview(rows, ActionPlanId.Parse("AP_MNG04")).Findings);
        Assert.Equal(("OGP314", "/clusters/0/commitments"), (finding.Code, finding.Path));
    }

    [Fact]
    public void A_commitment_with_two_rows_and_a_cluster_that_names_a_member_twice_or_not_its_own_row_are_told()
    {
        var rows = Extract.Records.Where(r => r.ActionPlan.Id == ActionPlanId.Parse("AP_MNG04")).ToList();
        rows.Add(rows[0]);
        var twice = IrmReports.AssembleReview(rows, ActionPlanId.Parse("AP_MNG04"));
        var finding = Assert.Single(twice.Findings);
        Assert.Equal(("OGP314", "/commitments/6/id", "MN0048"), (finding.Code, finding.Path, finding.Value));
        Assert.Equal(7, twice.Document.Commitments.Count);

        rows.RemoveAt(6);
        var last = rows[^1];
        var design = last.Commitment.Assessment!.Design;
        rows[^1] = last with { Commitment = last.Commitment with { Assessment = last.Commitment.Assessment with { Design = design with { ClusterCommitments = ValueList.Create(CommitmentId.Parse("MN0049"), CommitmentId.Parse("MN0049"), CommitmentId.Parse("MN0055")) } } } };
        var deduplicated = IrmReports.AssembleReview(rows, ActionPlanId.Parse("AP_MNG04"));
        Assert.Empty(deduplicated.Findings);
        Assert.Equal(2, deduplicated.Document.Clusters[0].Commitments.Count);

        rows[^1] = last with { Commitment = last.Commitment with { Assessment = last.Commitment.Assessment with { Design = design with { ClusterCommitments = ValueList.Create(CommitmentId.Parse("MN0049")) } } } };
        var notOwn = IrmReports.AssembleReview(rows, ActionPlanId.Parse("AP_MNG04")).Findings;
        Assert.Contains(notOwn, f => f.Code == "OGP314" && f.Path == "/commitments/5/cluster");
    }

    [Fact]
    public void A_cluster_that_names_a_member_twice_is_told_so()
    {
        var review = ReportSamples.Review() with { Clusters = [ReportSamples.Review().Clusters[0] with { Commitments = [CommitmentId.Parse("AL0001"), CommitmentId.Parse("AL0002"), CommitmentId.Parse("AL0001")] }] };
        var finding = Assert.Single(Validator.Validate(review).Findings);
        Assert.Equal("OGP311", finding.Code);
        Assert.Contains("names AL0001 twice", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_without_rows_assembles_an_empty_review()
    {
        var assembled = IrmReports.AssembleReview(Extract.Records, ActionPlanId.Parse("AP_XYZ01"));
        Assert.Equal(0, assembled.RowCount);
        Assert.Empty(assembled.Document.Commitments);
    }

    [Fact]
    public void A_result_for_a_commitment_the_review_does_not_list_fires_OGP313()
    {
        var review = ReportSamples.Review();
        Assert.Empty(Validator.Validate(ReportSamples.Results(), review).Findings);

        var results = ReportSamples.Results() with
        {
            Commitments = [.. ReportSamples.Results().Commitments, new CommitmentResult { Id = CommitmentId.Parse("AL0004"), Results = new ResultAssessment { Completion = CompletionLevel.Complete } }],
        };
        var finding = Assert.Single(Validator.Validate(results, review).Findings);
        Assert.Equal(("OGP313", "/commitments/3/id"), (finding.Code, finding.Path));
    }

    [Fact]
    public void Reports_of_two_plans_are_not_compared_commitment_by_commitment()
    {
        var results = ReportSamples.Results() with { ActionPlanId = ActionPlanId.Parse("AP_ALB06") };
        var finding = Assert.Single(Validator.Validate(results, ReportSamples.Review()).Findings);
        Assert.Equal(("OGP302", "/actionPlanId"), (finding.Code, finding.Path));
    }

    [Fact]
    public void Unreadable_yes_no_answers_are_told()
    {
        var review = ReportSamples.Review() with
        {
            Commitments = [.. ReportSamples.Review().Commitments.Take(2), ReportSamples.Review().Commitments[2] with { Assessment = ReportSamples.Assessment(PotentialForResults.Modest) with { Promising = Recorded<bool>.Unrecognized("perhaps") } }],
            CoCreation = ReportSamples.Review().CoCreation with { CollaboratedWithIrm = Recorded<bool>.Unrecognized("partly") },
        };
        var findings = Validator.Validate(review).Findings;
        Assert.Equal(["/commitments/2/assessment/promising", "/coCreation/collaboratedWithIrm"], findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal("OGP203", f.Code));
    }

    [Fact]
    public void Acting_contrary_to_process_names_each_criterion()
    {
        var coCreation = new CoCreationAssessment
        {
            InfluenceDuringDevelopment = PublicInfluence.Inform,
            InfluenceDuringImplementation = PublicInfluence.NoConsultation,
            CollaboratedWithIrm = false,
        };
        Assert.Equal([ContraryToProcessCriterion.Development, ContraryToProcessCriterion.Implementation, ContraryToProcessCriterion.IrmCollaboration], coCreation.GetContraryToProcessCriteria());
        var findings = Validator.Validate(ReportSamples.Review() with { CoCreation = coCreation }).Findings;
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal("OGP320", f.Code));
        Assert.Contains("(development)", findings[0].Message, System.StringComparison.Ordinal);
        Assert.Contains("(implementation)", findings[1].Message, System.StringComparison.Ordinal);
        Assert.Contains("(IRM collaboration)", findings[2].Message, System.StringComparison.Ordinal);

        Assert.Empty(new CoCreationAssessment { InfluenceDuringDevelopment = PublicInfluence.Involve, InfluenceDuringImplementation = PublicInfluence.Inform, CollaboratedWithIrm = true }.GetContraryToProcessCriteria());
        Assert.Empty(new CoCreationAssessment().GetContraryToProcessCriteria());
    }

    [Theory]
    [InlineData("Involve", PublicInfluence.Involve)]
    [InlineData("Involucrar", PublicInfluence.Involve)]
    [InlineData("did not meet", PublicInfluence.NoConsultation)]
    [InlineData("COLLABORATE", PublicInfluence.Collaborate)]
    [InlineData("Empoderar", PublicInfluence.Empower)]
    public void Levels_of_public_influence_read_in_any_case_and_language(string text, PublicInfluence expected) =>
        Assert.Equal(expected, Codelist<PublicInfluence>.Default.Read(text).Value);

    [Theory]
    [InlineData("Yes", RequirementStatus.Met)]
    [InlineData("Sí", RequirementStatus.Met)]
    [InlineData("sim", RequirementStatus.Met)]
    [InlineData("Oui", RequirementStatus.Met)]
    [InlineData("No", RequirementStatus.NotMet)]
    [InlineData("Não", RequirementStatus.NotMet)]
    [InlineData("not met", RequirementStatus.NotMet)]
    [InlineData("Not assessed", RequirementStatus.NotAssessed)]
    public void Requirement_answers_read_in_the_four_languages(string text, RequirementStatus expected) =>
        Assert.Equal(expected, Codelist<RequirementStatus>.Default.Read(text).Value);

    [Fact]
    public void The_catalogue_holds_the_four_confirmed_questions_and_OGP_Local_s_further_items()
    {
        Assert.Equal(["1.1", "1.2", "1.3", "1.4"], CoCreationRequirements.InceptionReportQuestions.Select(q => q.Number));
        Assert.Contains(CoCreationRequirements.Website, CoCreationRequirements.LocalRequirements);
        Assert.All(CoCreationRequirements.LocalRequirements, r => Assert.Equal(RequirementProgram.Local, r.Program));
        Assert.All(CoCreationRequirements.NationalRequirements, r => Assert.Equal(RequirementProgram.National, r.Program));
        Assert.Equal(CoCreationRequirements.All.Count, CoCreationRequirements.All.Select(r => r.Key).Distinct().Count());
        Assert.True(CoCreationRequirements.TryMatch("¿existe un foro", out var forum));
        Assert.Equal("forum", forum.Key);
        Assert.False(CoCreationRequirements.TryMatch("Is the budget open?", out _));
        Assert.True(CoCreationRequirements.TryGet("ENDORSEMENT", out var endorsement));
        Assert.Equal("1.4", endorsement.Number);
    }
}
