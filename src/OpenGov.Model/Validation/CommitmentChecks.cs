using OpenGov.Model.Analysis;

namespace OpenGov.Model.Validation;

/// <summary>The rules on one commitment: its values, dates, milestones and IRM assessment.</summary>
internal static class CommitmentChecks
{
    public static void Check(FindingCollector sink, Commitment commitment, string prefix)
    {
        var values = sink.Runs(RuleSets.Values);
        var consistency = sink.Runs(RuleSets.Consistency);
        if (values)
        {
            ValueChecks.Noise(sink, commitment.Number, prefix, "/number");
            ValueChecks.Date(sink, commitment.Start, prefix, "/start");
            ValueChecks.Date(sink, commitment.End, prefix, "/end");
            foreach (var area in commitment.PolicyAreas)
            {
                if (area.Value.IsUnrecognized)
                {
                    ValueChecks.Flag(sink, area.Value, prefix, JsonPointer.Append("/policyAreas", area.Key.Token));
                }
            }
        }

        if (consistency && Reversed(commitment.Start, commitment.End))
        {
            sink.Add(
                ValidationRules.CommitmentDatesReversed,
                prefix + "/start",
                $"The commitment starts on {commitment.Start.Value} and ends on {commitment.End.Value}: it starts after it ends.",
                $"{commitment.Start.Value} > {commitment.End.Value}");
        }

        for (var i = 0; i < commitment.Milestones.Count; i++)
        {
            var milestone = commitment.Milestones[i];
            var milestonePrefix = prefix + "/milestones/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (values)
            {
                ValueChecks.Date(sink, milestone.Start, milestonePrefix, "/start");
                ValueChecks.Date(sink, milestone.End, milestonePrefix, "/end");
                ValueChecks.Label(sink, milestone.Completion, milestonePrefix, "/completion");
            }

            if (!consistency)
            {
                continue;
            }

            if (Reversed(milestone.Start, milestone.End))
            {
                sink.Add(
                    ValidationRules.MilestoneDatesReversed,
                    milestonePrefix + "/start",
                    $"Milestone {i + 1} starts on {milestone.Start.Value} and ends on {milestone.End.Value}: it starts after it ends.",
                    $"{milestone.Start.Value} > {milestone.End.Value}");
            }

            if (milestone.Start.TryGetValue(out var mStart) && commitment.Start.TryGetValue(out var cStart) && mStart.Start < cStart.Start)
            {
                sink.Add(
                    ValidationRules.MilestoneOutsideCommitment,
                    milestonePrefix + "/start",
                    $"Milestone {i + 1} starts on {mStart}, before its commitment starts ({cStart}).",
                    mStart.ToString());
            }

            if (milestone.End.TryGetValue(out var mEnd) && commitment.End.TryGetValue(out var cEnd) && mEnd.End > cEnd.End)
            {
                sink.Add(
                    ValidationRules.MilestoneOutsideCommitment,
                    milestonePrefix + "/end",
                    $"Milestone {i + 1} ends on {mEnd}, after its commitment ends ({cEnd}).",
                    mEnd.ToString());
            }
        }

        if (commitment.Assessment is { } assessment)
        {
            CheckAssessment(sink, commitment, assessment, prefix + "/assessment", values, consistency);
        }
    }

    /// <summary>Whether <paramref name="start"/> is after <paramref name="end"/> under every reading of their precision.</summary>
    public static bool Reversed(Recorded<PartialDate> start, Recorded<PartialDate> end) =>
        start.TryGetValue(out var s) && end.TryGetValue(out var e) && s.Start > e.End;

