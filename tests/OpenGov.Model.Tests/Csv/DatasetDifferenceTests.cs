using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenGov.Model.Analysis;
using OpenGov.Model.Rendering;
using Xunit;

namespace OpenGov.Model.Tests.Csv;

/// <summary>The difference of the real extract against copies with known edits: exactly those edits are reported.</summary>
public class DatasetDifferenceTests
{
    private static readonly CommitmentDataset Extract = Imports.CsvFile(RealExtractTests.ExtractPath).Dataset;

    [Fact]
    public void A_release_against_itself_reshaped_is_the_same()
    {
        // Columns in reverse order, written by the library, read back: the same commitments, the same cells.
        var headers = Extract.Columns.Reverse().ToArray();
        var (records, columns) = RoundTrip(Extract.Records, headers);

        var difference = DatasetDifference.Create(Extract.Records, records, new DatasetDifferenceOptions { OldColumns = Extract.Columns, NewColumns = columns });

        Assert.True(difference.IsEmpty);
        Assert.Empty(difference.ColumnsAdded);
        Assert.Empty(difference.ColumnsRemoved);
        Assert.Equal((558, 558), (difference.OldCount, difference.NewCount));
    }

    [Fact]
    public void Known_edits_are_reported_exactly()
    {
        var records = Extract.Records.ToList();
        var removed = new[] { records[3].Commitment.Id!.Value.ToString(), records[40].Commitment.Id!.Value.ToString() };
        var retitled = records[0];
        var regioned = records.Skip(1).First(r => r.Member.Region == Region.Europe);
        var completed = records.First(r => r.Commitment.Assessment?.Implementation.CompletionEndOfTerm == CompletionLevel.Limited);
        var added = records[9] with { Commitment = records[9].Commitment with { Id = CommitmentId.Parse("ZZ0001") } };

        var edited = records
            .Where(r => !removed.Contains(r.Commitment.Id!.Value.ToString()))
            .Select(r =>
                ReferenceEquals(r, retitled) ? r with { Commitment = r.Commitment with { Title = "A new title" } }
                : ReferenceEquals(r, regioned) ? r with { Member = r.Member with { Region = Region.Americas } }
                : ReferenceEquals(r, completed) ? r with { Commitment = r.Commitment with { Assessment = r.Commitment.Assessment! with { Implementation = r.Commitment.Assessment!.Implementation with { CompletionEndOfTerm = CompletionLevel.Complete } } } }
                : r)
            .Append(added)
            .ToList();

        // Shuffle the columns of the edited release too, and drop one: it is listed, not compared.
        var random = new Random(7);
        var headers = Extract.Columns.Where(c => c != "URL").OrderBy(_ => random.Next()).ToArray();
        var (read, columns) = RoundTrip(edited, headers);
        var difference = DatasetDifference.Create(Extract.Records, read, new DatasetDifferenceOptions { OldColumns = Extract.Columns, NewColumns = columns });

        Assert.Equal(["ZZ0001"], difference.Added.Select(r => r.Text));
        Assert.Equal(removed.Order(StringComparer.Ordinal), difference.Removed.Select(r => r.Text));
        Assert.Equal(["URL"], difference.ColumnsRemoved);
        Assert.Empty(difference.ColumnsAdded);
        var expected = new Dictionary<string, FieldChange>
        {
            [retitled.Commitment.Id!.Value.ToString()] = new() { Column = "Commitment Title", Old = retitled.Commitment.Title!, New = "A new title" },
            [regioned.Commitment.Id!.Value.ToString()] = new() { Column = "Region", Old = "Europe", New = "Americas" },
            [completed.Commitment.Id!.Value.ToString()] = new() { Column = "Completion (End Of Term)", Old = "Limited", New = "Complete" },
        };
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), difference.Changed.Select(c => c.Row.Text));
        Assert.All(difference.Changed, change => Assert.Equal([expected[change.Row.Text]], change.Fields));
        Assert.Equal(3, difference.ChangesByColumn.Sum(c => c.Count));
    }

    [Fact]
    public void The_difference_round_trips_through_json_and_renders()
    {
        var edited = Extract.Records.Skip(1).Append(Extract.Records[0] with { Commitment = Extract.Records[0].Commitment with { Theme = "=1+1" } }).ToList();
        var difference = DatasetDifference.Create(Extract.Records, edited.Skip(1), new DatasetDifferenceOptions { OldName = "old.csv", NewName = "new.csv" });

        Assert.Equal(difference, OgpJson.Deserialize<DatasetDifference>(OgpJson.Serialize(difference)));
        Assert.Equal(DocumentKinds.DatasetDifference, difference.Kind);
        Assert.StartsWith("old.csv → new.csv: 558 → 557 rows; 0 added, 1 removed, 1 changed (1 cells)", difference.ToText(), StringComparison.Ordinal);
        var csv = new StringWriter();
        DatasetDifference.Create(Extract.Records.Take(1), edited.TakeLast(1)).WriteCsv(csv);
        Assert.Equal("change,id,column,old,new\nchanged,AL0002,Theme,e-Governance: 2012 and Onward,'=1+1\n", csv.ToString().ReplaceLineEndings("\n"));
    }

    private static (IReadOnlyList<DatasetRecord> Records, ValueList<string> Columns) RoundTrip(IEnumerable<DatasetRecord> records, IReadOnlyList<string> headers)
    {
        var text = new StringWriter();
        var writer = new DatasetCsvWriter(text, headers);
        foreach (var record in records)
        {
            writer.Write(record);
        }

        var dataset = Imports.Csv(text.ToString()).Dataset;
        return (dataset.Records, dataset.Columns);
    }
}
