using System;
using System.Linq;
using OpenGov.Model.Analysis;
using Xunit;

namespace OpenGov.Model.Tests.Analysis;

public class IndicatorTests
{
    private static Commitment With(DesignAssessment? design = null, ImplementationAssessment? implementation = null) => new()
    {
        Id = CommitmentId.Parse("AL0002"),
        Assessment = new IrmAssessment { Design = design ?? new DesignAssessment(), Implementation = implementation ?? new ImplementationAssessment() },
    };

    private static Commitment Completion(Recorded<CompletionLevel> midterm, Recorded<CompletionLevel> end) =>
        With(implementation: new ImplementationAssessment { CompletionMidterm = midterm, CompletionEndOfTerm = end });

    private static DesignAssessment StarDesign(Recorded<Specificity> specificity, Recorded<PotentialImpact> impact, bool relevant = true) => new()
    {
        Specificity = specificity,
        PotentialImpact = impact,
        Relevance = new OgpValueRelevance { AccessToInformation = relevant, CivicParticipation = false, PublicAccountability = false },
    };

    [Fact]
    public void Latest_completion_is_the_end_of_term_one_when_recorded_else_the_midterm_one()
    {
        Assert.Equal(IndicatorValue<CompletionLevel>.Known(CompletionLevel.Complete), Indicators.LatestCompletion(Completion(CompletionLevel.Limited, CompletionLevel.Complete)));
        Assert.Equal(IndicatorValue<CompletionLevel>.Known(CompletionLevel.Limited), Indicators.LatestCompletion(Completion(CompletionLevel.Limited, Recorded<CompletionLevel>.NotReviewed)));
    }

    [Theory]
    [InlineData(CompletionLevel.Substantial, true)]
    [InlineData(CompletionLevel.Complete, true)]
    [InlineData(CompletionLevel.Limited, false)]
    [InlineData(CompletionLevel.NotStarted, false)]
    [InlineData(CompletionLevel.Withdrawn, false)]
    [InlineData(CompletionLevel.Unclear, false)]
    public void High_completion_is_substantial_or_complete(CompletionLevel level, bool high) =>
        Assert.Equal(IndicatorValue<bool>.Known(high), Indicators.HighCompletion.Evaluate(Completion(Recorded<CompletionLevel>.NoData, level)));

    [Fact]
    public void High_completion_cannot_tell_without_either_completion_and_names_the_reason_and_the_input()
    {
        var value = Indicators.HighCompletion.Evaluate(Completion(Recorded<CompletionLevel>.NoData, Recorded<CompletionLevel>.NotReviewed));

        Assert.False(value.IsKnown);
        Assert.Equal(CannotTellReason.NotReviewed, value.Reason);
        Assert.Equal("/assessment/implementation/completionEndOfTerm", value.Input);
        Assert.Equal("cannot tell: not-reviewed /assessment/implementation/completionEndOfTerm", value.ToString());
        Assert.Throws<InvalidOperationException>(() => value.Value);
    }

    [Fact]
    public void An_unrecognized_label_explains_more_than_no_data()
    {
        var value = Indicators.HighCompletion.Evaluate(Completion(Recorded<CompletionLevel>.Unrecognized("Mostly"), Recorded<CompletionLevel>.NoData));

        Assert.Equal(CannotTellReason.Unrecognized, value.Reason);
        Assert.Equal("/assessment/implementation/completionMidterm", value.Input);
    }

    [Fact]
    public void A_commitment_without_assessment_cannot_tell_anything()
    {
        var commitment = new Commitment { Title = "Open budgets" };

        foreach (var indicator in Indicators.All)
        {
            var value = indicator.EvaluateAsNumber(commitment);
            Assert.Equal(CannotTellReason.NotAnswered, value.Reason);
            Assert.Equal("/assessment", value.Input);
        }
    }