    private static void CheckAssessment(FindingCollector sink, Commitment commitment, IrmAssessment assessment, string prefix, bool values, bool consistency)
    {
        var design = assessment.Design;
        var implementation = assessment.Implementation;
        if (values)
        {
            ValueChecks.Number(sink, assessment.MidtermReportYear, prefix, "/midtermReportYear");
            ValueChecks.Number(sink, assessment.EndOfTermReportYear, prefix, "/endOfTermReportYear");

            var d = prefix + "/design";
            ValueChecks.Label(sink, design.Specificity, d, "/specificity");
            ValueChecks.Label(sink, design.Verifiable, d, "/verifiable");
            ValueChecks.Label(sink, design.PotentialImpact, d, "/potentialImpact");
            ValueChecks.Label(sink, design.PotentialForResults, d, "/potentialForResults");
            ValueChecks.Flag(sink, design.Compound, d, "/compound");
            ValueChecks.Noise(sink, design.Cluster, d, "/cluster");
            ValueChecks.Flag(sink, design.Clustered, d, "/clustered");
            ValueChecks.Other(sink, design.ClusterCommitments, d, "/clusterCommitments", "a list of commitment identifiers");
            ValueChecks.Flag(sink, design.Relevance.AccessToInformation, d, "/relevance/accessToInformation");
            ValueChecks.Flag(sink, design.Relevance.CivicParticipation, d, "/relevance/civicParticipation");
            ValueChecks.Flag(sink, design.Relevance.PublicAccountability, d, "/relevance/publicAccountability");
            ValueChecks.Flag(sink, design.Relevance.TechnologyAndInnovation, d, "/relevance/technologyAndInnovation");
            ValueChecks.Flag(sink, design.Relevance.Relevant, d, "/relevance/relevant");

            var m = prefix + "/implementation";
            ValueChecks.Label(sink, implementation.CompletionMidterm, m, "/completionMidterm");
            ValueChecks.Label(sink, implementation.CompletionEndOfTerm, m, "/completionEndOfTerm");
            ValueChecks.Label(sink, implementation.CompletionChange, m, "/completionChange");
            ValueChecks.Label(sink, implementation.OpenGovernment, m, "/openGovernment");
            ValueChecks.Label(sink, implementation.OpenGovernmentAccessToInformation, m, "/openGovernmentAccessToInformation");
            ValueChecks.Label(sink, implementation.OpenGovernmentCivicParticipation, m, "/openGovernmentCivicParticipation");
            ValueChecks.Label(sink, implementation.OpenGovernmentPublicAccountability, m, "/openGovernmentPublicAccountability");
            ValueChecks.Label(sink, implementation.EarlyResults, m, "/earlyResults");
            ValueChecks.Flag(sink, implementation.StarredPre2015Formula, m, "/starredPre2015Formula");
            ValueChecks.Flag(sink, implementation.StarredMidterm, m, "/starredMidterm");
            ValueChecks.Flag(sink, implementation.StarredEndOfTerm, m, "/starredEndOfTerm");
            ValueChecks.Flag(sink, implementation.CarriedForward, m, "/carriedForward");
        }

        if (consistency)
        {
            CheckChange(sink, implementation, prefix + "/implementation");
            CheckResults(sink, implementation, prefix + "/implementation");
            CheckStars(sink, commitment, assessment, prefix + "/implementation");
        }
    }

    private static void CheckChange(FindingCollector sink, ImplementationAssessment implementation, string prefix)
    {
        if (!implementation.CompletionChange.TryGetValue(out var recorded)
            || !ProgressOrdinal(implementation.CompletionMidterm, out var midterm)
            || !ProgressOrdinal(implementation.CompletionEndOfTerm, out var endOfTerm))
        {
            return;
        }

        var expected = endOfTerm > midterm ? CompletionChange.Increase : endOfTerm < midterm ? CompletionChange.Decrease : CompletionChange.NoChange;
        if (expected != recorded)
        {
            var list = Codelist<CompletionChange>.Default;
            sink.Add(
                ValidationRules.CompletionChangeDisagrees,
                prefix + "/completionChange",
                $"The change in completion is recorded as {list[recorded].Label}, but completion went from {Label(implementation.CompletionMidterm)} at mid-term to {Label(implementation.CompletionEndOfTerm)} at the end of term: {list[expected].Label}.",
                list[recorded].Token);
        }
    }

