using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace OpenGov.Model.Analysis;

/// <summary>
/// The roll-up and analysis of implementation trackers: a commitment's status and progress from its
/// sub-commitments, the progress its dates lead one to expect, a tracker's summary, and what changed between
/// two update rounds.
/// </summary>
/// <remarks>
/// <para>The roll-up: a commitment is complete only when every sub-commitment is, and not started only when
/// none has started; started and not complete, it is delayed when one of them is, on track when every one not
/// complete is, and in progress otherwise. Withdrawn sub-commitments are left out (all withdrawn: withdrawn).
/// A sub-commitment whose status is missing or not known means the commitment is not complete; when no other
/// has started, the roll-up cannot tell (not answered).</para>
/// <para>Progress: a sub-commitment's latest progress in percent, else 100 when complete and 0 when not
/// started; the commitment's is their mean weighted by <see cref="TrackedItem.Weight"/> when every one gives a
/// weight, else their plain mean; unknown when one is unknown.</para>
/// </remarks>
public static class ImplementationAnalysis
{
    /// <summary>Rolls a commitment's status up from the latest status of each of its sub-commitments or milestones.</summary>
    /// <param name="commitment">The commitment.</param>
    /// <returns>The status; <see cref="RecordedState.NotAnswered"/> when it cannot be told.</returns>
    public static Recorded<ImplementationStatus> RollUp(TrackedCommitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);