    [Theory]
    [InlineData(PotentialImpact.None, false)]
    [InlineData(PotentialImpact.Minor, false)]
    [InlineData(PotentialImpact.Moderate, true)]
    [InlineData(PotentialImpact.Transformative, true)]
    public void High_ambition_under_the_old_method_is_moderate_or_transformative_potential_impact(PotentialImpact impact, bool high)
    {
        var commitment = With(new DesignAssessment { PotentialImpact = impact, PotentialForResults = Recorded<PotentialForResults>.NoData });

        Assert.Equal(IndicatorValue<bool>.Known(high), Indicators.HighAmbitionPotentialImpact.Evaluate(commitment));
        Assert.Equal(CannotTellReason.NoData, Indicators.HighAmbitionPotentialForResults.Evaluate(commitment).Reason);
        Assert.Equal(IndicatorValue<bool>.Known(high), Indicators.Ambitious(commitment));
    }

    [Theory]
    [InlineData(PotentialForResults.Unclear, false)]
    [InlineData(PotentialForResults.Modest, false)]
    [InlineData(PotentialForResults.Substantial, true)]
    public void High_ambition_under_the_new_method_is_substantial_potential_for_results(PotentialForResults potential, bool high)
    {
        var commitment = With(new DesignAssessment { PotentialImpact = Recorded<PotentialImpact>.NoData, PotentialForResults = potential });

        Assert.Equal(IndicatorValue<bool>.Known(high), Indicators.HighAmbitionPotentialForResults.Evaluate(commitment));
        Assert.Equal(CannotTellReason.NoData, Indicators.HighAmbitionPotentialImpact.Evaluate(commitment).Reason);
        Assert.Equal(IndicatorValue<bool>.Known(high), Indicators.Ambitious(commitment));
    }

    [Theory]
    [InlineData(OpenGovernmentResult.Major, RecordedState.NoData, true)]
    [InlineData(OpenGovernmentResult.Outstanding, RecordedState.NoData, true)]
    [InlineData(OpenGovernmentResult.Marginal, RecordedState.NoData, false)]
    [InlineData(OpenGovernmentResult.DidNotChange, RecordedState.NotAnswered, false)]
    [InlineData(OpenGovernmentResult.NoEarlyResultsYet, RecordedState.NoData, false)]
    public void Strong_early_results_from_did_it_open_government(OpenGovernmentResult result, RecordedState early, bool strong)
    {
        var commitment = With(implementation: new ImplementationAssessment { OpenGovernment = result, EarlyResults = Recorded<EarlyResultsLevel>.Missing(early) });

        Assert.Equal(IndicatorValue<bool>.Known(strong), Indicators.StrongEarlyResults.Evaluate(commitment));
    }

    [Theory]
    [InlineData(EarlyResultsLevel.Significant, true)]
    [InlineData(EarlyResultsLevel.Outstanding, true)]
    [InlineData(EarlyResultsLevel.Moderate, false)]
    [InlineData(EarlyResultsLevel.NoNotableResults, false)]
    public void Strong_early_results_from_the_results_report(EarlyResultsLevel level, bool strong)
    {
        var commitment = With(implementation: new ImplementationAssessment { OpenGovernment = Recorded<OpenGovernmentResult>.NoData, EarlyResults = level });

        Assert.Equal(IndicatorValue<bool>.Known(strong), Indicators.StrongEarlyResults.Evaluate(commitment));
    }

    [Fact]
    public void Strong_early_results_cannot_tell_when_the_other_scale_is_not_reviewed_but_either_strong_one_settles_it()
    {
        var marginalUnreviewed = With(implementation: new ImplementationAssessment { OpenGovernment = OpenGovernmentResult.Marginal, EarlyResults = Recorded<EarlyResultsLevel>.NotReviewed });
        var majorUnreviewed = With(implementation: new ImplementationAssessment { OpenGovernment = OpenGovernmentResult.Major, EarlyResults = Recorded<EarlyResultsLevel>.NotReviewed });

        Assert.Equal(CannotTellReason.NotReviewed, Indicators.StrongEarlyResults.Evaluate(marginalUnreviewed).Reason);
        Assert.Equal(IndicatorValue<bool>.Known(true), Indicators.StrongEarlyResults.Evaluate(majorUnreviewed));
    }