    private static void CheckResults(FindingCollector sink, ImplementationAssessment implementation, string prefix)
    {
        var completion = implementation.CompletionEndOfTerm.HasValue ? implementation.CompletionEndOfTerm : implementation.CompletionMidterm;
        if (!completion.TryGetValue(out var level) || level is not (CompletionLevel.NotStarted or CompletionLevel.Withdrawn))
        {
            return;
        }

        foreach (var (value, suffix) in new[]
        {
            (implementation.OpenGovernment, "/openGovernment"),
            (implementation.OpenGovernmentAccessToInformation, "/openGovernmentAccessToInformation"),
            (implementation.OpenGovernmentCivicParticipation, "/openGovernmentCivicParticipation"),
            (implementation.OpenGovernmentPublicAccountability, "/openGovernmentPublicAccountability"),
        })
        {
            if (value.TryGetValue(out var result) && result.IsStrongResult())
            {
                sink.Add(
                    ValidationRules.ResultsWithoutImplementation,
                    prefix + suffix,
                    $"\"Did it Open Government?\" is {Codelist<OpenGovernmentResult>.Default[result].Label}, but the commitment's completion is {Codelist<CompletionLevel>.Default[level].Label}.",
                    Codelist<OpenGovernmentResult>.Default[result].Token);
            }
        }

        if (implementation.EarlyResults.TryGetValue(out var early) && early.IsStrongResult())
        {
            sink.Add(
                ValidationRules.ResultsWithoutImplementation,
                prefix + "/earlyResults",
                $"Early results are {Codelist<EarlyResultsLevel>.Default[early].Label}, but the commitment's completion is {Codelist<CompletionLevel>.Default[level].Label}.",
                Codelist<EarlyResultsLevel>.Default[early].Token);
        }
    }

    private static void CheckStars(FindingCollector sink, Commitment commitment, IrmAssessment assessment, string prefix)
    {
        var implementation = assessment.Implementation;
        Check(implementation.StarredPre2015Formula, "/starredPre2015Formula", "the formula used until 2015", StarFormula.Pre2015, AssessmentStage.Midterm, implementation.CompletionMidterm);
        Check(implementation.StarredMidterm, "/starredMidterm", "the formula used since 2015", StarFormula.Since2015, AssessmentStage.Midterm, implementation.CompletionMidterm);
        Check(implementation.StarredEndOfTerm, "/starredEndOfTerm", "the formula used since 2015", StarFormula.Since2015, AssessmentStage.EndOfTerm, implementation.CompletionEndOfTerm);

        void Check(Recorded<bool> recorded, string suffix, string formulaName, StarFormula formula, AssessmentStage stage, Recorded<CompletionLevel> completion)
        {
            if (!recorded.TryGetValue(out var starred) || !Indicators.Starred(formula, stage).Evaluate(commitment).TryGetValue(out var computed) || computed == starred)
            {
                return;
            }

            sink.Add(
                ValidationRules.StarredDisagrees,
                prefix + suffix,
                $"The commitment is recorded as {(starred ? "starred" : "not starred")}, but {formulaName} gives {(computed ? "starred" : "not starred")} (specificity {Label(assessment.Design.Specificity)}, potential impact {Label(assessment.Design.PotentialImpact)}, completion {Label(completion)}).",
                starred ? "true" : "false");
        }
    }

    /// <summary>The ordinal of a completion on the progress scale (Not Started to Complete); false for Withdrawn, Unclear, No Evidence Available.</summary>
    private static bool ProgressOrdinal(Recorded<CompletionLevel> completion, out int ordinal)
    {
        ordinal = 0;
        if (!completion.TryGetValue(out var level) || level is CompletionLevel.Withdrawn or CompletionLevel.Unclear or CompletionLevel.NoEvidenceAvailable)
        {
            return false;
        }

        ordinal = Codelist<CompletionLevel>.Default[level].Ordinal;
        return true;
    }

    internal static string Label<T>(Recorded<T> value)
        where T : struct, System.Enum =>
        Codelist<T>.Default.Describe(value);
}
