namespace OpenGov.Model;

/// <summary>Where a status stands on the way from not started to complete, for the roll-up and for telling a status that goes back.</summary>
internal static class StatusOrder
{
    /// <summary>0 for not started, 1 for started (in progress, on track, delayed), 2 for complete; null for withdrawn.</summary>
    public static int? Rank(ImplementationStatus status) => status switch
    {
        ImplementationStatus.NotStarted => 0,
        ImplementationStatus.Complete => 2,
        ImplementationStatus.Withdrawn => null,
        _ => 1,
    };

    /// <summary>The status of the latest update that gives one; not answered when none does.</summary>
    public static Recorded<ImplementationStatus> Latest(TrackedItem item)
    {
        for (var i = item.Updates.Count - 1; i >= 0; i--)
        {
            if (item.Updates[i].Status.State != RecordedState.NotAnswered)
            {
                return item.Updates[i].Status;
            }
        }

        return Recorded<ImplementationStatus>.NotAnswered;
    }

    /// <summary>Whether an update gives evidence: a link or a document (a piece saying there is none does not).</summary>
    public static bool GivesEvidence(ImplementationUpdate update)
    {
        foreach (var evidence in update.Evidence)
        {
            if (evidence.Reference is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token of a recorded status for counting: the status's token, a missing kind's token, or the kept text.</summary>
    public static (string Token, string Label) Key(Recorded<ImplementationStatus> status) => status.State switch
    {
        RecordedState.Value => (Codelist<ImplementationStatus>.Default[status.Value].Token, Codelist<ImplementationStatus>.Default[status.Value].Label),
        RecordedState.Unrecognized => (status.UnrecognizedText!, status.UnrecognizedText!),
        RecordedState.NotAnswered => ("not-answered", "Not answered"),
        RecordedState.NoData => ("no-data", "No data"),
        RecordedState.NotReviewed => ("not-reviewed", "Not reviewed"),
        _ => ("not-applicable", "Not applicable"),
    };
}
