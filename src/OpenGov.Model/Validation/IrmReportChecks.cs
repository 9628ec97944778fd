using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace OpenGov.Model.Validation;

/// <summary>The rules on IRM Action Plan Reviews and Results Reports (OGP31x) and on the co-creation process (OGP320).</summary>
internal static class IrmReportChecks
{
    public static void Check(FindingCollector sink, ActionPlanReview review)
    {
        if (sink.Runs(RuleSets.Values))
        {
            for (var i = 0; i < review.Commitments.Count; i++)
            {
                Values(sink, review.Commitments[i].Assessment, Index("/commitments", i) + "/assessment");
            }

            for (var i = 0; i < review.Clusters.Count; i++)
            {
                Values(sink, review.Clusters[i].Assessment, Index("/clusters", i) + "/assessment");
            }

            Values(sink, review.CoCreation, "/coCreation");
        }

        if (!sink.Runs(RuleSets.Consistency))
        {
            return;
        }

        Clusters(sink, review.Commitments.Select(c => (c.Id, c.Cluster)).ToList(), review.Clusters.Select(c => (c.Name, c.Commitments)).ToList());
        for (var i = 0; i < review.Commitments.Count; i++)
        {
            Promising(sink, review.Commitments[i].Assessment, Index("/commitments", i) + "/assessment", "Commitment " + Name(review.Commitments[i].Id, review.Commitments[i].Number, i));
        }

        for (var i = 0; i < review.Clusters.Count; i++)
        {
            Promising(sink, review.Clusters[i].Assessment, Index("/clusters", i) + "/assessment", $"Cluster \"{review.Clusters[i].Name}\"");
        }

        CoCreation(sink, review.CoCreation, "/coCreation");
    }

    public static void Check(FindingCollector sink, ResultsReport results)
    {
        if (sink.Runs(RuleSets.Values))
        {
            for (var i = 0; i < results.Commitments.Count; i++)
            {
                Values(sink, results.Commitments[i].Results, Index("/commitments", i) + "/results");
            }

            for (var i = 0; i < results.Clusters.Count; i++)
            {
                Values(sink, results.Clusters[i].Results, Index("/clusters", i) + "/results");
            }

            Values(sink, results.CoCreation, "/coCreation");
        }

        if (sink.Runs(RuleSets.Consistency))
        {
            Clusters(sink, results.Commitments.Select(c => (c.Id, c.Cluster)).ToList(), results.Clusters.Select(c => (c.Name, c.Commitments)).ToList());
            CoCreation(sink, results.CoCreation, "/coCreation");
        }
    }

    /// <summary>A Results Report against its plan's Action Plan Review: every commitment it assesses is one the review lists.</summary>
    public static void Check(FindingCollector sink, ResultsReport results, ActionPlanReview review)
    {
        Check(sink, results);
        if (!sink.Runs(RuleSets.Consistency))
        {
            return;
        }

        if (results.ActionPlanId is { } resultsPlan && review.ActionPlanId is { } reviewPlan && resultsPlan != reviewPlan)
        {
            sink.Add(ValidationRules.PlanIdMismatch, "/actionPlanId", $"The Results Report is of {resultsPlan}, the Action Plan Review of {reviewPlan}: they cannot be compared.", resultsPlan.ToString());
            return;
        }

        var listed = new HashSet<CommitmentId>();
        foreach (var commitment in review.Commitments)
        {
            if (commitment.Id is { } id)
            {
                listed.Add(id);
            }
        }

        for (var i = 0; i < results.Commitments.Count; i++)
        {
            if (results.Commitments[i].Id is { } id && !listed.Contains(id))
            {
                sink.Add(ValidationRules.ResultForUnlistedCommitment, Index("/commitments", i) + "/id", $"The Results Report assesses {id}, which the Action Plan Review{(review.ActionPlanId is { } plan ? " of " + plan : string.Empty)} does not list.", id.ToString());
            }
        }
    }

