using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Analysis;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Implementation;

/// <summary>The roll-up, the status codelist and the tracker sheet over generated data.</summary>
public sealed class ImplementationProperties
{
    private static readonly Gen<Recorded<ImplementationStatus>> Statuses = Gen.Frequency(
        (8, Gen.Elements(Enum.GetValues<ImplementationStatus>()).Select(s => Recorded<ImplementationStatus>.Of(s))),
        (1, ModelGenerators.MissingState.Select(Recorded<ImplementationStatus>.Missing)),
        (1, Gen.Constant(Recorded<ImplementationStatus>.Unrecognized("Stalled"))));

    /// <summary>The roll-up told case by case from counts, as the rule is written, not as it is computed.</summary>
    private static Recorded<ImplementationStatus> BruteForce(IReadOnlyList<Recorded<ImplementationStatus>> statuses)
    {
        bool Is(Recorded<ImplementationStatus> s, ImplementationStatus v) => s.HasValue && s.Value == v;
        var parts = statuses.Where(s => !Is(s, ImplementationStatus.Withdrawn)).ToList();
        if (parts.Count == 0)
        {
            return statuses.Count > 0 ? ImplementationStatus.Withdrawn : Recorded<ImplementationStatus>.NotAnswered;
        }

        if (parts.All(s => Is(s, ImplementationStatus.Complete)))
        {
            return ImplementationStatus.Complete;
        }

        if (parts.All(s => Is(s, ImplementationStatus.NotStarted)))
        {
            return ImplementationStatus.NotStarted;
        }

        if (!parts.Any(s => s.HasValue && s.Value != ImplementationStatus.NotStarted))
        {
            return Recorded<ImplementationStatus>.NotAnswered;
        }

        if (parts.Any(s => Is(s, ImplementationStatus.Delayed)))
        {
            return ImplementationStatus.Delayed;
        }

        return parts.All(s => Is(s, ImplementationStatus.OnTrack) || Is(s, ImplementationStatus.Complete))
            ? ImplementationStatus.OnTrack
            : ImplementationStatus.InProgress;
    }

    [Property(MaxTest = 300)]
    public Property The_roll_up_agrees_with_a_brute_force_count() =>
        Prop.ForAll(
            ModelGenerators.List(Statuses, 6).ToArbitrary(),
            statuses =>
            {
                var commitment = new TrackedCommitment { Items = ValueList.CreateRange(statuses.Select(s => new TrackedItem { Updates = [new ImplementationUpdate { Status = s }] })) };
                var rolled = ImplementationAnalysis.RollUp(commitment);

                Assert.Equal(BruteForce(statuses), rolled);
                Assert.Equal(statuses.Count > 0 && statuses.All(s => s.HasValue && s.Value is ImplementationStatus.Complete or ImplementationStatus.Withdrawn) && statuses.Any(s => s.HasValue && s.Value == ImplementationStatus.Complete), rolled.HasValue && rolled.Value == ImplementationStatus.Complete);
            });

    [Property(MaxTest = 200)]
    public Property Weighted_progress_is_the_weighted_mean_of_the_items() =>
        Prop.ForAll(
            ModelGenerators.List(from progress in Gen.Choose(0, 100) from weight in Gen.Choose(1, 10) select (progress, weight), 5).Where(items => items.Count > 0).ToArbitrary(),
            items =>
            {
                var weighted = new TrackedCommitment
                {
                    Items = ValueList.CreateRange(items.Select(i => new TrackedItem { Weight = i.weight, Updates = [new ImplementationUpdate { Status = ImplementationStatus.InProgress, Progress = i.progress }] })),
                };
                var plain = weighted with { Items = ValueList.CreateRange(weighted.Items.Select(i => i with { Weight = Recorded<int>.NotAnswered })) };

                var expected = (double)items.Sum(i => i.progress * i.weight) / items.Sum(i => i.weight);
                Assert.Equal(expected, ImplementationAnalysis.Progress(weighted)!.Value, 9);
                Assert.Equal(items.Average(i => i.progress), ImplementationAnalysis.Progress(plain)!.Value, 9);
            });

