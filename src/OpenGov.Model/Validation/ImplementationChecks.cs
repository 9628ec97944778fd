using System;
using System.Collections.Generic;
using System.Globalization;

namespace OpenGov.Model.Validation;

/// <summary>The rules on implementation trackers and self-assessment reports (OGP33x) and on their values.</summary>
internal static class ImplementationChecks
{
    public static void Check(FindingCollector sink, ImplementationTracker tracker)
    {
        ValueChecks.Date(sink, tracker.Start, "/start", string.Empty);
        ValueChecks.Date(sink, tracker.End, "/end", string.Empty);
        var period = Period(tracker.Start, tracker.End);
        for (var c = 0; c < tracker.Commitments.Count; c++)
        {
            var commitment = tracker.Commitments[c];
            var commitmentPath = Index("/commitments", c);
            var reference = commitment.Reference;
            for (var i = 0; i < commitment.Items.Count; i++)
            {
                var item = commitment.Items[i];
                var path = commitmentPath + Index("/items", i);
                var name = item.Id ?? item.Title ?? (reference is null ? "A sub-commitment" : "A sub-commitment of " + reference);
                Values(sink, item, path);
                if (item.Id is { } id && commitment.Reference is { } owner && !BelongsTo(id, owner))
                {
                    sink.Add(ValidationRules.SubCommitmentNotUnderCommitment, path + "/id", $"Sub-commitment {id} is filed under commitment {owner}, but its identifier names another commitment.", id);
                }

                Dates(sink, item.Start, item.End, period, path, name);
                Updates(sink, item, path, name);
            }
        }
    }

    public static void Check(FindingCollector sink, SelfAssessmentReport report)
    {
        ValueChecks.Date(sink, report.Start, "/start", string.Empty);
        ValueChecks.Date(sink, report.End, "/end", string.Empty);
        var period = Period(report.Start, report.End);
        for (var c = 0; c < report.Commitments.Count; c++)
        {
            var commitment = report.Commitments[c];
            var path = Index("/commitments", c);
            var name = "Commitment " + (commitment.Id?.ToString() ?? commitment.Number ?? (c + 1).ToString(CultureInfo.InvariantCulture));
            ValueChecks.Label(sink, commitment.Completion, path, "/completion");
            ValueChecks.Date(sink, commitment.Start, path, "/start");
            ValueChecks.Date(sink, commitment.End, path, "/end");
            if (commitment.Completion.State == RecordedState.NotAnswered)
            {
                sink.Add(ValidationRules.SelfAssessedCompletionMissing, path + "/completion", $"{name} gives no completion level.");
            }

            Dates(sink, commitment.Start, commitment.End, period, path, name);
            var complete = commitment.Completion.TryGetValue(out var level) && level == CompletionLevel.Complete;
            for (var m = 0; m < commitment.Milestones.Count; m++)
            {
                var milestone = commitment.Milestones[m];
                var milestonePath = path + Index("/milestones", m);
                ValueChecks.Label(sink, milestone.Completion, milestonePath, "/completion");
                ValueChecks.Date(sink, milestone.Start, milestonePath, "/start");
                ValueChecks.Date(sink, milestone.End, milestonePath, "/end");
                Dates(sink, milestone.Start, milestone.End, period, milestonePath, $"Milestone {m + 1} of {name.ToLowerInvariant()}");
                if (complete && milestone.Completion.TryGetValue(out var milestoneLevel) && milestoneLevel != CompletionLevel.Complete)
                {
                    sink.Add(ValidationRules.CompleteWithOpenMilestone, milestonePath + "/completion", $"{name} is complete, but its milestone {m + 1} is {Codelist<CompletionLevel>.Default[milestoneLevel].Label}.", Codelist<CompletionLevel>.Default[milestoneLevel].Label);
                }
            }
        }
    }

    /// <summary>Whether a sub-commitment's identifier (US0113.1) names its commitment (US0113, or 13 for a tracker that numbers them).</summary>
    internal static bool BelongsTo(string itemId, string commitment)
    {
        var dot = itemId.LastIndexOf('.');
        if (dot <= 0)
        {
            // An identifier without a part number names no commitment of its own.
            return true;
        }

        var prefix = itemId.Substring(0, dot).Trim();
        return string.Equals(prefix, commitment.Trim(), StringComparison.OrdinalIgnoreCase)
            || (CommitmentId.TryParse(prefix, out var a) && CommitmentId.TryParse(commitment, out var b) && a == b);
    }