    [Fact]
    public void Starred_by_the_old_formula_with_moderate_impact_but_not_by_the_2015_formula()
    {
        var commitment = With(StarDesign(Specificity.High, PotentialImpact.Moderate), new ImplementationAssessment { CompletionMidterm = CompletionLevel.Substantial, CompletionEndOfTerm = CompletionLevel.Limited });

        Assert.Equal(IndicatorValue<bool>.Known(true), Indicators.Starred(StarFormula.Pre2015, AssessmentStage.Midterm).Evaluate(commitment));
        Assert.Equal(IndicatorValue<bool>.Known(false), Indicators.Starred(StarFormula.Since2015, AssessmentStage.Midterm).Evaluate(commitment));
        Assert.Equal(IndicatorValue<bool>.Known(false), Indicators.Starred(StarFormula.Pre2015, AssessmentStage.EndOfTerm).Evaluate(commitment));
    }

    [Fact]
    public void Starred_by_the_2015_formula_needs_transformative_impact_and_every_other_criterion()
    {
        var starred = With(StarDesign(Specificity.Medium, PotentialImpact.Transformative), new ImplementationAssessment { CompletionEndOfTerm = CompletionLevel.Complete });
        var notRelevant = With(StarDesign(Specificity.Medium, PotentialImpact.Transformative, relevant: false), new ImplementationAssessment { CompletionEndOfTerm = CompletionLevel.Complete });
        var vague = With(StarDesign(Specificity.Low, PotentialImpact.Transformative), new ImplementationAssessment { CompletionEndOfTerm = CompletionLevel.Complete });

        Assert.Equal(IndicatorValue<bool>.Known(true), Indicators.Starred(StarFormula.Since2015, AssessmentStage.EndOfTerm).Evaluate(starred));
        Assert.Equal(IndicatorValue<bool>.Known(false), Indicators.Starred(StarFormula.Since2015, AssessmentStage.EndOfTerm).Evaluate(notRelevant));
        Assert.Equal(IndicatorValue<bool>.Known(false), Indicators.Starred(StarFormula.Since2015, AssessmentStage.EndOfTerm).Evaluate(vague));
    }

    [Fact]
    public void One_failed_criterion_settles_a_star_even_when_another_is_missing()
    {
        var minorImpact = With(StarDesign(Recorded<Specificity>.NotReviewed, PotentialImpact.Minor), new ImplementationAssessment { CompletionMidterm = CompletionLevel.Complete });
        var unknownSpecificity = With(StarDesign(Recorded<Specificity>.NotReviewed, PotentialImpact.Transformative), new ImplementationAssessment { CompletionMidterm = CompletionLevel.Complete });

        Assert.Equal(IndicatorValue<bool>.Known(false), Indicators.Starred(StarFormula.Pre2015, AssessmentStage.Midterm).Evaluate(minorImpact));
        var unknown = Indicators.Starred(StarFormula.Pre2015, AssessmentStage.Midterm).Evaluate(unknownSpecificity);
        Assert.Equal(CannotTellReason.NotReviewed, unknown.Reason);
        Assert.Equal("/assessment/design/specificity", unknown.Input);
    }

    [Theory]
    [InlineData(PotentialImpact.Transformative, CompletionLevel.Complete, OpenGovernmentResult.Marginal, 4)]
    [InlineData(PotentialImpact.Minor, CompletionLevel.Limited, OpenGovernmentResult.Major, 4)]
    [InlineData(PotentialImpact.Moderate, CompletionLevel.Limited, OpenGovernmentResult.DidNotChange, 3)]
    [InlineData(PotentialImpact.Minor, CompletionLevel.Substantial, OpenGovernmentResult.Marginal, 2)]
    [InlineData(PotentialImpact.None, CompletionLevel.NotStarted, OpenGovernmentResult.DidNotChange, 1)]
    public void Irm_based_score(PotentialImpact impact, CompletionLevel completion, OpenGovernmentResult result, int score)
    {
        var commitment = With(
            new DesignAssessment { PotentialImpact = impact, PotentialForResults = Recorded<PotentialForResults>.NoData },
            new ImplementationAssessment { CompletionEndOfTerm = completion, OpenGovernment = result, EarlyResults = Recorded<EarlyResultsLevel>.NoData });

        Assert.Equal(IndicatorValue<int>.Known(score), Indicators.IrmBasedScore.Evaluate(commitment));
    }