    public static TheoryData<ImplementationStatus, string> Spellings()
    {
        var data = new TheoryData<ImplementationStatus, string>();
        foreach (var entry in Codelist<ImplementationStatus>.Default.Entries)
        {
            foreach (var text in entry.Aliases.Append(entry.Label).Append(entry.Token))
            {
                data.Add(entry.Value, text);
                data.Add(entry.Value, text.ToUpperInvariant());
                data.Add(entry.Value, "\"" + text.ToLowerInvariant().Replace(' ', '-') + "\"");
                data.Add(entry.Value, " " + text.Replace(' ', '_') + " ");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Every_spelling_of_a_status_reads_as_it(ImplementationStatus status, string text)
    {
        Assert.Equal(status, Codelist<ImplementationStatus>.Default.ReadAbbreviated(text));
    }

    [Property(MaxTest = 200)]
    public Property A_label_cut_short_reads_as_its_status_when_it_names_one_only() =>
        Prop.ForAll(
            (from entry in Gen.Elements(Codelist<ImplementationStatus>.Default.Entries.ToArray())
             from text in Gen.Elements(entry.Aliases.Append(entry.Label).ToArray())
             from length in Gen.Choose(3, text.Length)
             select (entry.Value, text, cut: text[..length])).ToArbitrary(),
            sample =>
            {
                var key = new string(sample.cut.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
                var owners = Codelist<ImplementationStatus>.Default.Entries
                    .Where(e => e.Aliases.Append(e.Label).Append(e.Token).Any(a => new string(a.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray()).StartsWith(key, StringComparison.Ordinal)))
                    .Select(e => e.Value).Distinct().ToList();
                var read = Codelist<ImplementationStatus>.Default.ReadAbbreviated(sample.cut);

                if (key.Length >= 3 && owners.Count == 1)
                {
                    Assert.Equal(sample.Value, read);
                }
                else if (!Codelist<ImplementationStatus>.Default.Read(sample.cut).HasValue)
                {
                    Assert.False(read.HasValue, $"'{sample.cut}' names {string.Join(", ", owners)}, read as {read}");
                }
            });

    [Property(MaxTest = 60)]
    public Property A_status_is_written_canonically_and_reads_back() =>
        Prop.ForAll(
            ModelGenerators.Tracker(canonical: false).Select(Identified).ToArbitrary(),
            tracker =>
            {
                var once = ReadSheet(tracker);
                var twice = ReadSheet(once);

                // A sheet holds what a tracker read from a sheet holds: writing it again changes nothing.
                Same(once, twice);
                Assert.Equal(
                    tracker.Commitments.SelectMany(c => c.Items).SelectMany(i => i.Updates).Select(u => u.Status).Where(s => s.HasValue).Select(s => s.Value).Order(),
                    once.Commitments.SelectMany(c => c.Items).SelectMany(i => i.Updates).Select(u => u.Status).Where(s => s.HasValue).Select(s => s.Value).Order());
            });

    [Property(MaxTest = 40)]
    public Property A_tracker_written_as_a_workbook_reads_as_its_csv() =>
        Prop.ForAll(
            ModelGenerators.Tracker(canonical: true).Select(Identified).ToArbitrary(),
            tracker =>
            {
                var viaCsv = ReadSheet(tracker);
                using var workbook = new MemoryStream();
                TrackerSheetWriter.WriteWorkbook(tracker, workbook);
                workbook.Position = 0;
                using var input = OgpReader.Open(workbook);

                var viaWorkbook = input.ReadDocument();
                Same(viaCsv, viaWorkbook);
            });

    [Property(MaxTest = 150)]
    public Property Reading_any_sheet_under_tracker_headers_never_throws() =>
        Prop.ForAll(
            (from headers in Gen.SubListOf(["Commitment ID", "Sub-commitment ID", "Status", "Status (Round 1)", "Progress (2023)", "Weight", "Start date", "End date", "As of", "Evidence", "Narrative", "Theme", "Note", "Status", "Plan start", "Action plan ID"])
             from rows in Gen.ArrayOf(Gen.ArrayOf(ModelGenerators.Text, headers.Count + 1), 4)
             select (headers, rows)).ToArbitrary(),
            sheet =>
            {
                var header = new[] { "Commitment ID", "Status" }.Concat(sheet.headers).ToList();
                var csv = new StringBuilder(string.Join(",", header.Select(Quote)) + "\n");
                foreach (var row in sheet.rows)
                {
                    csv.Append(string.Join(",", row.Select(Quote))).Append('\n');
                }

                using var input = OgpReader.OpenText(csv.ToString(), new OgpReaderOptions { Kind = InputKind.DatasetCsv });
                var tracker = input.ReadDocument<ImplementationTracker>();
                var summary = ImplementationAnalysis.Summarize(tracker);
                var report = new Model.Validation.OgpValidator().Validate(tracker);

                Assert.Equal(tracker.Commitments.Sum(c => c.Items.Count), summary.ItemCount);
                Assert.NotNull(report);
            });

    /// <summary>
    /// The tracker with an identifier for each commitment and sub-commitment, as a sheet needs to tell its rows
    /// apart (rows without one are the rows of one sub-commitment).
    /// </summary>
    private static ImplementationTracker Identified(ImplementationTracker tracker) => tracker with
    {
        Commitments = ValueList.CreateRange(tracker.Commitments.Select((c, i) => c with
        {
            Id = CommitmentId.Create("ZZ", i),
            Number = null,
            Items = ValueList.CreateRange(c.Items.Select((item, j) => item with { Id = "ZZ" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + "." + j.ToString(System.Globalization.CultureInfo.InvariantCulture) })),
        })),
    };

    /// <summary>Equal trackers; when they are not, their JSON shows where.</summary>
    private static void Same(OgpDocument expected, OgpDocument actual)
    {
        if (!expected.Equals(actual))
        {
            Assert.Equal(OgpJson.Serialize(expected), OgpJson.Serialize(actual));
            Assert.Equal(expected, actual);
        }
    }

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static ImplementationTracker ReadSheet(ImplementationTracker tracker)
    {
        using var writer = new StringWriter();
        TrackerSheetWriter.WriteCsv(tracker, writer);
        using var input = OgpReader.OpenText(writer.ToString(), new OgpReaderOptions { Kind = InputKind.DatasetCsv });
        return input.ReadDocument<ImplementationTracker>();
    }
}
