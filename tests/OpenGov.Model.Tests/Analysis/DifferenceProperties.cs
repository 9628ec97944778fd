using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Analysis;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Analysis;

/// <summary>The difference of generated releases: empty against itself, mirrored when swapped, and exactly a generated change set.</summary>
[Properties(Arbitrary = [typeof(ModelArbitraries), typeof(AnalysisArbitraries)], MaxTest = 80)]
public class DifferenceProperties
{
    [Property]
    public void A_release_against_itself_is_empty(DatasetRecord[] rows)
    {
        var difference = DatasetDifference.Create(rows, rows);

        Assert.True(difference.IsEmpty);
        Assert.Equal(rows.Count(r => r.Commitment.Id is null) * 2, difference.Unidentified);
    }

    [Property]
    public void Swapping_the_releases_mirrors_the_difference(DatasetRecord[] a, DatasetRecord[] b)
    {
        var forward = DatasetDifference.Create(a, b);
        var backward = DatasetDifference.Create(b, a);

        Assert.Equal(forward.Added, backward.Removed);
        Assert.Equal(forward.Removed, backward.Added);
        Assert.Equal(
            forward.Changed.Select(c => c with { Fields = ValueList.CreateRange(c.Fields.Select(f => f with { Old = f.New, New = f.Old })) }),
            backward.Changed);
        Assert.Equal(forward.ChangesByColumn, backward.ChangesByColumn);
        Assert.Equal(forward.IsEmpty, backward.IsEmpty);
    }

    [Property]
    public Property A_generated_change_set_is_exactly_what_the_difference_reports() =>
        Prop.ForAll(ChangeSets().ToArbitrary(), set =>
        {
            var difference = DatasetDifference.Create(set.Old, set.New);

            Assert.Equal(set.Added.Order(StringComparer.Ordinal), difference.Added.Select(r => r.Text));
            Assert.All(difference.Added.Concat(difference.Removed).Concat(difference.Changed.Select(c => c.Row)), row =>
            {
                Assert.Equal(row.Text, row.Id?.ToString());
                Assert.Equal(1, row.Occurrence);
            });
            Assert.Equal(set.Removed.Order(StringComparer.Ordinal), difference.Removed.Select(r => r.Text));
            Assert.Equal(set.Retitled.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key), difference.Changed.Select(c => c.Row.Text));
            foreach (var change in difference.Changed)
            {
                var field = Assert.Single(change.Fields);
                Assert.Equal("Commitment Title", field.Column);
                Assert.Equal(set.Retitled[change.Row.Text], field.New);
            }
        });

    [Property]
    public void Repeated_identifiers_name_their_rows_with_the_identifier_and_place(CommitmentId id, byte extra)
    {
        var repeats = 2 + (extra % 5);
        var old = new[] { Row(id, "first") };
        var releases = Enumerable.Range(0, repeats).Select(i => Row(id, "title " + i)).ToArray();

        var difference = DatasetDifference.Create(old, releases);

        Assert.Equal([new DatasetRowName(id.ToString())], difference.RepeatedIdentifiers);
        Assert.Equal(Enumerable.Range(2, repeats - 1), difference.Added.Select(r => r.Occurrence));
        Assert.All(difference.Added, row => Assert.Equal(id, row.Id));
        var read = OgpJson.Deserialize<DatasetDifference>(OgpJson.Serialize(difference));
        Assert.Equal(difference, read);
        Assert.Equal(difference.Added.Select(r => (r.Id, r.Occurrence)), read.Added.Select(r => (r.Id, r.Occurrence)));
    }

    [Fact]
    public void A_row_named_by_text_that_is_no_identifier_has_no_identifier()
    {
        var name = new DatasetRowName("row 7 (draft)");

        Assert.Null(name.Id);
        Assert.Equal(1, name.Occurrence);
        Assert.Equal("row 7 (draft)", name.ToString());
        Assert.Equal(3, new DatasetRowName("AL0002#3#").Occurrence);
        Assert.Equal(CommitmentId.Parse("AL0002"), new DatasetRowName("AL0002#3#").Id);
        Assert.Equal(1, new DatasetRowName("AL0002#1").Occurrence);
        Assert.Null(new DatasetRowName("AL0002#1").Id);
        Assert.Throws<ArgumentException>(() => new DatasetRowName(string.Empty));
        Assert.True(new DatasetRowName("AL0002") < new DatasetRowName("AL0003"));
        Assert.Equal(string.Empty, default(DatasetRowName).Text);
    }

    private static DatasetRecord Row(CommitmentId id, string title) =>
        new() { Commitment = new Commitment { Id = id, Title = title } };

    /// <summary>A release of distinct identifiers, and a new one with some rows removed, some added and some retitled.</summary>
    private static Gen<ChangeSet> ChangeSets() =>
        from rows in Gen.ArrayOf(AnalysisArbitraries.Row)
        from actions in Gen.ArrayOf(Gen.Choose(0, 3), rows.Length)
        from extra in Gen.Choose(0, 3)
        select Build(rows, actions, extra);

    private static ChangeSet Build(DatasetRecord[] rows, int[] actions, int extra)
    {
        // Distinct identifiers, so that each row is one commitment.
        var old = rows.Select((r, i) => r with { Commitment = r.Commitment with { Id = CommitmentId.Parse("AB" + (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)) } }).ToArray();
        var @new = new List<DatasetRecord>();
        var removed = new List<string>();
        var retitled = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < old.Length; i++)
        {
            var id = old[i].Commitment.Id!.Value.ToString();
            switch (actions[i])
            {
                case 0:
                    removed.Add(id);
                    break;
                case 1:
                    var title = "retitled " + id;
                    retitled[id] = title;
                    @new.Add(old[i] with { Commitment = old[i].Commitment with { Title = title } });
                    break;
                default:
                    @new.Add(old[i]);
                    break;
            }
        }

        var added = new List<string>();
        for (var i = 0; i < Math.Min(extra, old.Length); i++)
        {
            var id = "ZZ" + (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            added.Add(id);
            @new.Insert(i, old[i] with { Commitment = old[i].Commitment with { Id = CommitmentId.Parse(id) } });
        }

        return new ChangeSet(old, [.. @new], added, removed, retitled);
    }

    public sealed record ChangeSet(DatasetRecord[] Old, DatasetRecord[] New, List<string> Added, List<string> Removed, Dictionary<string, string> Retitled);
}
