using System;
using System.Collections.Generic;
using System.Globalization;

namespace OpenGov.Model.Validation;

/// <summary>The rules on an action plan and its commitments.</summary>
internal static class PlanChecks
{
    public static void Check(FindingCollector sink, ActionPlan plan)
    {
        var values = sink.Runs(RuleSets.Values);
        var consistency = sink.Runs(RuleSets.Consistency);
        if (values)
        {
            if (plan.Member is { } member)
            {
                MemberChecks.Check(sink, member, "/member");
            }

            ValueChecks.Number(sink, plan.SubmissionYear, string.Empty, "/submissionYear");
            ValueChecks.Date(sink, plan.Start, string.Empty, "/start");
            ValueChecks.Date(sink, plan.End, string.Empty, "/end");
        }

        if (consistency && CommitmentChecks.Reversed(plan.Start, plan.End))
        {
            sink.Add(ValidationRules.PlanDatesReversed, "/start", $"The plan starts on {plan.Start.Value} and ends on {plan.End.Value}: it starts after it ends.", $"{plan.Start.Value} > {plan.End.Value}");
        }

        if (consistency && plan.Id is { } id)
        {
            CheckId(sink, id, plan.Member?.Code, plan.Number is { } n ? n : Recorded<int>.NotAnswered, "/id");
        }

        var crossRows = new CrossRowChecks(sink, "/commitments/{0}/id", "/commitments/{0}/number");
        for (var i = 0; i < plan.Commitments.Count; i++)
        {
            var commitment = plan.Commitments[i];
            var prefix = "/commitments/" + i.ToString(CultureInfo.InvariantCulture);
            CommitmentChecks.Check(sink, commitment, prefix);
            if (!consistency)
            {
                continue;
            }

            if (plan.Start.TryGetValue(out var planStart) && commitment.Start.TryGetValue(out var start) && start.Start < planStart.Start)
            {
                sink.Add(ValidationRules.CommitmentOutsidePlan, prefix + "/start", $"The commitment starts on {start}, before its action plan starts ({planStart}).", start.ToString());
            }

            if (plan.End.TryGetValue(out var planEnd) && commitment.End.TryGetValue(out var end) && end.End > planEnd.End)
            {
                sink.Add(ValidationRules.CommitmentOutsidePlan, prefix + "/end", $"The commitment ends on {end}, after its action plan ends ({planEnd}).", end.ToString());
            }

            crossRows.Add(i, commitment.Id, plan.Member?.Code?.ToString() ?? plan.Member?.Name, "plan", commitment.Number);
        }

        if (consistency)
        {
            crossRows.Finish();
        }
    }

    /// <summary>OGP302: an action plan identifier names the plan's member code and number.</summary>
    public static void CheckId(FindingCollector sink, ActionPlanId id, MemberCode? member, Recorded<int> number, string path)
    {
        if (member is { } code && code != id.Member)
        {
            sink.Add(ValidationRules.PlanIdMismatch, path, $"The action plan identifier {id} names the member {id.Member}, but the member's code is {code}.", id.ToString());
        }

        if (number.TryGetValue(out var n) && n != id.Number)
        {
            sink.Add(ValidationRules.PlanIdMismatch, path, $"The action plan identifier {id} names plan number {id.Number}, but the plan's number is {n}.", id.ToString());
        }
    }
}

/// <summary>
/// The rules across commitments: duplicate identifiers (OGP400), duplicate numbers in a plan
/// (OGP303), identifier prefixes that differ within a member (OGP304). It keeps eight bytes or so per
/// identifier and per plan number, a count per member and prefix, and the first hundred rows of each
/// prefix: a million rows are checked in tens of megabytes.
/// </summary>
internal sealed class CrossRowChecks(FindingCollector sink, string idPath, string numberPath)
{
    /// <summary>The rows kept per member and prefix, to report those whose prefix turns out not to be the usual one.</summary>
    private const int RowsKeptPerPrefix = 100;

    private readonly Dictionary<CommitmentId, int> _ids = [];
    private readonly Dictionary<string, int> _plans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _numberStrings = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _numbers = [];
    private readonly Dictionary<string, Dictionary<string, PrefixRows>> _prefixes = new(StringComparer.Ordinal);

