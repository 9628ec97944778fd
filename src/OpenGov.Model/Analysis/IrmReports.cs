using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Analysis;

/// <summary>
/// Assembles the IRM's reports on one action plan from the rows of the commitment dataset: the Action Plan
/// Review (verifiable, relevance, potential for results per commitment or cluster) and the Results Report
/// (completion, early results and Did it Open Government? per commitment).
/// </summary>
/// <remarks>
/// <para>A cluster is read from the rows that the dataset marks as clustered (<c>Cluster (AP Review)</c> = 1):
/// its members are their <c>Cluster Commitment ID(s)</c>, its name is that list as the first row writes it
/// (<c>MN0049, MN0055</c>), and its assessment is the first member row's. Rows of one cluster that name other
/// members, or give the cluster other values, give a finding (<c>OGP314</c>); so do a row marked clustered
/// that names no member or whose list does not name it (either is then assessed on its own), and a commitment
/// with more than one row (each is listed). A member named twice in a list counts once.</para>
/// <para>What the dataset does not hold stays unanswered: whether a commitment is promising, the plan's
/// overview, the co-creation assessment, lessons and recommendations. A cluster's member that the rows do
/// not include stays a member; <see cref="Validation.OgpValidator"/> reports it (<c>OGP310</c>).</para>
/// </remarks>
public static class IrmReports
{
    /// <summary>Assembles the Action Plan Review of a plan from the dataset's rows of that plan, in their order.</summary>
    /// <param name="records">The dataset's rows; those of other plans are skipped.</param>
    /// <param name="plan">The plan, such as <c>AP_MNG04</c>.</param>
    public static AssembledDocument<ActionPlanReview> AssembleReview(IEnumerable<DatasetRecord> records, ActionPlanId plan)
    {
        ArgumentNullException.ThrowIfNull(records);

        var assembly = new Assembly(plan);
        assembly.Read(records);
        var commitments = new List<ReviewedCommitment>();
        foreach (var row in assembly.Rows)
        {
            commitments.Add(new ReviewedCommitment
            {
                Id = row.Record.Commitment.Id,
                Number = row.Record.Commitment.Number,
                Title = row.Record.Commitment.Title,
                Cluster = row.Cluster?.Name,
                Assessment = row.Cluster is null ? Review(row.Design) : ReviewAssessment.Empty,
            });
        }

        var clusters = new List<ReviewedCluster>();
        for (var c = 0; c < assembly.Clusters.Count; c++)
        {
            var cluster = assembly.Clusters[c];
            var first = Review(cluster.Rows[0].Design);
            var path = "/clusters/" + c.ToString(CultureInfo.InvariantCulture) + "/assessment";
            for (var r = 1; r < cluster.Rows.Count; r++)
            {
                var other = Review(cluster.Rows[r].Design);
                assembly.Compare(first.Verifiable, other.Verifiable, path + "/verifiable", cluster, r, "Verifiable");
                assembly.Compare(first.Relevant, other.Relevant, path + "/relevant", cluster, r, "relevance");
                assembly.Compare(first.PotentialForResults, other.PotentialForResults, path + "/potentialForResults", cluster, r, "Potential for Results");
            }

            clusters.Add(new ReviewedCluster { Name = cluster.Name, Commitments = cluster.Members, Assessment = first });
        }

        var review = new ActionPlanReview
        {
            ActionPlanId = plan,
            MemberName = assembly.MemberName,
            Commitments = ValueList.CreateRange(commitments),
            Clusters = ValueList.CreateRange(clusters),
        };
        return new AssembledDocument<ActionPlanReview>(review, ValueList.CreateRange(assembly.Findings), assembly.Rows.Count);
    }

    /// <summary>Assembles the Results Report of a plan from the dataset's rows of that plan, in their order: each commitment's end-of-term completion, early results and Did it Open Government?.</summary>
    /// <param name="records">The dataset's rows; those of other plans are skipped.</param>
    /// <param name="plan">The plan, such as <c>AP_MNG04</c>.</param>
    public static AssembledDocument<ResultsReport> AssembleResults(IEnumerable<DatasetRecord> records, ActionPlanId plan)
    {
        ArgumentNullException.ThrowIfNull(records);

        var assembly = new Assembly(plan);
        assembly.Read(records);
        var commitments = new List<CommitmentResult>();
        foreach (var row in assembly.Rows)
        {
            var implementation = row.Record.Commitment.Assessment?.Implementation ?? ImplementationAssessment.Empty;
            commitments.Add(new CommitmentResult
            {
                Id = row.Record.Commitment.Id,
                Number = row.Record.Commitment.Number,
                Title = row.Record.Commitment.Title,
                Cluster = row.Cluster?.Name,
                Results = new ResultAssessment
                {
                    Completion = implementation.CompletionEndOfTerm,
                    EarlyResults = implementation.EarlyResults,
                    OpenGovernment = implementation.OpenGovernment,
                },
            });
        }

        var clusters = new List<ClusterResult>();
        foreach (var cluster in assembly.Clusters)
        {
            clusters.Add(new ClusterResult { Name = cluster.Name, Commitments = cluster.Members, Results = ResultAssessment.Empty });
        }

        var results = new ResultsReport
        {
            ActionPlanId = plan,
            MemberName = assembly.MemberName,
            Commitments = ValueList.CreateRange(commitments),
            Clusters = ValueList.CreateRange(clusters),
        };
        return new AssembledDocument<ResultsReport>(results, ValueList.CreateRange(assembly.Findings), assembly.Rows.Count);
    }