    [Fact]
    public void Irm_based_score_is_minus_one_when_the_design_was_not_reviewed_and_cannot_tell_without_completion()
    {
        var notReviewed = With(
            new DesignAssessment { PotentialImpact = Recorded<PotentialImpact>.NotReviewed, PotentialForResults = Recorded<PotentialForResults>.NoData },
            new ImplementationAssessment { CompletionEndOfTerm = CompletionLevel.Limited });
        var noCompletion = With(
            new DesignAssessment { PotentialImpact = PotentialImpact.Moderate },
            new ImplementationAssessment { CompletionMidterm = Recorded<CompletionLevel>.NoData, CompletionEndOfTerm = Recorded<CompletionLevel>.NotReviewed });

        Assert.Equal(IndicatorValue<int>.Known(-1), Indicators.IrmBasedScore.Evaluate(notReviewed));
        Assert.Equal(IndicatorValue<int>.Known(4), Indicators.IrmBasedScore.Evaluate(notReviewed with { Assessment = notReviewed.Assessment! with { Implementation = notReviewed.Assessment.Implementation with { OpenGovernment = OpenGovernmentResult.Major } } }));
        Assert.Equal(CannotTellReason.NotReviewed, Indicators.IrmBasedScore.Evaluate(noCompletion).Reason);
    }

    [Fact]
    public void The_catalogue_names_each_indicator_once_with_a_source_and_the_dataset_columns_it_checks()
    {
        Assert.Equal(Indicators.All.Count, Indicators.All.Select(i => i.Name).Distinct().Count());
        Assert.All(Indicators.All, i => Assert.False(string.IsNullOrWhiteSpace(i.Source)));
        Assert.Equal(
            ["High Completion", "High Ambition", "High DIOG", "Starred (2015 Only)", "Starred (Current Formula) Progress Report", "Starred (Current Formula) End of Term", "IRM-Based Score"],
            Indicators.All.Where(i => i.RecordedColumn is not null).Select(i => i.RecordedColumn));
        Assert.Same(Indicators.All[0], Indicators.Get("HIGH-COMPLETION"));
        Assert.Throws<ArgumentException>(() => Indicators.Get("high-happiness"));
    }

    [Fact]
    public void A_check_compares_the_computed_and_the_recorded_value()
    {
        var record = new DatasetRecord
        {
            Commitment = Completion(Recorded<CompletionLevel>.NoData, CompletionLevel.Complete),
            Indicators = new DatasetIndicators { HighCompletion = false, HighOpenGovernment = Recorded<bool>.NoData },
        };

        var row = IndicatorRow.Create(record);

        Assert.Equal(CommitmentId.Parse("AL0002"), row.Id);
        Assert.Equal(Indicators.All.Concat(Indicators.DatasetColumns).Distinct().Select(i => i.Name), row.Checks.Select(c => c.Indicator));
        var completion = row.Checks.Single(c => c.Indicator == "high-completion");
        Assert.Equal(IndicatorValue<int>.Known(1), completion.Computed);
        Assert.Equal(Recorded<int>.Of(0), completion.Recorded);
        Assert.Equal(IndicatorAgreement.Disagree, completion.Agreement);
        Assert.Equal(IndicatorAgreement.NotComparable, row.Checks.Single(c => c.Indicator == "strong-early-results").Agreement);

        // The dataset's convention counts no early results as not strong, which the recorded "no data" contradicts.
        var dataset = IndicatorRow.Create(record, IndicatorConvention.Dataset);
        var strong = dataset.Checks.Single(c => c.Indicator == "strong-early-results");
        Assert.Equal(IndicatorValue<int>.Known(0), strong.Computed);
        Assert.Equal(IndicatorAgreement.Disagree, strong.Agreement);
    }
}
