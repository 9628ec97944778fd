using System;
using System.Collections.Generic;
using System.Linq;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.Validation;

/// <summary>Every rule fires on a model made to break it, and stays quiet on the same model mended.</summary>
public class RuleTests
{
    private static readonly OgpValidator Validator = new();

    private static readonly Member Albania = new() { Code = MemberCode.Parse("ALB"), Name = "Albania", Kind = MemberKind.National, Region = Region.Europe };

    private static PartialDate D(string text) => PartialDate.Read(text).Value;

    private static Commitment Commitment(Func<ImplementationAssessment, ImplementationAssessment>? implementation = null, Func<DesignAssessment, DesignAssessment>? design = null) => new()
    {
        Id = CommitmentId.Parse("AL0001"),
        Number = "1",
        Title = "e-Acts",
        Start = D("2018-09-01"),
        End = D("2020-08-31"),
        Milestones = [new Milestone { Description = "Launch", Start = D("2018-09"), End = D("2019-06"), Completion = CompletionLevel.Complete }],
        Assessment = new IrmAssessment
        {
            Design = (design ?? (d => d))(new DesignAssessment
            {
                Specificity = Specificity.High,
                Relevance = new OgpValueRelevance { AccessToInformation = true, CivicParticipation = false, PublicAccountability = false },
                PotentialImpact = PotentialImpact.Moderate,
            }),
            Implementation = (implementation ?? (i => i))(new ImplementationAssessment
            {
                CompletionMidterm = CompletionLevel.Limited,
                CompletionEndOfTerm = CompletionLevel.Substantial,
                CompletionChange = CompletionChange.Increase,
                OpenGovernment = OpenGovernmentResult.Major,
                StarredPre2015Formula = false,
                StarredMidterm = false,
                StarredEndOfTerm = false,
            }),
        },
    };

    private static ActionPlan Plan(params Commitment[] commitments) => new()
    {
        Id = ActionPlanId.Parse("AP_ALB03"),
        Member = Albania,
        Number = 3,
        Start = D("2018-09"),
        End = D("2020-08"),
        Commitments = ValueList.Create(commitments),
    };

    private static DatasetRecord Row(Commitment commitment, Func<DatasetCodes, DatasetCodes>? codes = null) => new()
    {
        Member = Albania,
        ActionPlan = new PlanReference { Id = ActionPlanId.Parse("AP_ALB03"), Number = 3, SubmissionYear = 2018, EndYear = 2020, DurationYears = 2 },
        Commitment = commitment,
        Codes = (codes ?? (c => c))(new DatasetCodes
        {
            Specificity = 3,
            PotentialImpact = 2,
            CompletionMidterm = 3,
            CompletionEndOfTerm = 4,
            ChangeInCompletion = 1,
            OpenGovernment = 3,
            EarlyResults = Recorded<int>.NoData,
            PotentialForResults = Recorded<int>.NoData,
            OpenGovernmentAccessToInformation = Recorded<int>.NoData,
            OpenGovernmentCivicParticipation = Recorded<int>.NoData,
            OpenGovernmentPublicAccountability = Recorded<int>.NoData,
        }),
    };

    private static DatasetRecord RowWithMissingLabels(Commitment commitment) => Row(
        commitment with
        {
            Assessment = commitment.Assessment! with
            {
                Implementation = commitment.Assessment.Implementation with
                {
                    EarlyResults = Recorded<EarlyResultsLevel>.NoData,
                    OpenGovernmentAccessToInformation = Recorded<OpenGovernmentResult>.NoData,
                    OpenGovernmentCivicParticipation = Recorded<OpenGovernmentResult>.NoData,
                    OpenGovernmentPublicAccountability = Recorded<OpenGovernmentResult>.NoData,
                },
                Design = commitment.Assessment.Design with { PotentialForResults = Recorded<PotentialForResults>.NoData },
            },
        });

    private static ValueList<T> WithFirst<T>(ValueList<T> list, Func<T, T> change) => list.Select((item, i) => i == 0 ? change(item) : item).ToValueList();