    private static ReviewAssessment Review(DesignAssessment design) => new()
    {
        Verifiable = design.Verifiable,
        Relevant = design.Relevance.Relevant,
        PotentialForResults = design.PotentialForResults,
    };

    /// <summary>The rows of one plan, and the clusters they form.</summary>
    private sealed class Assembly(ActionPlanId plan)
    {
        private readonly HashSet<CommitmentId> _ids = [];

        public List<Row> Rows { get; } = [];

        public List<Cluster> Clusters { get; } = [];

        public List<Finding> Findings { get; } = [];

        public string? MemberName { get; private set; }

        public void Read(IEnumerable<DatasetRecord> records)
        {
            foreach (var record in records)
            {
                if (record.ActionPlan.Id != plan)
                {
                    continue;
                }

                MemberName ??= record.Member.Name;
                var row = new Row(record, Rows.Count);
                Rows.Add(row);
                if (record.Commitment.Id is { } id && !_ids.Add(id))
                {
                    Findings.Add(ValidationRules.Finding(
                        ValidationRules.ClusterRowsDisagree,
                        Path(row) + "/id",
                        $"{id} has more than one row; each is listed.",
                        id.ToString()));
                }

                var design = row.Design;
                if (design.Clustered is not { HasValue: true, Value: true })
                {
                    continue;
                }

                var members = design.ClusterCommitments.HasValue ? design.ClusterCommitments.Value.Distinct().ToValueList() : ValueList<CommitmentId>.Empty;
                if (members.Count == 0)
                {
                    Findings.Add(ValidationRules.Finding(
                        ValidationRules.ClusterRowsDisagree,
                        Path(row) + "/cluster",
                        $"{Name(record)} is marked as clustered (Cluster (AP Review) = 1) but names no member (Cluster Commitment ID(s)); it is assessed on its own."));
                    continue;
                }

                if (record.Commitment.Id is { } own && !members.Contains(own))
                {
                    Findings.Add(ValidationRules.Finding(
                        ValidationRules.ClusterRowsDisagree,
                        Path(row) + "/cluster",
                        $"{own} is marked as clustered, but its Cluster Commitment ID(s) ({string.Join(", ", members)}) do not name it; it is assessed on its own.",
                        string.Join(", ", members)));
                    continue;
                }

                var cluster = Clusters.Find(c => Overlaps(c, record.Commitment.Id, members));
                if (cluster is null)
                {
                    cluster = new Cluster(string.Join(", ", members), members);
                    Clusters.Add(cluster);
                }
                else if (!SameMembers(cluster.Members, members))
                {
                    Findings.Add(ValidationRules.Finding(
                        ValidationRules.ClusterRowsDisagree,
                        "/clusters/" + Clusters.IndexOf(cluster).ToString(CultureInfo.InvariantCulture) + "/commitments",
                        $"{Name(record)} names the cluster's members as {string.Join(", ", members)}; the first row of the cluster ({Name(cluster.Rows[0].Record)}) names {cluster.Name}.",
                        string.Join(", ", members)));
                }

                cluster.Rows.Add(row);
                row.Cluster = cluster;
            }
        }

        public void Compare<T>(Recorded<T> first, Recorded<T> other, string path, Cluster cluster, int row, string what)
        {
            if (!first.Equals(other))
            {
                Findings.Add(ValidationRules.Finding(
                    ValidationRules.ClusterRowsDisagree,
                    path,
                    $"The rows of cluster \"{cluster.Name}\" disagree on {what}: {Name(cluster.Rows[0].Record)} has {first}, {Name(cluster.Rows[row].Record)} has {other}; the first is used."));
            }
        }

        private static bool Overlaps(Cluster cluster, CommitmentId? id, ValueList<CommitmentId> members)
        {
            foreach (var member in members)
            {
                if (cluster.Members.Contains(member))
                {
                    return true;
                }
            }

            return id is { } value && cluster.Members.Contains(value);
        }

        private static bool SameMembers(ValueList<CommitmentId> a, ValueList<CommitmentId> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            foreach (var member in b)
            {
                if (!a.Contains(member))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Path(Row row) => "/commitments/" + row.Index.ToString(CultureInfo.InvariantCulture);

        private static string Name(DatasetRecord record) => record.Commitment.Id?.ToString() ?? "a row without identifier";
    }

    private sealed class Row(DatasetRecord record, int index)
    {
        public DatasetRecord Record { get; } = record;

        public int Index { get; } = index;

        /// <summary>The row's design assessment; empty when the row has none.</summary>
        public DesignAssessment Design => Record.Commitment.Assessment?.Design ?? DesignAssessment.Empty;

        public Cluster? Cluster { get; set; }
    }

    private sealed class Cluster(string name, ValueList<CommitmentId> members)
    {
        public string Name { get; } = name;

        public ValueList<CommitmentId> Members { get; } = members;

        public List<Row> Rows { get; } = [];
    }
}
