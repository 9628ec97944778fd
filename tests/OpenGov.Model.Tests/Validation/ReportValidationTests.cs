using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Tests.Generators;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.Validation;

public class ReportValidationTests
{
    private static readonly OgpValidator Validator = new();

    /// <summary>Every required item of the form, with what removes its answer.</summary>
    public static readonly IReadOnlyList<(string Path, string Code, Func<EndOfCommitmentReport, EndOfCommitmentReport> Remove)> RequiredItems =
    [
        ("/evaluators", "OGP100", r => r with { Evaluators = [] }),
        ("/memberName", "OGP101", r => r with { MemberName = null }),
        ("/actionPlanTitle", "OGP102", r => r with { ActionPlanTitle = " " }),
        ("/commitment/title", "OGP103", r => r with { Commitment = r.Commitment with { Title = null } }),
        ("/commitment/objective", "OGP104", r => r with { Commitment = r.Commitment with { Objective = null } }),
        ("/commitment/problem", "OGP105", r => r with { Commitment = r.Commitment with { Problem = "" } }),
        ("/completion/level", "OGP110", r => r with { Completion = r.Completion with { Level = default } }),
        ("/completion/explanation", "OGP111", r => r with { Completion = r.Completion with { Explanation = null } }),
        ("/implementationFactors", "OGP112", r => r with { ImplementationFactors = null }),
        ("/implementedAsPlanned/choice", "OGP113", r => r with { ImplementedAsPlanned = r.ImplementedAsPlanned with { Choice = default } }),
        ("/implementedAsPlanned/explanation", "OGP111", r => r with { ImplementedAsPlanned = r.ImplementedAsPlanned with { Explanation = null } }),
        ("/implementedAsPlanned/evidence", "OGP114", r => r with { ImplementedAsPlanned = r.ImplementedAsPlanned with { Evidence = [] } }),
        ("/accessToInformation/degree", "OGP120", r => r with { AccessToInformation = r.AccessToInformation with { Degree = default } }),
        ("/accessToInformation/immediateResults", "OGP121", r => r with { AccessToInformation = r.AccessToInformation with { ImmediateResults = [] } }),
        ("/accessToInformation/explanation", "OGP122", r => r with { AccessToInformation = r.AccessToInformation with { Explanation = null } }),
        ("/civicParticipation/degree", "OGP120", r => r with { CivicParticipation = r.CivicParticipation with { Degree = default } }),
        ("/civicParticipation/immediateResults", "OGP121", r => r with { CivicParticipation = r.CivicParticipation with { ImmediateResults = [] } }),
        ("/civicParticipation/explanation", "OGP122", r => r with { CivicParticipation = r.CivicParticipation with { Explanation = null } }),
        ("/publicAccountability/degree", "OGP120", r => r with { PublicAccountability = r.PublicAccountability with { Degree = default } }),
        ("/publicAccountability/immediateResults", "OGP121", r => r with { PublicAccountability = r.PublicAccountability with { ImmediateResults = [] } }),
        ("/publicAccountability/explanation", "OGP122", r => r with { PublicAccountability = r.PublicAccountability with { Explanation = null } }),
        ("/problemAddressed/choice", "OGP130", r => r with { ProblemAddressed = r.ProblemAddressed with { Choice = default } }),
        ("/problemAddressed/explanation", "OGP111", r => r with { ProblemAddressed = r.ProblemAddressed with { Explanation = null } }),
        ("/lessons", "OGP140", r => r with { Lessons = [" "] }),
    ];