    private static ValueList<T> WithLast<T>(ValueList<T> list, Func<T, T> change) => list.Select((item, i) => i == list.Count - 1 ? change(item) : item).ToValueList();

    private static CommitmentDataset Dataset(params DatasetRecord[] rows) => new() { Records = ValueList.Create(rows) };

    /// <summary>For each code: a document that breaks the rule at the path, and the same document mended.</summary>
    public static readonly IReadOnlyList<(string Code, string Path, Func<OgpDocument> Fires, Func<OgpDocument> Quiet)> Cases =
    [
        ("OGP200", "/commitments/0/assessment/implementation/completionEndOfTerm",
            () => Plan(Commitment(i => i with { CompletionEndOfTerm = Recorded<CompletionLevel>.Unrecognized("Mostly") })),
            () => Plan(Commitment())),
        ("OGP201", "/commitments/0/end",
            () => Plan(Commitment() with { End = PartialDate.Read("Spring 2020") }),
            () => Plan(Commitment() with { End = PartialDate.Read("8/31/2020") })),
        ("OGP202", "/commitments/0/milestones/0/end",
            () => Plan(Commitment() with { Milestones = [new Milestone { Start = D("2018-09"), End = PartialDate.Read("3/4/2019") }] }),
            () => Plan(Commitment() with { Milestones = [new Milestone { Start = D("2018-09"), End = PartialDate.Read("3/31/2019") }] })),
        ("OGP203", "/records/0/indicators/irmBasedScore",
            () => Dataset(RowWithMissingLabels(Commitment()) with { Indicators = new DatasetIndicators { IrmBasedScore = Recorded<int>.Unrecognized("4.5") } }),
            () => Dataset(RowWithMissingLabels(Commitment()) with { Indicators = new DatasetIndicators { IrmBasedScore = 4 } })),
        ("OGP204", "/commitments/0/number",
            () => Plan(Commitment() with { Number = "4.0999999999999996" }),
            () => Plan(Commitment() with { Number = "4.1" })),
        ("OGP205", "/records/1/commitment/end",
            () => Dataset(
                RowWithMissingLabels(Commitment() with { Start = D("2018-09"), End = PartialDate.Read("31/12/2020") }),
                RowWithMissingLabels(Commitment() with { Id = CommitmentId.Parse("AL0002"), Number = "2", Start = D("2018-09"), End = PartialDate.Read("3/4/2020") })),
            () => Dataset(
                RowWithMissingLabels(Commitment() with { Start = D("2018-09"), End = PartialDate.Read("31/12/2020") }),
                RowWithMissingLabels(Commitment() with { Id = CommitmentId.Parse("AL0002"), Number = "2", Start = D("2018-09"), End = PartialDate.Read("30/4/2020") }))),
        ("OGP210", "/commitments/0/start",
            () => Plan(Commitment() with { Start = D("2020-09"), End = D("2020-08"), Milestones = [] }),
            () => Plan(Commitment() with { Start = D("2020-08"), End = D("2020-08"), Milestones = [] })),
        ("OGP211", "/commitments/0/milestones/0/start",
            () => Plan(Commitment() with { Milestones = [new Milestone { Start = D("2019-07"), End = D("2019-06") }] }),
            () => Plan(Commitment() with { Milestones = [new Milestone { Start = D("2019"), End = D("2019-06") }] })),
        ("OGP212", "/commitments/0/milestones/0/end",
            () => Plan(Commitment() with { Milestones = [new Milestone { Start = D("2019-01"), End = D("2020-09") }] }),
            () => Plan(Commitment() with { Milestones = [new Milestone { Start = D("2019-01"), End = D("2020-08") }] })),
        ("OGP213", "/commitments/0/assessment/implementation/completionChange",
            () => Plan(Commitment(i => i with { CompletionChange = CompletionChange.NoChange })),
            () => Plan(Commitment(i => i with { CompletionChange = CompletionChange.Increase }))),
        ("OGP214", "/commitments/0/assessment/implementation/openGovernment",
            () => Plan(Commitment(i => i with { CompletionMidterm = CompletionLevel.NotStarted, CompletionEndOfTerm = CompletionLevel.NotStarted, CompletionChange = CompletionChange.NoChange })),
            () => Plan(Commitment(i => i with { CompletionMidterm = CompletionLevel.NotStarted, CompletionEndOfTerm = CompletionLevel.NotStarted, CompletionChange = CompletionChange.NoChange, OpenGovernment = OpenGovernmentResult.DidNotChange }))),
        ("OGP215", "/commitments/0/assessment/implementation/starredEndOfTerm",
            () => Plan(Commitment(i => i with { StarredEndOfTerm = true })),
            () => Plan(Commitment(i => i with { StarredEndOfTerm = true }, d => d with { PotentialImpact = PotentialImpact.Transformative }) with { })),
        ("OGP216", "/records/0/commitment/assessment/implementation/openGovernment",
            () => Dataset(RowWithMissingLabels(Commitment()) with { Codes = RowWithMissingLabels(Commitment()).Codes with { OpenGovernment = 0 } }),
            () => Dataset(RowWithMissingLabels(Commitment()))),
        ("OGP217", "/records/0/commitment/assessment/implementation/completionChange",
            () => Dataset(RowWithMissingLabels(Commitment()) with { Codes = RowWithMissingLabels(Commitment()).Codes with { ChangeInCompletion = 0 } }),
            () => Dataset(RowWithMissingLabels(Commitment()))),
        ("OGP220", "/records/0/indicators/highCompletion",
            () => Dataset(RowWithMissingLabels(Commitment()) with { Indicators = new DatasetIndicators { HighCompletion = false, IrmBasedScore = 4 } }),
            () => Dataset(RowWithMissingLabels(Commitment()) with { Indicators = new DatasetIndicators { HighCompletion = true, IrmBasedScore = 4 } })),
        ("OGP222", "/records/0/extraColumns/Commitment Title",
            () => Dataset(RowWithMissingLabels(Commitment()) with { ExtraColumns = ValueDictionary<string, string>.Create([new("Commitment Title", "As it was read")]) }),
            () => Dataset(RowWithMissingLabels(Commitment() with { Title = "As it was read" }) with { ExtraColumns = ValueDictionary<string, string>.Create([new("Commitment Title", "As it was read")]) })),
        ("OGP300", "/start",
            () => Plan(Commitment() with { Start = default, End = default }) with { Start = D("2021"), End = D("2020") },
            () => Plan(Commitment() with { Start = default, End = default }) with { Start = D("2020"), End = D("2020") }),
        ("OGP301", "/commitments/0/end",
            () => Plan(Commitment() with { End = D("2020-12-31") }),
            () => Plan(Commitment() with { End = D("2020-08-31") })),
        ("OGP302", "/id",
            () => Plan(Commitment()) with { Id = ActionPlanId.Parse("AP_ALB02") },
            () => Plan(Commitment()) with { Id = ActionPlanId.Parse("AP_ALB03") }),
        ("OGP303", "/commitments/1/number",
            () => Plan(Commitment(), Commitment() with { Id = CommitmentId.Parse("AL0002") }),
            () => Plan(Commitment(), Commitment() with { Id = CommitmentId.Parse("AL0002"), Number = "2" })),
        ("OGP304", "/records/2/commitment/id",
            () => Dataset(
                RowWithMissingLabels(Commitment()),
                RowWithMissingLabels(Commitment() with { Id = CommitmentId.Parse("AL0002"), Number = "2" }),
                RowWithMissingLabels(Commitment() with { Id = CommitmentId.Parse("ALB0003"), Number = "3" })),
            () => Dataset(
                RowWithMissingLabels(Commitment()),
                RowWithMissingLabels(Commitment() with { Id = CommitmentId.Parse("AL0002"), Number = "2" }),
                RowWithMissingLabels(Commitment() with { Id = CommitmentId.Parse("AL0003"), Number = "3" }))),
        ("OGP150", "/requirements",
            () => ReportSamples.Inception() with { Requirements = ReportSamples.Inception().Requirements.Take(3).ToValueList() },
            () => ReportSamples.Inception()),
        ("OGP151", "/requirements/0/status",
            () => ReportSamples.Inception() with { Requirements = WithFirst(ReportSamples.Inception().Requirements, a => a with { Status = default }) },
            () => ReportSamples.Inception() with { Requirements = WithFirst(ReportSamples.Inception().Requirements, a => a with { Status = RequirementStatus.NotMet }) }),
        ("OGP152", "/requirements/0/explanation",
            () => ReportSamples.Inception() with { Requirements = WithFirst(ReportSamples.Inception().Requirements, a => a with { Explanation = " " }) },
            () => ReportSamples.Inception()),
        ("OGP153", "/requirements/0/evidence",
            () => ReportSamples.Inception() with { Requirements = WithFirst(ReportSamples.Inception().Requirements, a => a with { Evidence = [] }) },
            () => ReportSamples.Inception()),
        ("OGP155", "/commitments",
            () => ReportSamples.Inception() with { Commitments = [] },
            () => ReportSamples.Inception()),
        ("OGP156", "/commitments/1/potentialForResults",
            () => ReportSamples.Inception() with { Commitments = [ReportSamples.Design("1", "A"), ReportSamples.Design("2", "B") with { PotentialForResults = default }] },
            () => ReportSamples.Inception() with { Commitments = [ReportSamples.Design("1", "A"), ReportSamples.Design("2", "B") with { PotentialForResults = Recorded<PotentialForResults>.NoData }] }),
        ("OGP157", "/commitments/0/relevanceExplanation",
            () => ReportSamples.Inception() with { Commitments = [ReportSamples.Design("1", "A") with { RelevanceExplanation = null }] },
            () => ReportSamples.Inception() with { Commitments = [ReportSamples.Design("1", "A")] }),
        ("OGP158", "/requirements/4/requirement",
            () => ReportSamples.Inception() with { Requirements = [.. ReportSamples.Inception().Requirements, ReportSamples.Inception().Requirements[0]] },
            () => ReportSamples.Inception() with { Requirements = [.. ReportSamples.Inception().Requirements, ReportSamples.Answer(CoCreationRequirements.Website, RequirementStatus.Met)] }),
        ("OGP310", "/clusters/0/commitments/2",
            () => ReportSamples.Review() with { Clusters = [ReportSamples.Review().Clusters[0] with { Commitments = [CommitmentId.Parse("AL0001"), CommitmentId.Parse("AL0002"), CommitmentId.Parse("AL0009")] }] },
            () => ReportSamples.Review()),
        ("OGP311", "/clusters/1/commitments/0",
            () => ReportSamples.Review() with { Clusters = [.. ReportSamples.Review().Clusters, new ReviewedCluster { Name = "Courts", Commitments = [CommitmentId.Parse("AL0002")] }] },
            () => ReportSamples.Review() with { Clusters = [.. ReportSamples.Review().Clusters, new ReviewedCluster { Name = "Courts", Commitments = [CommitmentId.Parse("AL0003")] }] }),
        ("OGP312", "/commitments/2/assessment/potentialForResults",
            () => ReportSamples.Review() with { Commitments = WithLast(ReportSamples.Review().Commitments, c => c with { Assessment = c.Assessment with { PotentialForResults = Recorded<PotentialForResults>.NotReviewed } }) },
            () => ReportSamples.Review() with { Commitments = WithLast(ReportSamples.Review().Commitments, c => c with { Assessment = c.Assessment with { PotentialForResults = Recorded<PotentialForResults>.NotReviewed, Promising = false } }) }),
        ("OGP315", "/commitments/2/cluster",
            () => ReportSamples.Results() with { Commitments = WithLast(ReportSamples.Results().Commitments, c => c with { Cluster = "Fiscal openness" }) },
            () => ReportSamples.Results()),
        ("OGP320", "/coCreation/influenceDuringDevelopment",
            () => ReportSamples.Review() with { CoCreation = ReportSamples.Review().CoCreation with { InfluenceDuringDevelopment = PublicInfluence.Consult } },
            () => ReportSamples.Review() with { CoCreation = ReportSamples.Review().CoCreation with { InfluenceDuringDevelopment = PublicInfluence.Collaborate } }),
        ("OGP400", "/records/1/commitment/id",
            () => Dataset(RowWithMissingLabels(Commitment()), RowWithMissingLabels(Commitment() with { Number = "2" })),
            () => Dataset(RowWithMissingLabels(Commitment()), RowWithMissingLabels(Commitment() with { Id = CommitmentId.Parse("AL0002"), Number = "2" }))),
    ];

