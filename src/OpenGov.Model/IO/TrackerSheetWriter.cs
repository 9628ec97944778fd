using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OpenGov.Model;

/// <summary>
/// Writes an <see cref="ImplementationTracker"/> as a sheet, CSV or the only sheet of an <c>.xlsx</c> workbook:
/// one row per sub-commitment and update round, under the headers <see cref="OgpReader"/> reads a tracker by,
/// then a column for each cell the tracker kept from columns the library does not map. Read back, the sheet
/// gives the same tracker.
/// </summary>
/// <remarks>
/// A sub-commitment without updates is one row. Evidence is one line per piece: its reference, or its
/// description with the link in parentheses. A sheet cannot tell a commitment's theme or lead agency from those
/// of its first sub-commitment, so a tracker made in code whose commitments give them apart reads back with the
/// first sub-commitment's.
/// </remarks>
public static class TrackerSheetWriter
{
    /// <summary>Gets the headers of the columns every tracker sheet has, in order.</summary>
    public static ValueList<string> Headers { get; } =
    [
        "Member", "Action plan ID", "Action plan title", "Plan start", "Plan end",
        "Commitment ID", "Commitment title", "Sub-commitment ID", "Sub-commitment", "Theme", "Lead agency", "Weight", "Start date", "End date",
        "Round", "As of", "Status", "Progress", "Narrative", "Evidence",
    ];

    /// <summary>Writes the tracker as CSV, every cell as it is, so that the CSV reads back the same.</summary>
    /// <param name="tracker">The tracker.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteCsv(ImplementationTracker tracker, TextWriter writer) => WriteCsv(tracker, writer, safeCells: false);

    /// <summary>Writes the tracker as CSV.</summary>
    /// <param name="tracker">The tracker.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <param name="safeCells">Whether to write a cell a spreadsheet would run as a formula inert (a leading apostrophe) and control characters as escapes; the CSV then no longer reads back exactly.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteCsv(ImplementationTracker tracker, TextWriter writer, bool safeCells)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        ArgumentNullException.ThrowIfNull(writer);

        var csv = new CsvText(writer, safeCells);
        foreach (var row in Rows(tracker))
        {
            csv.WriteRow(row);
        }
    }

    /// <summary>Writes the tracker as the only sheet of an <c>.xlsx</c> workbook; every cell is text, so dates and identifiers stay as written.</summary>
    /// <param name="tracker">The tracker.</param>
    /// <param name="stream">Where to write the workbook; it is not closed.</param>
    /// <param name="sheetName">The name of the sheet (1 to 31 characters, none of <c>: \ / ? * [ ]</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The sheet's name is not one a workbook allows.</exception>
    public static void WriteWorkbook(ImplementationTracker tracker, Stream stream, string sheetName = "Tracker")
    {
        ArgumentNullException.ThrowIfNull(tracker);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheetName);

        using var workbook = new WorkbookWriter(stream, sheetName);
        foreach (var row in Rows(tracker))
        {
            workbook.WriteRow(row);
        }
    }

    /// <summary>The header, then a row per sub-commitment and update.</summary>
    internal static IEnumerable<string?[]> Rows(ImplementationTracker tracker)
    {
        var extra = new List<string>();
        foreach (var item in tracker.Commitments.SelectMany(c => c.Items))
        {
            // An update's cell under a header of the sheet goes in that column of its row; a sub-commitment's goes
            // in a column of its own, even under such a header (read back as a second column of that name).
            foreach (var name in item.ExtraColumns.Keys.Concat(item.Updates.SelectMany(u => u.ExtraColumns.Keys).Where(n => !Headers.Contains(n))))
            {
                if (!extra.Contains(name))
                {
                    extra.Add(name);
                }
            }
        }

        yield return [.. Headers, .. extra];
        var plan = new[] { tracker.MemberName, tracker.ActionPlanId?.ToString(), tracker.ActionPlanTitle, Text(tracker.Start), Text(tracker.End) };
        foreach (var commitment in tracker.Commitments)
        {
            var reference = commitment.Reference;
            if (commitment.Items.IsEmpty)
            {
                yield return [.. plan, reference, commitment.Title, null, null, commitment.Theme, commitment.LeadAgency, null, null, null, null, null, null, null, null, null, .. extra.Select(_ => (string?)null)];
                continue;
            }

            foreach (var item in commitment.Items)
            {
                string?[] cells = [.. plan, reference, commitment.Title, item.Id, item.Title, item.Theme, item.LeadAgency, Text(item.Weight), Text(item.Start), Text(item.End)];
                if (item.Updates.IsEmpty)
                {
                    yield return [.. cells, null, null, null, null, null, null, .. extra.Select(name => item.ExtraColumns.TryGetValue(name, out var value) ? value : null)];
                    continue;
                }

                foreach (var update in RowOrder(item.Updates))
                {
                    string?[] row =
                    [
                        .. cells, update.Round, Text(update.AsOf), Text(update.Status), Text(update.Progress), update.Narrative, Evidence(update.Evidence),
                        .. extra.Select(name => (!Headers.Contains(name) && update.ExtraColumns.TryGetValue(name, out var value)) || item.ExtraColumns.TryGetValue(name, out value) ? value : null),
                    ];

                    // A row that gave another value than the sub-commitment's first row (kept with its update) gives it again.
                    for (var i = 0; i < Headers.Count; i++)
                    {
                        if (update.ExtraColumns.TryGetValue(Headers[i], out var own))
                        {
                            row[i] = own;
                        }
                    }

                    yield return row;
                }
            }
        }
    }

    /// <summary>
    /// The updates in the order of their rows. The first row of a sub-commitment gives its cells; a later row's
    /// cells that differ belong to its update. Updates dated throughout (or with rounds numbered throughout) are
    /// read back in that order, so the row of the first update without cells of its own can go first, when no
    /// update before it has the same date (or number); otherwise the rows keep the updates' order.
    /// </summary>
    private static IEnumerable<ImplementationUpdate> RowOrder(ValueList<ImplementationUpdate> updates)
    {
        Func<ImplementationUpdate, object?>? key = updates.All(u => u.AsOf.HasValue) ? u => u.AsOf.Value.Start
            : updates.All(u => RoundNames.Number(u.Round) is not null) ? u => RoundNames.Number(u.Round)
            : null;
        if (updates.Count < 2 || updates[0].ExtraColumns.Count == 0 || key is null)
        {
            return updates;
        }

        for (var i = 1; i < updates.Count; i++)
        {
            var own = key(updates[i]);
            if (updates[i].ExtraColumns.Count == 0 && updates.Take(i).All(u => !Equals(key(u), own)))
            {
                return updates.Skip(i).Take(1).Concat(updates.Take(i)).Concat(updates.Skip(i + 1));
            }
        }

        return updates;
    }

    private static string? Evidence(ValueList<Evidence> evidence) =>
        evidence.IsEmpty ? null : string.Join("\n", evidence.Select(e => e.Description is { } description && e.Reference is { } reference ? description + " (" + reference + ")" : e.Reference ?? e.Description));

    private static string? Text<T>(Recorded<T> value) => value.State switch
    {
        RecordedState.NotAnswered => null,
        RecordedState.Unrecognized => value.UnrecognizedText,
        RecordedState.Value when value.Value is ImplementationStatus status => Codelist<ImplementationStatus>.Default[status].Label,
        RecordedState.Value when value.Value is PartialDate date => date.SourceText ?? date.ToString(),
        _ => value.ToString(),
    };
}