    [Fact]
    public void The_mexico_state_report_gives_exactly_the_missing_answers()
    {
        var report = OgpJson.Deserialize<EndOfCommitmentReport>(Fixture.Read(Fixture.MexicoReportJsonPath));

        var result = Validator.Validate(report);

        Assert.Equal(
            [
                ("OGP110", "/completion/level"),
                ("OGP114", "/implementedAsPlanned/evidence"),
                ("OGP120", "/accessToInformation/degree"),
                ("OGP121", "/accessToInformation/immediateResults"),
                ("OGP120", "/civicParticipation/degree"),
                ("OGP121", "/civicParticipation/immediateResults"),
                ("OGP120", "/publicAccountability/degree"),
                ("OGP121", "/publicAccountability/immediateResults"),
                ("OGP130", "/problemAddressed/choice"),
            ],
            result.Findings.Select(f => (f.Code, f.Path)));
        Assert.Equal(new CompletenessScore { Answered = 15, Required = 24 }, result.Completeness);
        Assert.Equal(9, result.ErrorCount);
        Assert.False(result.IsValid);
        Assert.Equal(3, result.Groups.Single(g => g.Rule.Code == "OGP120").Count);
    }

    [Property(MaxTest = 200)]
    public Property A_complete_report_has_no_finding() =>
        Prop.ForAll(ModelGenerators.CompleteReport.ToArbitrary(), report =>
        {
            var result = Validator.Validate(report);
            Assert.Empty(result.Findings);
            Assert.Equal(1.0, result.Completeness!.Ratio);
            Assert.Equal(24, result.Completeness.Required);
        });

    [Property(MaxTest = 300)]
    public Property Removing_one_required_answer_gives_one_finding_at_its_path() =>
        Prop.ForAll(
            ModelGenerators.CompleteReport.ToArbitrary(),
            Gen.Choose(0, RequiredItems.Count - 1).ToArbitrary(),
            (report, index) =>
            {
                var (path, code, remove) = RequiredItems[index];
                var result = Validator.Validate(remove(report));
                var finding = Assert.Single(result.Findings);
                Assert.Equal(path, finding.Path);
                Assert.Equal(code, finding.Code);
                Assert.Equal(new CompletenessScore { Answered = 23, Required = 24 }, result.Completeness);
            });

    [Fact]
    public void Every_required_item_is_listed_once() =>
        Assert.Equal(24, RequiredItems.Select(i => i.Path).Distinct().Count());

    [Fact]
    public void A_degree_of_not_applicable_needs_no_immediate_result()
    {
        var report = ModelGenerators.CompleteReport.Sample(1, 1).Single();
        var notApplicable = report with { CivicParticipation = new OpenGovernmentAnswer { Degree = Recorded<OpenGovernmentResult>.NotApplicable, Explanation = "No participation component." } };

        var result = Validator.Validate(notApplicable);

        Assert.Empty(result.Findings);
        Assert.Equal(new CompletenessScore { Answered = 23, Required = 23 }, result.Completeness);
    }

    [Fact]
    public void Removing_a_not_applicable_degree_makes_the_immediate_results_required_again()
    {
        var report = ModelGenerators.CompleteReport.Sample(1, 1).Single();
        var removed = report with { CivicParticipation = new OpenGovernmentAnswer { Explanation = "No participation component." } };

        Assert.Equal(["OGP120", "OGP121"], Validator.Validate(removed).Findings.Select(f => f.Code));
    }

    [Fact]
    public void An_unknown_choice_counts_as_answered_and_is_reported_as_unknown()
    {
        var report = ModelGenerators.CompleteReport.Sample(1, 1).Single() with
        {
            Completion = new CompletionAnswer { Level = Recorded<CompletionLevel>.Unrecognized("Almost there"), Explanation = "x" },
        };

        var finding = Assert.Single(Validator.Validate(report).Findings);
        Assert.Equal("OGP200", finding.Code);
        Assert.Equal("/completion/level", finding.Path);
        Assert.Equal("Almost there", finding.Value);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(FindingCategory.Structure, finding.Category);
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 200)]
    public void Validation_never_throws_and_is_deterministic(OgpDocument document)
    {
        var first = Validator.Validate(document);
        var second = Validator.Validate(document);

        Assert.Equal(first, second);
        Assert.Equal(first.Findings.Count + first.FindingsLeftOut, first.ErrorCount + first.WarningCount + first.InfoCount);
        Assert.Equal(first.Groups.Sum(g => g.Count), first.ErrorCount + first.WarningCount + first.InfoCount);
    }
}