    public static TheoryData<string> Codes => new(Cases.Select(c => c.Code));

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_rule_fires_where_it_is_broken(string code)
    {
        var (_, path, fires, _) = Cases.Single(c => c.Code == code);

        var findings = Validator.Validate(fires()).Findings;

        var finding = Assert.Single(findings);
        Assert.Equal(code, finding.Code);
        Assert.Equal(path, finding.Path);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_rule_is_quiet_where_it_is_mended(string code)
    {
        var (_, _, _, quiet) = Cases.Single(c => c.Code == code);

        Assert.Empty(Validator.Validate(quiet()).Findings);
    }

    [Fact]
    public void Every_rule_has_a_case()
    {
        var covered = Cases.Select(c => c.Code)
            .Concat(ReportValidationTests.RequiredItems.Select(i => i.Code))
            .Concat(Import.DatasetRowMapperTests.ImportCodes)
            .Concat(Import.ReportTextTests.ImportCodes)
            .Concat(IO.CsvReadingTests.ImportCodes)
            .Concat(IrmReportTests.OtherCodes)
            .Concat(Implementation.TrackerValidationTests.Codes)
            .ToHashSet();

        Assert.All(ValidationRules.All, rule => Assert.Contains(rule.Code, covered));
    }

    [Fact]
    public void A_plan_built_with_the_builder_is_valid()
    {
        var plan = new ActionPlanBuilder(Albania, 3, "AL").WithPeriod(D("2018-09"), D("2020-08")).AddCommitment("e-Acts").AddCommitment("Open data").Build();

        var result = Validator.Validate(plan);

        Assert.True(result.IsValid);
        Assert.Empty(result.Findings);
        Assert.Equal(2, result.ItemCount);
    }

    [Fact]
    public void A_commitment_is_validated_with_paths_from_its_root()
    {
        var result = Validator.Validate(Commitment() with { Start = D("2021"), End = D("2020"), Milestones = [] });

        Assert.Equal("/start", Assert.Single(result.Findings).Path);
    }

    [Fact]
    public void Dates_of_coarse_precision_are_reversed_only_when_no_reading_fits()
    {
        Assert.Empty(Validator.Validate(Commitment() with { Start = D("2020"), End = D("2020-03"), Milestones = [] }).Findings);
        Assert.Single(Validator.Validate(Commitment() with { Start = D("2020-04"), End = D("2020-03"), Milestones = [] }).Findings);
    }

    [Fact]
    public void A_per_value_label_not_applicable_agrees_with_code_0()
    {
        var commitment = Commitment(i => i with { OpenGovernmentCivicParticipation = Recorded<OpenGovernmentResult>.NotApplicable });
        var row = RowWithMissingLabels(commitment) with { };
        row = row with
        {
            Commitment = row.Commitment with { Assessment = row.Commitment.Assessment! with { Implementation = row.Commitment.Assessment.Implementation with { OpenGovernmentCivicParticipation = Recorded<OpenGovernmentResult>.NotApplicable } } },
            Codes = row.Codes with { OpenGovernmentCivicParticipation = 0 },
        };

        Assert.Empty(Validator.Validate(Dataset(row)).Findings);
        Assert.Single(Validator.Validate(Dataset(row with { Codes = row.Codes with { OpenGovernmentCivicParticipation = 1 } })).Findings);
    }
}