    private static void Values(FindingCollector sink, TrackedItem item, string path)
    {
        ValueChecks.Date(sink, item.Start, path, "/start");
        ValueChecks.Date(sink, item.End, path, "/end");
        ValueChecks.Other(sink, item.Weight, path, "/weight", "a weight (a whole number or a percentage)");
        if (item.Weight.TryGetValue(out var weight) && weight < 0)
        {
            sink.Add(ValidationRules.UnreadableValue, path + "/weight", $"The weight {weight} is below zero; a weight is a share of the commitment's work.", weight.ToString(CultureInfo.InvariantCulture));
        }

        for (var u = 0; u < item.Updates.Count; u++)
        {
            var update = item.Updates[u];
            var updatePath = path + Index("/updates", u);
            ValueChecks.Label(sink, update.Status, updatePath, "/status");
            ValueChecks.Date(sink, update.AsOf, updatePath, "/asOf");
            ValueChecks.Other(sink, update.Progress, updatePath, "/progress", "a percentage from 0 to 100");
            if (update.Progress.TryGetValue(out var progress) && progress is < 0 or > 100)
            {
                sink.Add(ValidationRules.UnreadableValue, updatePath + "/progress", $"The progress {progress}% is not a percentage from 0 to 100.", progress.ToString(CultureInfo.InvariantCulture));
            }

        }
    }

    private static void Updates(FindingCollector sink, TrackedItem item, string path, string name)
    {
        var rounds = new HashSet<string>(StringComparer.Ordinal);
        Recorded<ImplementationStatus>? previous = null;
        string? previousRound = null;
        var evidence = false;
        for (var u = 0; u < item.Updates.Count; u++)
        {
            var update = item.Updates[u];
            var updatePath = path + Index("/updates", u);
            var round = update.Round ?? (update.AsOf.HasValue ? update.AsOf.Value.ToString() : null);
            evidence |= StatusOrder.GivesEvidence(update);
            if (round is not null && !rounds.Add(RoundNames.Key(round)))
            {
                sink.Add(ValidationRules.RoundGivenTwice, updatePath, $"{name} has two updates of round {round}.", round);
            }

            if (update.Status.TryGetValue(out var status))
            {
                if (previous is { } before && before.TryGetValue(out var was) && StatusOrder.Rank(was) is { } from && StatusOrder.Rank(status) is { } to && to < from)
                {
                    sink.Add(
                        ValidationRules.StatusGoesBack,
                        updatePath + "/status",
                        $"{name} goes back from {Label(was)}{(previousRound is null ? string.Empty : " (" + previousRound + ")")} to {Label(status)}{(round is null ? string.Empty : " (" + round + ")")}.",
                        Label(status));
                }

                if (update.Progress.TryGetValue(out var progress) && progress is >= 0 and <= 100
                    && ((status == ImplementationStatus.Complete && progress < 100) || (status == ImplementationStatus.NotStarted && progress > 0) || (progress == 100 && status is not (ImplementationStatus.Complete or ImplementationStatus.Withdrawn))))
                {
                    sink.Add(ValidationRules.ProgressDisagreesWithStatus, updatePath + "/progress", $"{name} is {Label(status)} at {progress}%{(round is null ? string.Empty : " in round " + round)}.", progress.ToString(CultureInfo.InvariantCulture));
                }

                previous = update.Status;
                previousRound = round;
            }
        }

        if (!evidence && StatusOrder.Latest(item).TryGetValue(out var latest) && latest == ImplementationStatus.Complete)
        {
            sink.Add(ValidationRules.CompleteWithoutEvidence, path, $"{name} is complete, and no update gives evidence.");
        }
    }

    private static void Dates(FindingCollector sink, Recorded<PartialDate> start, Recorded<PartialDate> end, (PartialDate Start, PartialDate End)? period, string path, string name)
    {
        if (start.TryGetValue(out var from) && end.TryGetValue(out var to) && to.End < from.Start)
        {
            sink.Add(ValidationRules.ItemDatesReversed, path + "/end", $"{name} ends ({to}) before it starts ({from}).", to.ToString());
        }

        if (period is not { } plan)
        {
            return;
        }

        if (start.TryGetValue(out from) && from.End < plan.Start.Start)
        {
            sink.Add(ValidationRules.DatesOutsidePlan, path + "/start", $"{name} starts ({from}) before its plan does ({plan.Start}).", from.ToString());
        }

        if (end.TryGetValue(out to) && to.Start > plan.End.End)
        {
            sink.Add(ValidationRules.DatesOutsidePlan, path + "/end", $"{name} ends ({to}) after its plan does ({plan.End}).", to.ToString());
        }
    }

    private static (PartialDate, PartialDate)? Period(Recorded<PartialDate> start, Recorded<PartialDate> end) =>
        start.TryGetValue(out var from) && end.TryGetValue(out var to) ? (from, to) : null;

    private static string Label(ImplementationStatus status) => Codelist<ImplementationStatus>.Default[status].Label;

    private static string Index(string collection, int index) => collection + "/" + index.ToString(CultureInfo.InvariantCulture);
}