        return RollUp(commitment.Items.Select(StatusOrder.Latest));
    }

    /// <summary>Rolls statuses up into one, by the rule of <see cref="ImplementationAnalysis"/>.</summary>
    /// <param name="statuses">The statuses of the parts.</param>
    public static Recorded<ImplementationStatus> RollUp(IEnumerable<Recorded<ImplementationStatus>> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);

        int parts = 0, withdrawn = 0, unknown = 0, notStarted = 0, complete = 0, delayed = 0, onTrack = 0;
        foreach (var status in statuses)
        {
            if (!status.TryGetValue(out var value))
            {
                parts++;
                unknown++;
                continue;
            }

            switch (value)
            {
                case ImplementationStatus.Withdrawn:
                    withdrawn++;
                    continue;
                case ImplementationStatus.NotStarted:
                    notStarted++;
                    break;
                case ImplementationStatus.Complete:
                    complete++;
                    break;
                case ImplementationStatus.Delayed:
                    delayed++;
                    break;
                case ImplementationStatus.OnTrack:
                    onTrack++;
                    break;
            }

            parts++;
        }

        if (parts == 0)
        {
            return withdrawn > 0 ? ImplementationStatus.Withdrawn : Recorded<ImplementationStatus>.NotAnswered;
        }

        if (complete == parts)
        {
            return ImplementationStatus.Complete;
        }

        if (notStarted == parts)
        {
            return ImplementationStatus.NotStarted;
        }

        var started = parts - unknown - notStarted;
        if (started == 0)
        {
            return Recorded<ImplementationStatus>.NotAnswered;
        }

        return delayed > 0 ? ImplementationStatus.Delayed
            : unknown == 0 && onTrack == parts - complete ? ImplementationStatus.OnTrack
            : ImplementationStatus.InProgress;
    }

    /// <summary>Gets a commitment's progress in percent: the weighted mean of its sub-commitments' (see <see cref="ImplementationAnalysis"/>).</summary>
    /// <param name="commitment">The commitment.</param>
    /// <returns>The progress from 0 to 100; <see langword="null"/> when a sub-commitment's progress is unknown, or it has none.</returns>
    public static double? Progress(TrackedCommitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);

        var items = commitment.Items.Where(item => !IsWithdrawn(item)).ToList();
        if (items.Count == 0)
        {
            return null;
        }

        var weighted = items.TrueForAll(item => item.Weight.HasValue && item.Weight.Value > 0);
        double total = 0, weights = 0;
        foreach (var item in items)
        {
            if (Progress(item) is not { } progress)
            {
                return null;
            }

            var weight = weighted ? item.Weight.Value : 1;
            total += (double)progress * weight;
            weights += weight;
        }

        return total / weights;
    }

    /// <summary>Gets a sub-commitment's or milestone's progress in percent: that of its latest update giving a status or progress, else 100 when that update says complete and 0 when not started.</summary>
    /// <param name="item">The sub-commitment or milestone.</param>
    /// <returns>The progress from 0 to 100; <see langword="null"/> when it cannot be told.</returns>
    public static int? Progress(TrackedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);

        // The latest update that gives a status or a progress; one that gives only a narrative changes neither.
        for (var i = item.Updates.Count - 1; i >= 0; i--)
        {
            var latest = item.Updates[i];
            if (latest.Status.State == RecordedState.NotAnswered && latest.Progress.State == RecordedState.NotAnswered)
            {
                continue;
            }

            if (latest.Progress.TryGetValue(out var percent) && percent is >= 0 and <= 100)
            {
                return percent;
            }

            return latest.Status.TryGetValue(out var status)
                ? status switch
                {
                    ImplementationStatus.Complete => 100,
                    ImplementationStatus.NotStarted => 0,
                    _ => null,
                }
                : null;
        }

        return null;
    }

    /// <summary>
    /// Gets the progress a commitment's dates lead one to expect on a day: the share of its period elapsed, in
    /// percent, over its sub-commitments' periods (weighted as <see cref="Progress(TrackedCommitment)"/>), or its own
    /// start and end when they give none.
    /// </summary>
    /// <param name="commitment">The commitment.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The expected progress from 0 to 100; <see langword="null"/> when the dates do not tell.</returns>
    public static double? ExpectedProgress(TrackedCommitment commitment, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(commitment);

        var items = commitment.Items.Where(item => !IsWithdrawn(item)).ToList();
        if (items.Count == 0)
        {
            return null;
        }

        var weighted = items.TrueForAll(item => item.Weight.HasValue && item.Weight.Value > 0);
        double total = 0, weights = 0;
        foreach (var item in items)
        {
            if (Elapsed(item.Start, item.End, asOf) is not { } elapsed)
            {
                return null;
            }

            var weight = weighted ? item.Weight.Value : 1;
            total += elapsed * (double)weight;
            weights += weight;
        }

        return total / weights;
    }

    /// <summary>Summarizes a tracker, with the expected progress measured at the latest as-of date of its updates.</summary>
    /// <param name="tracker">The tracker.</param>
    public static ImplementationSummary Summarize(ImplementationTracker tracker) => Summarize(tracker, null, null, null);

    /// <summary>Summarizes a tracker.</summary>
    /// <param name="tracker">The tracker.</param>
    /// <param name="asOf">The day to measure expected progress at; <see langword="null"/> for the latest as-of date of its updates.</param>
    /// <param name="irm">The IRM's data on the same plan (rows of the commitment dataset), to compare the government's view with; <see langword="null"/> for none.</param>
    /// <param name="subject">What is summarized, such as a file name.</param>
    public static ImplementationSummary Summarize(ImplementationTracker tracker, LocalDate? asOf, IEnumerable<DatasetRecord>? irm, string? subject)
    {
        ArgumentNullException.ThrowIfNull(tracker);

        var rounds = new List<string>();
        var roundCounts = new Dictionary<string, Tally>(StringComparer.Ordinal);
        PartialDate? latest = null;
        foreach (var update in tracker.Commitments.SelectMany(c => c.Items).SelectMany(i => i.Updates))
        {
            if (update.AsOf.TryGetValue(out var date) && (latest is not { } l || date.End > l.End))
            {
                latest = date;
            }
        }

        var day = asOf ?? latest?.End;
        var irmCompletion = irm is null ? null : IrmCompletions(irm);
        var byTheme = new Groups();
        var byAgency = new Groups();
        var items = new Tally();
        var commitments = new Tally(rolledUp: true);
        var progressRows = new List<CommitmentProgress>();
        var pairs = new List<(Recorded<ImplementationStatus>, Recorded<CompletionLevel>)>();
        int itemCount = 0, withEvidence = 0, complete = 0, completeWithEvidence = 0;
        foreach (var commitment in tracker.Commitments)
        {
            var rolled = RollUp(commitment);
            commitments.Add(rolled);
            var completeItems = 0;
            foreach (var item in commitment.Items)
            {
                itemCount++;
                var status = StatusOrder.Latest(item);
                items.Add(status);
                byTheme.Add(item.Theme ?? commitment.Theme, status);
                byAgency.Add(item.LeadAgency ?? commitment.LeadAgency, status);
                var evidence = item.Updates.Any(StatusOrder.GivesEvidence);
                withEvidence += evidence ? 1 : 0;
                if (status.TryGetValue(out var s) && s == ImplementationStatus.Complete)
                {
                    completeItems++;
                    complete++;
                    completeWithEvidence += evidence ? 1 : 0;
                }

                foreach (var update in item.Updates)
                {
                    // One round however its updates write it (Round 1, round 01), under the name it is first given.
                    var round = RoundName(update);
                    var key = RoundNames.Key(round);
                    if (!roundCounts.TryGetValue(key, out var tally))
                    {
                        rounds.Add(round);
                        roundCounts[key] = tally = new Tally(collapseUnrecognized: true);
                    }

                    tally.Add(update.Status);
                }
            }

            var progress = Progress(commitment);
            var expected = day is { } d ? ExpectedProgress(commitment, d) : null;
            var reference = commitment.Reference;
            var irmLevel = Recorded<CompletionLevel>.NotAnswered;
            if (commitment.Id is { } id && irmCompletion is not null && irmCompletion.TryGetValue(id, out var found))
            {
                irmLevel = found;
                pairs.Add((rolled, found));
            }

            progressRows.Add(new CommitmentProgress
            {
                Commitment = reference,
                Title = commitment.Title,
                Items = commitment.Items.Count,
                Complete = completeItems,
                Status = rolled,
                Progress = Round(progress),
                ExpectedProgress = Round(expected),
                Behind = progress is { } p && expected is { } e && Math.Round(p, MidpointRounding.AwayFromZero) < Math.Round(e, MidpointRounding.AwayFromZero),
                IrmCompletion = irmLevel,
            });
        }

        return new ImplementationSummary
        {
            Subject = subject,
            ActionPlanId = tracker.ActionPlanId,
            MemberName = tracker.MemberName,
            AsOf = asOf is { } given ? PartialDate.FromDate(given) : latest,
            Rounds = ValueList.CreateRange(rounds),
            CommitmentCount = tracker.Commitments.Count,
            ItemCount = itemCount,
            Commitments = ValueList.CreateRange(progressRows),
            CommitmentsByStatus = commitments.ToCounts(),
            ItemsByStatus = items.ToCounts(),
            ByTheme = byTheme.ToGroups(),
            ByAgency = byAgency.ToGroups(),
            ByRound = ValueList.CreateRange(rounds.Select(r => roundCounts[RoundNames.Key(r)].ToGroup(r))),
            Evidence = new EvidenceCoverage { Items = itemCount, WithEvidence = withEvidence, Complete = complete, CompleteWithEvidence = completeWithEvidence },
            IrmAgreement = irmCompletion is null ? ValueList<ImplementationAgreement>.Empty : Agreement(pairs),
        };
    }

    /// <summary>Compares the latest update round of two releases of a tracker.</summary>
    /// <param name="before">The earlier release.</param>
    /// <param name="after">The later release.</param>
    public static ImplementationDifference Compare(ImplementationTracker before, ImplementationTracker after) => Compare(before, null, after, null);

    /// <summary>Compares two update rounds of one tracker.</summary>
    /// <param name="tracker">The tracker.</param>
    /// <param name="oldRound">The earlier round, as <see cref="ImplementationSummary.Rounds"/> names it.</param>
    /// <param name="newRound">The later round.</param>
    /// <exception cref="ArgumentException">The tracker has no update of one of the rounds.</exception>
    public static ImplementationDifference Compare(ImplementationTracker tracker, string oldRound, string newRound)
    {
        ArgumentNullException.ThrowIfNull(oldRound);
        ArgumentNullException.ThrowIfNull(newRound);

        return Compare(tracker, oldRound, tracker, newRound);
    }

    /// <summary>Compares a round of one tracker (or of a release of it) with a round of another.</summary>
    /// <param name="before">The earlier tracker.</param>
    /// <param name="oldRound">Its round to compare, as <see cref="ImplementationSummary.Rounds"/> names it; <see langword="null"/> for each sub-commitment's latest update.</param>
    /// <param name="after">The later tracker.</param>
    /// <param name="newRound">Its round to compare; <see langword="null"/> for each sub-commitment's latest update.</param>
    /// <exception cref="ArgumentException">A tracker has no update of the round asked for.</exception>
    public static ImplementationDifference Compare(ImplementationTracker before, string? oldRound, ImplementationTracker after, string? newRound)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        RequireRound(before, oldRound, nameof(oldRound));
        RequireRound(after, newRound, nameof(newRound));
        return Compare(Snapshot(before, oldRound), Snapshot(after, newRound), oldRound ?? LastRound(before), newRound ?? LastRound(after));
    }

    /// <summary>A sub-commitment as of a round, matched across rounds by its commitment and its identifier (or title), in any case.</summary>
    private sealed record Snap(TrackedCommitment Commitment, TrackedItem Item, ImplementationUpdate? Update, Recorded<ImplementationStatus> Status, Recorded<int> Progress)
    {
        public string Name => Item.Id ?? Item.Title ?? Commitment.Reference ?? string.Empty;

        public (string, string) Key => ((Commitment.Reference ?? string.Empty).ToUpperInvariant(), (Item.Id ?? Item.Title ?? string.Empty).ToUpperInvariant());
    }

    private static void RequireRound(ImplementationTracker tracker, string? round, string parameter)
    {
        if (round is null)
        {
            return;
        }

        var rounds = tracker.Commitments.SelectMany(c => c.Items).SelectMany(i => i.Updates).Select(RoundName).Distinct(StringComparer.Ordinal).ToList();
        if (!rounds.Exists(r => RoundNames.Key(r) == RoundNames.Key(round)))
        {
            throw new ArgumentException($"The tracker has no update of round \"{round}\"; its rounds are: {string.Join(", ", rounds)}.", parameter);
        }
    }

    /// <summary>The name of an update's round: its round, else its as-of date, else empty.</summary>
    internal static string RoundName(ImplementationUpdate update) =>
        update.Round ?? (update.AsOf.TryGetValue(out var date) ? date.ToString() : update.AsOf.UnrecognizedText ?? string.Empty);

    private static string? LastRound(ImplementationTracker tracker) =>
        tracker.Commitments.SelectMany(c => c.Items).SelectMany(i => i.Updates).Select(RoundName).LastOrDefault();

    /// <summary>
    /// Each sub-commitment as of a round (null for its latest update): its status and progress are the last given
    /// up to that round, so a round that gives only a narrative does not undo them.
    /// </summary>
    private static List<Snap> Snapshot(ImplementationTracker tracker, string? round)
    {
        var items = new List<Snap>();
        var key = round is null ? null : RoundNames.Key(round);
        foreach (var commitment in tracker.Commitments)
        {
            foreach (var item in commitment.Items)
            {
                var last = item.Updates.Count - 1;
                if (key is not null)
                {
                    last = -1;
                    for (var i = 0; i < item.Updates.Count; i++)
                    {
                        if (RoundNames.Key(RoundName(item.Updates[i])) == key)
                        {
                            last = i;
                        }
                    }

                    if (last < 0)
                    {
                        continue;
                    }
                }

                var status = Recorded<ImplementationStatus>.NotAnswered;
                var progress = Recorded<int>.NotAnswered;
                for (var i = last; i >= 0 && (status.State == RecordedState.NotAnswered || progress.State == RecordedState.NotAnswered); i--)
                {
                    status = status.State == RecordedState.NotAnswered ? item.Updates[i].Status : status;
                    progress = progress.State == RecordedState.NotAnswered ? item.Updates[i].Progress : progress;
                }

                items.Add(new Snap(commitment, item, last >= 0 ? item.Updates[last] : null, status, progress));
            }
        }

        return items;
    }

    private static ImplementationDifference Compare(List<Snap> before, List<Snap> after, string? oldRound, string? newRound)
    {
        var old = new Dictionary<(string, string), Snap>();
        foreach (var snap in before)
        {
            if (!old.ContainsKey(snap.Key))
            {
                old[snap.Key] = snap;
            }
        }

        var seen = new HashSet<(string, string)>();
        var added = new List<string>();
        var changed = new List<StatusChange>();
        var unchanged = 0;
        foreach (var snap in after)
        {
            if (!seen.Add(snap.Key))
            {
                continue;
            }

            if (!old.TryGetValue(snap.Key, out var previous))
            {
                added.Add(snap.Name);
                continue;
            }

            var fields = Fields(previous, snap);
            if (previous.Status == snap.Status && previous.Progress == snap.Progress && fields.Count == 0)
            {
                unchanged++;
                continue;
            }

            changed.Add(new StatusChange
            {
                Item = snap.Name,
                Commitment = snap.Commitment.Reference,
                Before = previous.Status,
                After = snap.Status,
                ProgressBefore = previous.Progress,
                ProgressAfter = snap.Progress,
                WentBack = WentBack(previous.Status, snap.Status),
                Fields = ValueList.CreateRange(fields),
            });
        }

        var removed = before.Where(snap => !seen.Contains(snap.Key)).Select(snap => snap.Name).Distinct(StringComparer.Ordinal).ToList();
        return new ImplementationDifference
        {
            OldRound = oldRound,
            NewRound = newRound,
            Added = ValueList.CreateRange(added),
            Removed = ValueList.CreateRange(removed),
            Changed = ValueList.CreateRange(changed),
            Unchanged = unchanged,
        };
    }

    /// <summary>What else changed: the sub-commitment's own cells, and the narrative and evidence of the updates compared, as a sheet writes them.</summary>
    private static List<FieldChange> Fields(Snap before, Snap after)
    {
        var fields = new List<FieldChange>();
        void Field(string column, string? old, string? @new)
        {
            if (!string.Equals(old ?? string.Empty, @new ?? string.Empty, StringComparison.Ordinal))
            {
                fields.Add(new FieldChange { Column = column, Old = old ?? string.Empty, New = @new ?? string.Empty });
            }
        }

        Field("Commitment title", before.Commitment.Title, after.Commitment.Title);
        Field("Sub-commitment", before.Item.Title, after.Item.Title);
        Field("Theme", before.Item.Theme, after.Item.Theme);
        Field("Lead agency", before.Item.LeadAgency, after.Item.LeadAgency);
        Field("Weight", Text(before.Item.Weight), Text(after.Item.Weight));
        Field("Start date", Text(before.Item.Start), Text(after.Item.Start));
        Field("End date", Text(before.Item.End), Text(after.Item.End));
        Field("Narrative", before.Update?.Narrative, after.Update?.Narrative);
        Field("Evidence", Evidence(before.Update), Evidence(after.Update));
        return fields;

        static string? Evidence(ImplementationUpdate? update) =>
            update is null || update.Evidence.IsEmpty ? null : string.Join("\n", update.Evidence.Select(e => e.Reference is { } r && e.Description is { } d ? d + " (" + r + ")" : e.Reference ?? e.Description));
    }

    private static string? Text<T>(Recorded<T> value) => value.State switch
    {
        RecordedState.NotAnswered => null,
        RecordedState.Unrecognized => value.UnrecognizedText,
        _ => value.ToString(),
    };

    /// <summary>Whether a status went back: to a lower rank on the way from not started to complete.</summary>
    internal static bool WentBack(Recorded<ImplementationStatus> before, Recorded<ImplementationStatus> after) =>
        before.TryGetValue(out var b) && after.TryGetValue(out var a)
            && StatusOrder.Rank(b) is { } from && StatusOrder.Rank(a) is { } to && to < from;

    private static bool IsWithdrawn(TrackedItem item) =>
        StatusOrder.Latest(item).TryGetValue(out var status) && status == ImplementationStatus.Withdrawn;

    private static double? Elapsed(Recorded<PartialDate> start, Recorded<PartialDate> end, LocalDate asOf)
    {
        if (!start.TryGetValue(out var from) || !end.TryGetValue(out var to))
        {
            return null;
        }

        var first = from.Start;
        var last = to.End;
        if (last < first)
        {
            return null;
        }

        if (asOf < first)
        {
            return 0;
        }

        if (asOf >= last)
        {
            return 100;
        }

        var span = Period.DaysBetween(first, last) + 1;
        return 100.0 * (Period.DaysBetween(first, asOf) + 1) / span;
    }

    private static int? Round(double? value) => value is { } v ? (int)Math.Round(v, MidpointRounding.AwayFromZero) : null;

    private static Dictionary<CommitmentId, Recorded<CompletionLevel>> IrmCompletions(IEnumerable<DatasetRecord> records)
    {
        var completions = new Dictionary<CommitmentId, Recorded<CompletionLevel>>();
        foreach (var record in records)
        {
            if (record.Commitment.Id is not { } id)
            {
                continue;
            }

            var implementation = record.Commitment.Assessment?.Implementation;
            // The end of term's value, else the mid-term's, else what the end of term records (a marker, say).
            var completion = implementation is null ? Recorded<CompletionLevel>.NotAnswered
                : implementation.CompletionEndOfTerm.HasValue || !implementation.CompletionMidterm.HasValue ? implementation.CompletionEndOfTerm
                : implementation.CompletionMidterm;
            if (!completions.ContainsKey(id))
            {
                completions[id] = completion;
            }
        }

        return completions;
    }

    private static ValueList<ImplementationAgreement> Agreement(List<(Recorded<ImplementationStatus> Government, Recorded<CompletionLevel> Irm)> pairs)
    {
        return [Count(IndicatorConvention.Strict), Count(IndicatorConvention.Dataset)];

        ImplementationAgreement Count(IndicatorConvention convention)
        {
            int compared = 0, both = 0, government = 0, irm = 0, neither = 0, cannotTell = 0;
            foreach (var (governmentStatus, irmCompletion) in pairs)
            {
                // The dataset's convention counts a completion not recorded yet as not complete; a marker (ND, NR, NA) or unknown text cannot tell.
                bool? irmComplete = irmCompletion.TryGetValue(out var level) ? level == CompletionLevel.Complete
                    : convention == IndicatorConvention.Dataset && irmCompletion.State == RecordedState.NotAnswered ? false
                    : null;
                bool? governmentComplete = governmentStatus.TryGetValue(out var status) ? status == ImplementationStatus.Complete : null;
                if (irmComplete is not { } i || governmentComplete is not { } g)
                {
                    cannotTell++;
                    continue;
                }

                compared++;
                if (i && g)
                {
                    both++;
                }
                else if (g)
                {
                    government++;
                }
                else if (i)
                {
                    irm++;
                }
                else
                {
                    neither++;
                }
            }

            return new ImplementationAgreement
            {
                Convention = convention,
                Compared = compared,
                BothComplete = both,
                GovernmentOnly = government,
                IrmOnly = irm,
                NeitherComplete = neither,
                CannotTell = cannotTell,
            };
        }
    }

    /// <summary>
    /// Counts by status: every status of the codelist, then the missing kinds and the text kept as written, each
    /// text on its own, or, for the tallies of groups, all such text as one count (<c>unrecognized</c>) so that a
    /// table of groups by status stays as wide as the codelist.
    /// </summary>
    private sealed class Tally(bool collapseUnrecognized = false, bool rolledUp = false)
    {
        private readonly int[] _values = new int[Codelist<ImplementationStatus>.Default.Entries.Count];
        private readonly Dictionary<string, (string Label, int Count)> _other = new(StringComparer.Ordinal);

        public int Total { get; private set; }

        public void Add(Recorded<ImplementationStatus> status)
        {
            Total++;
            if (status.TryGetValue(out var value))
            {
                _values[(int)value]++;
                return;
            }

            var (token, label) = status.State switch
            {
                RecordedState.Unrecognized when collapseUnrecognized => ("unrecognized", "Other (kept as written)"),
                RecordedState.NotAnswered when rolledUp => ("cannot-tell", "Cannot tell"),
                _ => StatusOrder.Key(status),
            };
            _other[token] = (label, _other.TryGetValue(token, out var seen) ? seen.Count + 1 : 1);
        }

        public ValueList<CategoryCount> ToCounts()
        {
            var counts = new List<CategoryCount>();
            foreach (var entry in Codelist<ImplementationStatus>.Default.Entries)
            {
                counts.Add(new CategoryCount { Token = entry.Token, Label = entry.Label, Count = _values[(int)entry.Value] });
            }

            foreach (var other in _other.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                counts.Add(new CategoryCount { Token = other.Key, Label = other.Value.Label, Count = other.Value.Count });
            }

            return ValueList.CreateRange(counts);
        }

        public StatusGroup ToGroup(string name) => new() { Name = name, Items = Total, Statuses = ToCounts() };
    }

    private sealed class Groups
    {
        private readonly Dictionary<string, Tally> _groups = new(StringComparer.Ordinal);
        private readonly List<string> _order = [];

        public void Add(string? name, Recorded<ImplementationStatus> status)
        {
            var key = name?.Trim() ?? string.Empty;
            if (!_groups.TryGetValue(key, out var tally))
            {
                _groups[key] = tally = new Tally(collapseUnrecognized: true);
                _order.Add(key);
            }

            tally.Add(status);
        }

        public ValueList<StatusGroup> ToGroups() => ValueList.CreateRange(_order.Select(name => _groups[name].ToGroup(name)));
    }
}