    /// <summary>The clusters of a report against its commitments: every member listed, in one cluster only, and every commitment's cluster one that names it.</summary>
    private static void Clusters(FindingCollector sink, List<(CommitmentId? Id, string? Cluster)> commitments, List<(string Name, ValueList<CommitmentId> Members)> clusters)
    {
        var listed = new HashSet<CommitmentId>();
        foreach (var (id, _) in commitments)
        {
            if (id is { } value)
            {
                listed.Add(value);
            }
        }

        var firstCluster = new Dictionary<CommitmentId, string>();
        for (var c = 0; c < clusters.Count; c++)
        {
            var (name, members) = clusters[c];
            for (var m = 0; m < members.Count; m++)
            {
                var member = members[m];
                var path = Index(Index("/clusters", c) + "/commitments", m);
                if (!listed.Contains(member))
                {
                    sink.Add(ValidationRules.ClusterMemberMissing, path, $"Cluster \"{name}\" names {member}, which is not a commitment of the plan the report lists.", member.ToString());
                }

                if (firstCluster.TryGetValue(member, out var other))
                {
                    var message = other == name && members.IndexOf(member) < m
                        ? $"Cluster \"{name}\" names {member} twice."
                        : $"{member} is in cluster \"{other}\" and in cluster \"{name}\".";
                    sink.Add(ValidationRules.CommitmentInTwoClusters, path, message, member.ToString());
                }
                else
                {
                    firstCluster[member] = name;
                }
            }
        }

        for (var i = 0; i < commitments.Count; i++)
        {
            if (commitments[i].Cluster is not { } cluster)
            {
                continue;
            }

            var found = clusters.FindIndex(c => c.Name == cluster);
            if (found < 0)
            {
                sink.Add(ValidationRules.UnknownCluster, Index("/commitments", i) + "/cluster", $"Commitment {Name(commitments[i].Id, null, i)} is placed in cluster \"{cluster}\", which the report does not have.", cluster);
            }
            else if (commitments[i].Id is { } id && !clusters[found].Members.Contains(id))
            {
                sink.Add(ValidationRules.UnknownCluster, Index("/commitments", i) + "/cluster", $"Commitment {id} is placed in cluster \"{cluster}\", which does not name it.", cluster);
            }
        }
    }

    private static void Promising(FindingCollector sink, ReviewAssessment assessment, string path, string name)
    {
        if (assessment.Promising is { HasValue: true, Value: true } && !assessment.PotentialForResults.HasValue)
        {
            sink.Add(ValidationRules.PromisingWithoutPotential, path + "/potentialForResults", $"{name} is promising but has no potential for results.");
        }
    }

    private static void CoCreation(FindingCollector sink, CoCreationAssessment assessment, string path)
    {
        foreach (var criterion in assessment.GetContraryToProcessCriteria())
        {
            switch (criterion)
            {
                case ContraryToProcessCriterion.Development:
                    sink.Add(ValidationRules.ContraryToProcess, path + "/influenceDuringDevelopment", $"Acting contrary to process (development): the public's influence during development was {Label(assessment.InfluenceDuringDevelopment)}, below {Label(CoCreationAssessment.MinimumDuringDevelopment)}.");
                    break;
                case ContraryToProcessCriterion.Implementation:
                    sink.Add(ValidationRules.ContraryToProcess, path + "/influenceDuringImplementation", $"Acting contrary to process (implementation): the public's influence during implementation was {Label(assessment.InfluenceDuringImplementation)}, below {Label(CoCreationAssessment.MinimumDuringImplementation)}.");
                    break;
                default:
                    sink.Add(ValidationRules.ContraryToProcess, path + "/collaboratedWithIrm", "Acting contrary to process (IRM collaboration): the government did not collaborate with the IRM.");
                    break;
            }
        }
    }

    private static string Label(Recorded<PublicInfluence> influence) => influence.HasValue ? Label(influence.Value) : "not recorded";

    private static string Label(PublicInfluence influence) => Codelist<PublicInfluence>.Default[influence].Label;

    private static void Values(FindingCollector sink, ReviewAssessment assessment, string path)
    {
        ValueChecks.Flag(sink, assessment.Relevant, path, "/relevant");
        ValueChecks.Flag(sink, assessment.Promising, path, "/promising");
        ValueChecks.Label(sink, assessment.Verifiable, path, "/verifiable");
        ValueChecks.Label(sink, assessment.PotentialForResults, path, "/potentialForResults");
    }

    private static void Values(FindingCollector sink, ResultAssessment results, string path)
    {
        ValueChecks.Label(sink, results.Completion, path, "/completion");
        ValueChecks.Label(sink, results.EarlyResults, path, "/earlyResults");
        ValueChecks.Label(sink, results.OpenGovernment, path, "/openGovernment");
    }

    private static void Values(FindingCollector sink, CoCreationAssessment assessment, string path)
    {
        ValueChecks.Flag(sink, assessment.OpenParticipation, path, "/openParticipation");
        ValueChecks.Flag(sink, assessment.CollaboratedWithIrm, path, "/collaboratedWithIrm");
        ValueChecks.Label(sink, assessment.InfluenceDuringDevelopment, path, "/influenceDuringDevelopment");
        ValueChecks.Label(sink, assessment.InfluenceDuringImplementation, path, "/influenceDuringImplementation");
        for (var i = 0; i < assessment.Requirements.Count; i++)
        {
            ValueChecks.Label(sink, assessment.Requirements[i].Status, Index(path + "/requirements", i), "/status");
        }
    }

    private static string Name(CommitmentId? id, string? number, int index) =>
        id?.ToString() ?? number ?? "#" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Index(string path, int i) => path + "/" + i.ToString(CultureInfo.InvariantCulture);
}