    public void Add(int row, CommitmentId? id, string? member, string? plan, string? number, RecordOrigin? origin = null)
    {
        if (id is { } commitmentId)
        {
            if (_ids.TryGetValue(commitmentId, out var first))
            {
                sink.Add(
                    ValidationRules.DuplicateCommitmentId,
                    Path(idPath, row),
                    $"The commitment identifier {commitmentId} is also that of the commitment at {Path(idPath, first)}.",
                    commitmentId.ToString());
            }
            else
            {
                _ids[commitmentId] = row;
            }

            if (member is not null && sink.Reports(ValidationRules.CommitmentPrefixDiffers))
            {
                if (!_prefixes.TryGetValue(member, out var byPrefix))
                {
                    _prefixes[member] = byPrefix = new(StringComparer.Ordinal);
                }

                var prefix = commitmentId.Prefix;
                if (!byPrefix.TryGetValue(prefix, out var rows))
                {
                    byPrefix[prefix] = rows = new PrefixRows(row);
                }

                rows.Count++;
                if (rows.Kept.Count < RowsKeptPerPrefix)
                {
                    rows.Kept.Add((row, commitmentId, origin?.LineOf("/commitment/id") ?? 0, origin?.ColumnOf("/commitment/id") ?? 0));
                }
            }
        }

        if (plan is not null && !string.IsNullOrWhiteSpace(number))
        {
            var n = number!;
            var key = ((long)Index(_plans, plan) << 32) | (uint)Index(_numberStrings, n);
            if (_numbers.TryGetValue(key, out var first))
            {
                sink.Add(
                    ValidationRules.DuplicateCommitmentNumber,
                    Path(numberPath, row),
                    $"Commitment number {Excerpt.Of(n)} of plan {Excerpt.Of(plan)} is also that of the commitment at {Path(numberPath, first)}.",
                    n);
            }
            else
            {
                _numbers[key] = row;
            }
        }
    }

    /// <summary>Reports the prefixes that differ from each member's usual one, in row order.</summary>
    public void Finish()
    {
        var findings = new List<(int Row, CommitmentId Id, int Line, int Column, string Member, string Usual, int More)>();
        foreach (var member in _prefixes)
        {
            if (member.Value.Count < 2)
            {
                continue;
            }

            string? usual = null;
            var usualCount = 0;
            var usualFirst = int.MaxValue;
            foreach (var prefix in member.Value)
            {
                if (prefix.Value.Count > usualCount || (prefix.Value.Count == usualCount && prefix.Value.FirstRow < usualFirst))
                {
                    (usual, usualCount, usualFirst) = (prefix.Key, prefix.Value.Count, prefix.Value.FirstRow);
                }
            }

            foreach (var prefix in member.Value)
            {
                if (prefix.Key == usual)
                {
                    continue;
                }

                var kept = prefix.Value.Kept;
                for (var i = 0; i < kept.Count; i++)
                {
                    var (row, id, line, column) = kept[i];
                    findings.Add((row, id, line, column, member.Key, usual!, i == kept.Count - 1 ? prefix.Value.Count - kept.Count : 0));
                }
            }
        }

        findings.Sort((a, b) => a.Row.CompareTo(b.Row));
        foreach (var (row, id, line, column, member, usual, more) in findings)
        {
            var also = more > 0 ? $" {more} more of its commitments have that prefix, not listed." : string.Empty;
            sink.Add(
                ValidationRules.CommitmentPrefixDiffers,
                Path(idPath, row),
                $"The identifier {id} has the prefix {id.Prefix}, but the commitments of {Excerpt.Of(member)} mostly use {usual}.{also}",
                id.ToString(),
                line == 0 ? null : line,
                column == 0 ? null : column);
        }
    }

    private static int Index(Dictionary<string, int> index, string key)
    {
        if (!index.TryGetValue(key, out var i))
        {
            index[key] = i = index.Count;
        }

        return i;
    }

    private static string Path(string format, int row) => string.Format(CultureInfo.InvariantCulture, format, row);

    /// <summary>The commitments of one member with one prefix: how many, the first, and the first hundred.</summary>
    private sealed class PrefixRows(int firstRow)
    {
        public int FirstRow { get; } = firstRow;

        public int Count { get; set; }

        public List<(int Row, CommitmentId Id, int Line, int Column)> Kept { get; } = [];
    }
}
